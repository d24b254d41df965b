package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** What one trader received when a market resolved: winning shares held and the play money paid for them. */
@Value.Immutable
@JsonSerialize(as = ImmutablePayout.class)
@JsonDeserialize(as = ImmutablePayout.class)
public abstract class Payout {
  Payout() {}

  /** A builder. */
  public static ImmutablePayout.Builder builder() {
    return ImmutablePayout.builder();
  }

  /** The trader. */
  public abstract CustomerId customer();

  /** Shares of the winning outcome held at resolution. */
  public abstract double winningShares();

  /** Play money paid: one currency unit per winning share, rounded down to the minor unit. */
  public abstract Money amount();

  /** The trader's cash after the payout. */
  public abstract Money finalCash();

  @Value.Check
  void check() {
    Checks.present(customer(), "Payout.customer");
    Checks.finiteNonNegative(winningShares(), "Payout.winningShares");
    Checks.present(amount(), "Payout.amount");
    Checks.present(finalCash(), "Payout.finalCash");
    if (amount().signum() < 0) {
      throw new InvalidValueException("Payout.amount", amount(), "an amount >= 0");
    }
  }
}
