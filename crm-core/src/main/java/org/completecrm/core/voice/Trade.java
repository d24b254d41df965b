package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * One accepted trade with the market maker: who bought or sold how many shares of which outcome,
 * for how much play money, when, and the outcome's price afterwards.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTrade.class)
@JsonDeserialize(as = ImmutableTrade.class)
public abstract class Trade {
  Trade() {}

  /** A builder. */
  public static ImmutableTrade.Builder builder() {
    return ImmutableTrade.builder();
  }

  /** The trader. */
  public abstract CustomerId customer();

  /** The outcome traded. */
  public abstract String outcome();

  /** Bought or sold. */
  public abstract TradeSide side();

  /** How many shares; positive. */
  public abstract double shares();

  /** The play money paid (a purchase) or received (a sale), after rounding; never negative. */
  public abstract Money amount();

  /** When. */
  public abstract Instant at();

  /** The outcome's price right after the trade. */
  public abstract double priceAfter();

  /** The cash flow into the market maker: the amount for a purchase, its negation for a sale. */
  public Money makerCashFlow() {
    return side() == TradeSide.BUY ? amount() : amount().negate();
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "Trade.customer");
    Checks.notBlank(outcome(), "Trade.outcome");
    Checks.present(side(), "Trade.side");
    Checks.present(amount(), "Trade.amount");
    Checks.present(at(), "Trade.at");
    if (!Double.isFinite(shares()) || shares() <= 0) {
      throw new InvalidValueException("Trade.shares", shares(), "a finite number of shares > 0");
    }
    if (amount().signum() < 0) {
      throw new InvalidValueException("Trade.amount", amount(), "an amount >= 0");
    }
    Checks.probability(priceAfter(), "Trade.priceAfter");
  }
}
