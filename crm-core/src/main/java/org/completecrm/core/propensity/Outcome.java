package org.completecrm.core.propensity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OfferResponse;
import org.immutables.value.Value;

/**
 * One outcome to learn from: an action presented on a channel, the customer's response within the
 * response window ({@link OfferResponse#ACCEPTED} is positive; rejected and ignored are negative)
 * and the predictor values at the presentation.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcome.class)
@JsonDeserialize(as = ImmutableOutcome.class)
public abstract class Outcome {
  Outcome() {}

  /** A builder. */
  public static ImmutableOutcome.Builder builder() {
    return ImmutableOutcome.builder();
  }

  /** The outcome of {@code action} on {@code channel} with the given response and predictor values. */
  public static Outcome of(OfferId action, Channel channel, OfferResponse response, Scores predictors) {
    return builder().action(action).channel(channel).response(response).predictors(predictors).build();
  }

  /** The action presented. */
  public abstract OfferId action();

  /** The channel it was presented on. */
  public abstract Channel channel();

  /** The response. */
  public abstract OfferResponse response();

  /** The predictor values when it was presented (scores and labels by name). */
  public abstract Scores predictors();

  /** Whether the response counts as positive. */
  public boolean accepted() {
    return response() == OfferResponse.ACCEPTED;
  }

  @Value.Check
  void check() {
    Checks.present(action(), "Outcome.action");
    Checks.present(channel(), "Outcome.channel");
    Checks.present(response(), "Outcome.response");
    Checks.present(predictors(), "Outcome.predictors");
  }
}
