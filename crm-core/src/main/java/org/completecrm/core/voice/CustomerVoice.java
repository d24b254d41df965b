package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What one customer's voice says at an instant, as facts a rule can test: the ideas they voted for
 * with each idea's status then, and the prices of the prediction markets open then. Folded by
 * {@link CustomerVoices#fold}; nothing in it happened after {@link #asOf()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerVoice.class)
@JsonDeserialize(as = ImmutableCustomerVoice.class)
public abstract class CustomerVoice {
  CustomerVoice() {}

  /** A builder. */
  public static ImmutableCustomerVoice.Builder builder() {
    return ImmutableCustomerVoice.builder();
  }

  /** The instant the voice was folded at: votes, status changes and trades after it are not in it. */
  public abstract Instant asOf();

  /**
   * The ideas the customer voted for (an up vote of their own, or of their household under {@link
   * VotingRule#ONE_PER_HOUSEHOLD}), by idea id, with the idea's status at {@link #asOf()}.
   */
  public abstract Map<String, IdeaStatus> votedFor();

  /**
   * Prices of the markets open at {@link #asOf()}, each in (0, 1): {@code "<market id>"} is the
   * price of the market's first outcome (a yes/no market's "yes"), {@code "<market id>.<outcome>"}
   * the price of each outcome.
   */
  public abstract Map<String, Double> marketPrices();

  /** The ids of the ideas voted for whose status at {@link #asOf()} is {@code status}, in order. */
  public Set<String> votedFor(IdeaStatus status) {
    Checks.present(status, "CustomerVoice.votedFor.status");
    TreeSet<String> ids = new TreeSet<>();
    votedFor().forEach((id, s) -> {
      if (s == status) {
        ids.add(id);
      }
    });
    return ids;
  }

  @Value.Check
  void check() {
    Checks.instant(asOf(), "CustomerVoice.asOf");
    Checks.noNulls(votedFor(), "CustomerVoice.votedFor");
    Checks.noNulls(marketPrices(), "CustomerVoice.marketPrices");
    marketPrices().forEach((k, v) -> {
      if (!(v > 0 && v < 1)) {
        throw new InvalidValueException("CustomerVoice.marketPrices[" + k + "]", v, "a price strictly between 0 and 1");
      }
    });
  }
}
