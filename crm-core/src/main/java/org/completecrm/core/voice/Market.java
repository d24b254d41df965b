package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A prediction market on a question the firm wants customers' forecast for, run by a logarithmic
 * market scoring rule market maker ({@link Lmsr}) with play money.
 *
 * <p>Each outcome's share pays one unit of the market's currency if that outcome happens. Every
 * customer who trades gets an account with {@link #budgetPerCustomer()} of play money at the first
 * trade. {@link #buy} and {@link #sell} return a {@link TradeDecision}: the new market, or the
 * refusal and its reason; {@link #resolve} pays out and closes the market. The market maker's
 * loss never exceeds {@link #worstCaseLoss()} = {@code b ln n}.
 *
 * <p>Money rounding: the LMSR cost is computed in {@code double} and turned into money at the
 * currency's minor unit always in the market maker's favour: a purchase costs the exact cost
 * rounded up ({@link RoundingMode#CEILING}), a sale pays the exact proceeds rounded down ({@link
 * RoundingMode#FLOOR}), a payout pays the winning shares rounded down. Buying shares and selling
 * the same shares straight back therefore leaves a trader's cash at most two minor units below
 * where it was (one unit per leg, and in practice at most one), and never above.
 *
 * <p>Price limits: a trade that would push any outcome's price below {@link #MIN_PRICE} is
 * refused. Prices then always stay strictly inside (0, 1) in floating point, and quantities stay
 * in a range where the cost is computed to far better than a minor unit.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMarket.class)
@JsonDeserialize(as = ImmutableMarket.class)
public abstract class Market {
  /** The lowest price the market maker lets any outcome reach: one in a million. */
  public static final double MIN_PRICE = 1e-6;

  /** The most outcomes a market may have. */
  public static final int MAX_OUTCOMES = 100;

  Market() {}

  /** A builder. */
  public static ImmutableMarket.Builder builder() {
    return ImmutableMarket.builder();
  }

  /**
   * A new open market with no trades.
   *
   * @param id the market's identifier
   * @param question the question customers forecast, in plain words
   * @param outcomes the possible answers, at least two, distinct
   * @param liquidity the LMSR liquidity parameter {@code b} in currency units: the larger, the more
   *     shares it takes to move prices, and the larger the firm's worst-case loss {@code b ln n}
   * @param budgetPerCustomer the play money each trader starts with
   * @param at when the market opens
   */
  public static Market open(
      MarketId id, String question, List<String> outcomes, double liquidity, Money budgetPerCustomer, Instant at) {
    return builder()
        .id(id)
        .question(question)
        .outcomes(Checks.present(outcomes, "Market.outcomes"))
        .liquidity(liquidity)
        .budgetPerCustomer(budgetPerCustomer)
        .openedAt(at)
        .build();
  }

  /** The market's identifier. */
  public abstract MarketId id();

  /** The question customers forecast. */
  public abstract String question();

  /** The possible answers, in a fixed order. */
  public abstract List<String> outcomes();

  /** The LMSR liquidity parameter {@code b}, in currency units. */
  public abstract double liquidity();

  /** The play money each trader starts with. */
  public abstract Money budgetPerCustomer();

  /** When the market opened. */
  public abstract Instant openedAt();

  /** When trading stops, if set. */
  public abstract Optional<Instant> closesAt();

  /** Every trader's account, in customer order. */
  public abstract List<Account> accounts();

  /** Every accepted trade, in the order made. */
  public abstract List<Trade> trades();

  /** The resolution, once the firm has resolved the market. */
  public abstract Optional<MarketResolution> resolution();

  /** Whether the market has been resolved. */
  public boolean resolved() {
    return resolution().isPresent();
  }

  /** The shares outstanding of each outcome (the LMSR {@code q}): the sum of all holdings. */
  public List<Double> outstanding() {
    double[] q = quantities();
    List<Double> out = new ArrayList<>(q.length);
    for (double v : q) {
      out.add(v);
    }
    return Collections.unmodifiableList(out);
  }

  /** The current prices, one per outcome: each in (0, 1), summing to one. */
  public List<Double> prices() {
    double[] p = Lmsr.prices(quantities(), liquidity());
    List<Double> out = new ArrayList<>(p.length);
    for (double v : p) {
      out.add(v);
    }
    return Collections.unmodifiableList(out);
  }

  /** The current price of {@code outcome}: the market's probability that it happens. */
  public double price(String outcome) {
    return prices().get(indexOf(outcome, "Market.price.outcome"));
  }

  /** The market maker's worst-case loss {@code b ln n}, in currency units. */
  public double worstCaseLoss() {
    return Lmsr.worstCaseLoss(liquidity(), outcomes().size());
  }

  /** The account of {@code customer}, if they have traded. */
  public Optional<Account> accountOf(CustomerId customer) {
    return accounts().stream().filter(a -> a.customer().equals(customer)).findFirst();
  }

  /** Every customer who has traded, in id order. */
  public Set<CustomerId> traders() {
    return accounts().stream().map(Account::customer).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * What buying {@code shares} of {@code outcome} would cost now, rounded up to the minor unit (a
   * quote: the purchase itself may still be refused for the budget or the price limit).
   */
  public Money costToBuy(String outcome, double shares) {
    int i = indexOf(outcome, "Market.costToBuy.outcome");
    requireShares(shares, "Market.costToBuy.shares");
    return toMoney(Lmsr.tradeCost(quantities(), liquidity(), i, shares), RoundingMode.CEILING);
  }

  /** What selling {@code shares} of {@code outcome} would pay now, rounded down to the minor unit. */
  public Money proceedsOfSale(String outcome, double shares) {
    int i = indexOf(outcome, "Market.proceedsOfSale.outcome");
    requireShares(shares, "Market.proceedsOfSale.shares");
    double[] q = quantities();
    if (shares > q[i]) {
      throw new InvalidValueException(
          "Market.proceedsOfSale.shares", shares, "at most the " + q[i] + " shares outstanding of '" + outcome + "'");
    }
    return toMoney(-Lmsr.tradeCost(q, liquidity(), i, -shares), RoundingMode.FLOOR);
  }

  /** The net play money traders have paid the market maker so far (purchases less sales). */
  public Money collected() {
    Money sum = Money.zero(budgetPerCustomer().currency());
    for (Trade t : trades()) {
      sum = sum.plus(t.makerCashFlow());
    }
    return sum;
  }

  /** The total paid out at resolution; zero while open. */
  public Money paidOut() {
    Money sum = Money.zero(budgetPerCustomer().currency());
    for (Payout p : resolution().map(MarketResolution::payouts).orElse(List.of())) {
      sum = sum.plus(p.amount());
    }
    return sum;
  }

  /**
   * The market maker's loss: what it paid out (or, while open, would pay if {@code outcome}
   * happened) less what traders paid it. Negative when the market maker gained.
   */
  public Money makerLossIf(String outcome) {
    int w = indexOf(outcome, "Market.makerLossIf.outcome");
    Money payout = Money.zero(budgetPerCustomer().currency());
    for (Account a : accounts()) {
      payout = payout.plus(payoutFor(a.holding(w)));
    }
    return payout.minus(collected());
  }

  /**
   * {@code customer} buys {@code shares} of {@code outcome} at {@code at}: accepted with the new
   * market, or refused with the reason (market closed or resolved, budget exceeded, price limit).
   *
   * @throws InvalidValueException for an unknown outcome, shares not finite and positive, or
   *     {@code at} before the market opened or before the latest trade
   */
  public TradeDecision buy(CustomerId customer, String outcome, double shares, Instant at) {
    return trade(customer, outcome, TradeSide.BUY, shares, at);
  }

  /**
   * {@code customer} sells {@code shares} of {@code outcome} they hold back to the market maker at
   * {@code at}: accepted with the new market, or refused with the reason (market closed or resolved,
   * shares not held, price limit).
   *
   * @throws InvalidValueException as for {@link #buy}
   */
  public TradeDecision sell(CustomerId customer, String outcome, double shares, Instant at) {
    return trade(customer, outcome, TradeSide.SELL, shares, at);
  }

  private TradeDecision trade(CustomerId customer, String outcome, TradeSide side, double shares, Instant at) {
    String op = side == TradeSide.BUY ? "Market.buy" : "Market.sell";
    Checks.present(customer, op + ".customer");
    int i = indexOf(outcome, op + ".outcome");
    requireShares(shares, op + ".shares");
    requireNotBefore(at, op + ".at");
    if (resolution().isPresent()) {
      MarketResolution r = resolution().get();
      return TradeDecision.refused(this, "market " + id() + " was resolved at " + r.at() + " to '" + r.outcome() + "'");
    }
    if (closesAt().isPresent() && !at.isBefore(closesAt().get())) {
      return TradeDecision.refused(this, "market " + id() + " closed for trading at " + closesAt().get());
    }
    Account account = accountOf(customer).orElseGet(() -> freshAccount(customer));
    double[] q = quantities();
    double delta = side == TradeSide.BUY ? shares : -shares;
    if (side == TradeSide.SELL && account.holding(i) < shares) {
      return TradeDecision.refused(this, "customer " + customer + " holds " + format(account.holding(i))
          + " shares of '" + outcome + "' and cannot sell " + format(shares));
    }
    double[] after = q.clone();
    after[i] += delta;
    double[] p = Lmsr.prices(after, liquidity());
    for (int j = 0; j < p.length; j++) {
      if (!(p[j] >= MIN_PRICE)) {
        return TradeDecision.refused(this, "the trade would push the price of '" + outcomes().get(j) + "' to "
            + String.format(Locale.ROOT, "%.3g", p[j]) + ", below the market maker's limit of "
            + String.format(Locale.ROOT, "%.0e", MIN_PRICE));
      }
    }
    Money amount;
    Money cash;
    if (side == TradeSide.BUY) {
      amount = toMoney(Lmsr.tradeCost(q, liquidity(), i, delta), RoundingMode.CEILING);
      if (amount.compareTo(account.cash()) > 0) {
        return TradeDecision.refused(this, "customer " + customer + " has " + account.cash() + " left of the "
            + budgetPerCustomer() + " play-money budget; " + format(shares) + " shares of '" + outcome
            + "' cost " + amount);
      }
      cash = account.cash().minus(amount);
    } else {
      amount = toMoney(Math.max(0, -Lmsr.tradeCost(q, liquidity(), i, delta)), RoundingMode.FLOOR);
      cash = account.cash().plus(amount);
    }
    List<Double> holdings = new ArrayList<>(account.holdings());
    holdings.set(i, side == TradeSide.BUY ? holdings.get(i) + shares : holdings.get(i) - shares);
    Account updated = Account.builder().customer(customer).cash(cash).holdings(holdings).build();
    Trade trade = Trade.builder()
        .customer(customer)
        .outcome(outcome)
        .side(side)
        .shares(shares)
        .amount(amount)
        .at(at)
        .priceAfter(p[i])
        .build();
    Market next = builder().from(this).accounts(withAccount(updated)).addTrades(trade).build();
    return TradeDecision.accepted(next, trade);
  }

  /**
   * The market resolved to {@code outcome} at {@code at}: every trader is paid one currency unit per
   * winning share (rounded down to the minor unit) and trading stops.
   *
   * @throws InvalidValueException if the market is already resolved, the outcome is unknown, or
   *     {@code at} is before the market opened or before the latest trade
   */
  public Market resolve(String outcome, Instant at) {
    int w = indexOf(outcome, "Market.resolve.outcome");
    requireNotBefore(at, "Market.resolve.at");
    if (resolution().isPresent()) {
      throw new InvalidValueException("Market.resolve", id(), "an open market, but it was resolved at " + resolution().get().at());
    }
    List<Account> paid = new ArrayList<>();
    List<Payout> payouts = new ArrayList<>();
    for (Account a : accounts()) {
      Money amount = payoutFor(a.holding(w));
      Money cash = a.cash().plus(amount);
      paid.add(Account.builder().from(a).cash(cash).build());
      payouts.add(Payout.builder().customer(a.customer()).winningShares(a.holding(w)).amount(amount).finalCash(cash).build());
    }
    MarketResolution r = MarketResolution.builder().outcome(outcome).at(at).payouts(payouts).build();
    return builder().from(this).accounts(paid).resolution(r).build();
  }

  private Money payoutFor(double shares) {
    return toMoney(shares, RoundingMode.FLOOR);
  }

  private Account freshAccount(CustomerId customer) {
    return Account.builder()
        .customer(customer)
        .cash(budgetPerCustomer())
        .holdings(Collections.nCopies(outcomes().size(), 0.0))
        .build();
  }

  private List<Account> withAccount(Account updated) {
    List<Account> next = new ArrayList<>(accounts().size() + 1);
    boolean placed = false;
    for (Account a : accounts()) {
      int c = a.customer().compareTo(updated.customer());
      if (c == 0) {
        next.add(updated);
        placed = true;
      } else {
        if (c > 0 && !placed) {
          next.add(updated);
          placed = true;
        }
        next.add(a);
      }
    }
    if (!placed) {
      next.add(updated);
    }
    return next;
  }

  private Money toMoney(double amount, RoundingMode mode) {
    int digits = Math.max(0, budgetPerCustomer().currency().getDefaultFractionDigits());
    BigDecimal exact = new BigDecimal(amount);
    return Money.of(exact.setScale(digits, mode), budgetPerCustomer().currency());
  }

  private double[] quantities() {
    double[] q = new double[outcomes().size()];
    for (Account a : accounts()) {
      for (int i = 0; i < q.length; i++) {
        q[i] += a.holding(i);
      }
    }
    return q;
  }

  int indexOf(String outcome, String field) {
    Checks.present(outcome, field);
    int i = outcomes().indexOf(outcome);
    if (i < 0) {
      throw new InvalidValueException(field, outcome, "one of " + outcomes());
    }
    return i;
  }

  private static void requireShares(double shares, String field) {
    if (!Double.isFinite(shares) || shares <= 0) {
      throw new InvalidValueException(field, shares, "a finite number of shares > 0");
    }
  }

  private void requireNotBefore(Instant at, String field) {
    Checks.present(at, field);
    if (at.isBefore(openedAt())) {
      throw new InvalidValueException(field, at, "an instant at or after the market opened " + openedAt());
    }
    if (!trades().isEmpty() && at.isBefore(trades().get(trades().size() - 1).at())) {
      throw new InvalidValueException(
          field, at, "an instant at or after the latest trade " + trades().get(trades().size() - 1).at());
    }
  }

  private static String format(double shares) {
    return shares == Math.rint(shares) && Math.abs(shares) < 1e15
        ? String.valueOf((long) shares)
        : String.format(Locale.ROOT, "%.4f", shares);
  }

  @Value.Check
  void check() {
    Checks.present(id(), "Market.id");
    Checks.notBlank(question(), "Market.question");
    Checks.noNulls(outcomes(), "Market.outcomes");
    Checks.present(budgetPerCustomer(), "Market.budgetPerCustomer");
    Checks.present(openedAt(), "Market.openedAt");
    Checks.noNulls(accounts(), "Market.accounts");
    Checks.noNulls(trades(), "Market.trades");
    if (outcomes().size() < 2 || outcomes().size() > MAX_OUTCOMES) {
      throw new InvalidValueException("Market.outcomes", outcomes(), "from 2 to " + MAX_OUTCOMES + " outcomes");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < outcomes().size(); i++) {
      Checks.notBlank(outcomes().get(i), "Market.outcomes[" + i + "]");
      if (!seen.add(outcomes().get(i))) {
        throw new InvalidValueException("Market.outcomes[" + i + "]", outcomes().get(i), "distinct outcomes");
      }
    }
    if (!Double.isFinite(liquidity()) || liquidity() <= 0 || liquidity() > 1e9) {
      throw new InvalidValueException("Market.liquidity", liquidity(), "a liquidity parameter b in (0, 1e9]");
    }
    if (budgetPerCustomer().signum() <= 0) {
      throw new InvalidValueException("Market.budgetPerCustomer", budgetPerCustomer(), "a play-money budget > 0");
    }
    closesAt().ifPresent(c -> {
      if (!c.isAfter(openedAt())) {
        throw new InvalidValueException("Market.closesAt", c, "an instant after openedAt " + openedAt());
      }
    });
    for (int i = 0; i < accounts().size(); i++) {
      Account a = accounts().get(i);
      if (i > 0 && accounts().get(i - 1).customer().compareTo(a.customer()) >= 0) {
        throw new InvalidValueException("Market.accounts[" + i + "].customer", a.customer(), "accounts in strictly increasing customer order");
      }
      if (a.holdings().size() != outcomes().size()) {
        throw new InvalidValueException(
            "Market.accounts[" + i + "].holdings", a.holdings().size() + " holdings", outcomes().size() + " holdings, one per outcome");
      }
      if (!a.cash().currency().equals(budgetPerCustomer().currency())) {
        throw new InvalidValueException("Market.accounts[" + i + "].cash", a.cash(), "an amount in " + budgetPerCustomer().currency());
      }
    }
    for (int i = 0; i < trades().size(); i++) {
      Trade t = trades().get(i);
      if (!outcomes().contains(t.outcome())) {
        throw new InvalidValueException("Market.trades[" + i + "].outcome", t.outcome(), "one of " + outcomes());
      }
      if (!t.amount().currency().equals(budgetPerCustomer().currency())) {
        throw new InvalidValueException("Market.trades[" + i + "].amount", t.amount(), "an amount in " + budgetPerCustomer().currency());
      }
    }
    resolution().ifPresent(r -> {
      if (!outcomes().contains(r.outcome())) {
        throw new InvalidValueException("Market.resolution.outcome", r.outcome(), "one of " + outcomes());
      }
    });
  }

  @Override
  public String toString() {
    return "Market{" + id() + ", outcomes=" + outcomes().size() + ", b=" + liquidity() + ", traders="
        + accounts().size() + ", trades=" + trades().size() + (resolved() ? ", resolved" : "") + "}";
  }
}
