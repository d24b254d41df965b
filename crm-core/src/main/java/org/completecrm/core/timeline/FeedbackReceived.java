package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A survey answer: NPS, CSAT or free text with a topic. */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedbackReceived.class)
@JsonDeserialize(as = ImmutableFeedbackReceived.class)
public abstract class FeedbackReceived implements TimelineEvent {
  FeedbackReceived() {}

  /** A builder. */
  public static ImmutableFeedbackReceived.Builder builder() {
    return ImmutableFeedbackReceived.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** Which survey. */
  public abstract SurveyKind survey();

  /** The score: 0-10 for NPS, 1-5 for CSAT, absent for free text. */
  public abstract Optional<Integer> score();

  /** What it is about: {@code "billing"}, {@code "web-site"}, {@code "store"}. */
  public abstract Optional<String> topic();

  /** Free text (may contain personal data). */
  public abstract Optional<String> comment();

  /** The interaction or journey event it refers to. */
  public abstract Optional<EventId> about();

  @Value.Check
  void check() {
    Checks.present(id(), "FeedbackReceived.id");
    Checks.present(customer(), "FeedbackReceived.customer");
    Checks.instant(at(), "FeedbackReceived.at");
    Checks.present(survey(), "FeedbackReceived.survey");
    if (survey() == SurveyKind.TEXT && score().isPresent()) {
      throw new InvalidValueException("FeedbackReceived.score", score().get(), "no score on a free-text answer");
    }
    if (survey() != SurveyKind.TEXT) {
      int s = score().orElseThrow(() -> new InvalidValueException("FeedbackReceived.score", "absent", "a score for " + survey()));
      if (s < survey().minScore() || s > survey().maxScore()) {
        throw new InvalidValueException(
            "FeedbackReceived.score", s, "a score from " + survey().minScore() + " to " + survey().maxScore() + " for " + survey());
      }
    }
  }

  @Override
  public String toString() {
    return "FeedbackReceived{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
