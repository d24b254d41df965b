package org.completecrm.core.timeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.identity.SourceIdentity;

/**
 * Something that happened in a customer's relationship with the firm, from any source system.
 *
 * <p>JSON carries the kind in an {@code "eventType"} property ({@code "interaction"}, {@code
 * "transaction"}, ...; not {@code "type"}, which is an attribute of {@link Interaction}). Events are ordered by {@link #ORDER}: instant, then id, a total order
 * so that folds never depend on the order in which systems deliver events.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "eventType")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ImmutableInteraction.class, name = "interaction"),
  @JsonSubTypes.Type(value = ImmutableTransaction.class, name = "transaction"),
  @JsonSubTypes.Type(value = ImmutableOfferPresented.class, name = "offer-presented"),
  @JsonSubTypes.Type(value = ImmutableOfferResponded.class, name = "offer-responded"),
  @JsonSubTypes.Type(value = ImmutableCaseUpdated.class, name = "case-updated"),
  @JsonSubTypes.Type(value = ImmutableFeedbackReceived.class, name = "feedback-received"),
  @JsonSubTypes.Type(value = ImmutableFlagChanged.class, name = "flag-changed"),
  @JsonSubTypes.Type(value = ImmutableOverrideRecorded.class, name = "override-recorded"),
  @JsonSubTypes.Type(value = ImmutableCommitmentMade.class, name = "commitment-made"),
  @JsonSubTypes.Type(value = ImmutableCommitmentFulfilled.class, name = "commitment-fulfilled"),
  @JsonSubTypes.Type(value = ImmutableCommitmentCancelled.class, name = "commitment-cancelled")
})
public interface TimelineEvent {
  /** Timeline order: by instant, then by event id. */
  Comparator<TimelineEvent> ORDER = (a, b) -> {
    // One plain comparator rather than a Comparator.comparing chain: every view sorts or checks its
    // events with it, and the chain's shared key-extracting lambdas turn megamorphic in a host.
    int c = a.at().compareTo(b.at());
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  /**
   * Sorts {@code events} in {@link #ORDER} unless they already are: one pass finds out, as a
   * customer's timeline usually comes in order.
   *
   * @throws org.completecrm.core.InvalidValueException if {@code events} or one of them is null
   */
  static void sortInOrder(List<TimelineEvent> events) {
    Checks.noNulls(Checks.present(events, "TimelineEvent.sortInOrder.events"), "TimelineEvent.sortInOrder.events");
    for (int i = 1; i < events.size(); i++) {
      if (ORDER.compare(events.get(i - 1), events.get(i)) > 0) {
        events.sort(ORDER);
        return;
      }
    }
  }

  /** The event's identifier, unique across the timeline. */
  EventId id();

  /** The customer it concerns. */
  CustomerId customer();

  /** When it happened. */
  Instant at();

  /** The source system record it came from, if known. */
  Optional<SourceIdentity> source();
}
