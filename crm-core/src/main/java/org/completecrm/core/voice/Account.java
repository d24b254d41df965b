package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A customer's play-money account in one market: the cash left and the shares held of each outcome. */
@Value.Immutable
@JsonSerialize(as = ImmutableAccount.class)
@JsonDeserialize(as = ImmutableAccount.class)
public abstract class Account {
  Account() {}

  /** A builder. */
  public static ImmutableAccount.Builder builder() {
    return ImmutableAccount.builder();
  }

  /** Whose account it is. */
  public abstract CustomerId customer();

  /** Play money left to trade with; never negative. */
  public abstract Money cash();

  /** Shares held of each outcome, in the market's outcome order; never negative. */
  public abstract List<Double> holdings();

  /** The shares held of the outcome at {@code index}. */
  public double holding(int index) {
    return holdings().get(index);
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "Account.customer");
    Checks.present(cash(), "Account.cash");
    Checks.noNulls(holdings(), "Account.holdings");
    if (cash().signum() < 0) {
      throw new InvalidValueException("Account.cash", cash(), "an amount >= 0");
    }
    for (int i = 0; i < holdings().size(); i++) {
      Checks.finiteNonNegative(holdings().get(i), "Account.holdings[" + i + "]");
    }
  }
}
