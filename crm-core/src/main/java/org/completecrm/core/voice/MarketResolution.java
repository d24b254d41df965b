package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** How a market was resolved: the outcome that happened, when, and the payout to every trader. */
@Value.Immutable
@JsonSerialize(as = ImmutableMarketResolution.class)
@JsonDeserialize(as = ImmutableMarketResolution.class)
public abstract class MarketResolution {
  MarketResolution() {}

  /** A builder. */
  public static ImmutableMarketResolution.Builder builder() {
    return ImmutableMarketResolution.builder();
  }

  /** The outcome that happened. */
  public abstract String outcome();

  /** When the firm resolved the market. */
  public abstract Instant at();

  /** One payout per trader, in customer order (zero for traders without winning shares). */
  public abstract List<Payout> payouts();

  /** The payout of {@code customer}, if they traded. */
  public Optional<Payout> payoutOf(CustomerId customer) {
    return payouts().stream().filter(p -> p.customer().equals(customer)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.notBlank(outcome(), "MarketResolution.outcome");
    Checks.present(at(), "MarketResolution.at");
    Checks.noNulls(payouts(), "MarketResolution.payouts");
  }
}
