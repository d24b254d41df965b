package org.completecrm.analytics.potential;

import java.util.OptionalDouble;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;

/**
 * A household's potential value: what it holds at the firm, its total wallet, the share of
 * wallet, the headroom, and its future and potential value.
 *
 * @param household the household
 * @param holdings the value its current members hold at the firm
 * @param wallet its total wallet (never below {@code holdings})
 * @param shareOfWallet holdings ÷ wallet, in [0, 1] (0 when the wallet is zero)
 * @param headroom wallet − holdings: the business not yet at the firm
 * @param futureValue the sum of its current members' CLV
 * @param potentialValue futureValue ÷ shareOfWallet: the value if all its business were at the
 *     firm, assuming value grows in proportion to share; empty when the share is zero
 */
public record HouseholdPotential(
    HouseholdId household,
    Money holdings,
    Money wallet,
    double shareOfWallet,
    Money headroom,
    double futureValue,
    OptionalDouble potentialValue) {
  /** Validates the figures. */
  public HouseholdPotential {
    Checks.present(household, "HouseholdPotential.household");
    Checks.present(holdings, "HouseholdPotential.holdings");
    Checks.present(wallet, "HouseholdPotential.wallet");
    Checks.probability(shareOfWallet, "HouseholdPotential.shareOfWallet");
    Checks.present(headroom, "HouseholdPotential.headroom");
    Checks.finite(futureValue, "HouseholdPotential.futureValue");
    Checks.present(potentialValue, "HouseholdPotential.potentialValue");
    if (!wallet.minus(holdings).equals(headroom) || headroom.signum() < 0) {
      throw new InvalidValueException("HouseholdPotential.headroom", headroom, "wallet minus holdings, >= 0");
    }
    potentialValue.ifPresent(v -> Checks.finite(v, "HouseholdPotential.potentialValue"));
  }
}
