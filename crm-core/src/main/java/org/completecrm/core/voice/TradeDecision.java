package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * The result of asking the market maker for a trade: the accepted trade and the new market, or the
 * unchanged market and the reason the trade was refused (budget exceeded, shares not held, market
 * closed or resolved, a price pushed beyond the market maker's limits).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTradeDecision.class)
@JsonDeserialize(as = ImmutableTradeDecision.class)
public abstract class TradeDecision {
  TradeDecision() {}

  static TradeDecision accepted(Market market, Trade trade) {
    return ImmutableTradeDecision.builder().market(market).trade(trade).build();
  }

  static TradeDecision refused(Market market, String reason) {
    return ImmutableTradeDecision.builder().market(market).refusal(reason).build();
  }

  /** The market after the decision: with the trade if accepted, unchanged if refused. */
  public abstract Market market();

  /** The trade, when accepted. */
  public abstract Optional<Trade> trade();

  /** Why the trade was refused, in plain words, when refused. */
  public abstract Optional<String> refusal();

  /** Whether the trade was accepted. */
  public boolean accepted() {
    return trade().isPresent();
  }

  @Value.Check
  void check() {
    Checks.present(market(), "TradeDecision.market");
    if (trade().isPresent() == refusal().isPresent()) {
      throw new InvalidValueException("TradeDecision.refusal", refusal().orElse("absent"), "a refusal exactly when no trade was accepted");
    }
  }
}
