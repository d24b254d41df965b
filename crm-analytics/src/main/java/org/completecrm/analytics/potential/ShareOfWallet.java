package org.completecrm.analytics.potential;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.Checks;

/**
 * Share of wallet, headroom and potential value per household at an instant.
 *
 * <p>Holdings: for each member at {@code at} and each product, the latest holding measured at or
 * before {@code at}, summed exactly. Wallet: the given (or {@linkplain WalletModel estimated})
 * total; a wallet below the holdings is raised to the holdings, since a household cannot hold more
 * at the firm than it has. Future value: the members' CLV from a value model, passed in as plain
 * numbers (missing members count zero).
 */
public final class ShareOfWallet {
  private ShareOfWallet() {}

  /** The potential of every household, in household order. */
  public static List<HouseholdPotential> compute(
      Collection<Household> households,
      Collection<Holding> holdings,
      Map<HouseholdId, Money> wallets,
      Map<CustomerId, Double> clv,
      Instant at) {
    Checks.noNulls(Checks.present(households, "ShareOfWallet.households"), "ShareOfWallet.households");
    Checks.noNulls(Checks.present(holdings, "ShareOfWallet.holdings"), "ShareOfWallet.holdings");
    Checks.noNulls(wallets, "ShareOfWallet.wallets");
    Checks.noNulls(clv, "ShareOfWallet.clv");
    Checks.present(at, "ShareOfWallet.at");
    clv.forEach((c, v) -> Checks.finite(v, "ShareOfWallet.clv[" + c + "]"));
    Map<CustomerId, Map<String, Holding>> latest = new HashMap<>();
    for (Holding h : holdings) {
      if (h.asOf().isAfter(at)) {
        continue;
      }
      latest.computeIfAbsent(h.customer(), c -> new HashMap<>()).merge(h.product(), h,
          (a, b) -> a.asOf().isAfter(b.asOf()) ? a
              : b.asOf().isAfter(a.asOf()) ? b
              : a.value().compareTo(b.value()) >= 0 ? a : b);
    }
    List<Household> sorted = new ArrayList<>(households);
    sorted.sort(Comparator.comparing(Household::id));
    List<HouseholdPotential> out = new ArrayList<>();
    for (Household h : sorted) {
      Money wallet = wallets.get(h.id());
      if (wallet == null) {
        throw new InvalidValueException("ShareOfWallet.wallets[" + h.id() + "]", "missing", "a wallet for every household");
      }
      Money held = Money.zero(wallet.currency());
      double future = 0;
      for (CustomerId member : h.membersAt(at)) {
        for (Holding holding : latest.getOrDefault(member, Map.of()).values()) {
          if (!holding.value().currency().equals(wallet.currency())) {
            throw new InvalidValueException("Holding.value.currency", holding.value().currency(),
                "the wallet's currency " + wallet.currency() + " (household " + h.id() + ")");
          }
          held = held.plus(holding.value());
        }
        future += clv.getOrDefault(member, 0.0);
      }
      if (wallet.compareTo(held) < 0) {
        wallet = held;
      }
      double share = wallet.isZero() ? 0 : held.amount().divide(wallet.amount(), MathContext.DECIMAL64).doubleValue();
      OptionalDouble potential = share > 0 ? OptionalDouble.of(future / share) : OptionalDouble.empty();
      out.add(new HouseholdPotential(h.id(), held, wallet, Math.min(1.0, share), wallet.minus(held), future, potential));
    }
    return List.copyOf(out);
  }

  /** The {@code n} households with the most headroom, ties by id. */
  public static List<HouseholdPotential> topByHeadroom(List<HouseholdPotential> potentials, int n) {
    Checks.noNulls(Checks.present(potentials, "ShareOfWallet.potentials"), "ShareOfWallet.potentials");
    if (n < 0) {
      throw new InvalidValueException("ShareOfWallet.topByHeadroom.n", n, "a count >= 0");
    }
    return potentials.stream()
        .sorted(Comparator.comparing((HouseholdPotential p) -> p.headroom().amount()).reversed()
            .thenComparing(HouseholdPotential::household))
        .limit(n)
        .toList();
  }

  /** The share of wallet of all households together: total holdings ÷ total wallet (0 when there is no wallet). */
  public static double overallShare(List<HouseholdPotential> potentials) {
    Checks.noNulls(Checks.present(potentials, "ShareOfWallet.potentials"), "ShareOfWallet.potentials");
    BigDecimal held = BigDecimal.ZERO;
    BigDecimal wallet = BigDecimal.ZERO;
    for (HouseholdPotential p : potentials) {
      if (!p.wallet().currency().equals(potentials.get(0).wallet().currency())) {
        throw new InvalidValueException("ShareOfWallet.potentials.currency", p.wallet().currency(),
            "one currency " + potentials.get(0).wallet().currency());
      }
      held = held.add(p.holdings().amount());
      wallet = wallet.add(p.wallet().amount());
    }
    return wallet.signum() == 0 ? 0 : held.divide(wallet, MathContext.DECIMAL64).doubleValue();
  }
}
