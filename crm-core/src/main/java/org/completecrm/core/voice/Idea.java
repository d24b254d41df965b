package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * An idea on a topic (products, service, stores, the web site, billing), submitted by a customer
 * or proposed by the firm, with its full status history.
 *
 * <p>The history starts with {@link IdeaStatus#UNDER_REVIEW} at {@link #submittedAt()}, is in
 * order of time, and only follows the moves {@link IdeaStatus#next()} allows; {@link
 * #changeStatus} returns a new idea and never rewrites earlier steps.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIdea.class)
@JsonDeserialize(as = ImmutableIdea.class)
public abstract class Idea {
  Idea() {}

  /** A builder (the history must be given; see {@link #submit} for a new idea). */
  public static ImmutableIdea.Builder builder() {
    return ImmutableIdea.builder();
  }

  /**
   * A new idea under review from {@code at}.
   *
   * @param id the idea's identifier
   * @param topic what it is about, such as {@code "billing"}
   * @param title a short title customers see
   * @param submittedBy the customer who submitted it, or empty when the firm proposes it
   * @param at when it was submitted
   */
  public static Idea submit(IdeaId id, String topic, String title, Optional<CustomerId> submittedBy, Instant at) {
    return builder()
        .id(id)
        .topic(topic)
        .title(title)
        .submittedBy(submittedBy)
        .submittedAt(at)
        .addHistory(StatusChange.of(IdeaStatus.UNDER_REVIEW, at, Optional.empty()))
        .build();
  }

  /** The idea's identifier. */
  public abstract IdeaId id();

  /** What the idea is about: {@code "billing"}, {@code "web-site"}, {@code "store"}, a product. */
  public abstract String topic();

  /** A short title customers see (no personal data). */
  public abstract String title();

  /** The customer who submitted it; empty when the firm proposed it. */
  public abstract Optional<CustomerId> submittedBy();

  /** When it was submitted. */
  public abstract Instant submittedAt();

  /** Every status it has had, oldest first. */
  public abstract List<StatusChange> history();

  /** The current status. */
  public IdeaStatus status() {
    return latest().status();
  }

  /** The latest status change. */
  public StatusChange latest() {
    return history().get(history().size() - 1);
  }

  /** The status in force at {@code at}; empty before the idea was submitted. */
  public Optional<IdeaStatus> statusAt(Instant at) {
    Checks.present(at, "Idea.statusAt.at");
    IdeaStatus found = null;
    for (StatusChange c : history()) {
      if (!c.at().isAfter(at)) {
        found = c.status();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The idea moved to {@code status} at {@code at}, with a reason (required for {@link
   * IdeaStatus#DECLINED}); fails with an {@link InvalidValueException} when the move is not allowed
   * from the current status or {@code at} is before the latest change.
   */
  public Idea changeStatus(IdeaStatus status, Instant at, Optional<String> reason) {
    Checks.present(status, "Idea.changeStatus.status");
    Checks.present(at, "Idea.changeStatus.at");
    Checks.present(reason, "Idea.changeStatus.reason");
    return builder().from(this).addHistory(StatusChange.of(status, at, reason)).build();
  }

  @Value.Check
  void check() {
    Checks.present(id(), "Idea.id");
    Checks.notBlank(topic(), "Idea.topic");
    Checks.notBlank(title(), "Idea.title");
    Checks.present(submittedAt(), "Idea.submittedAt");
    Checks.noNulls(history(), "Idea.history");
    if (history().isEmpty()) {
      throw new InvalidValueException("Idea.history", "[]", "a history starting with UNDER_REVIEW at submittedAt");
    }
    StatusChange first = history().get(0);
    if (first.status() != IdeaStatus.UNDER_REVIEW || !first.at().equals(submittedAt())) {
      throw new InvalidValueException(
          "Idea.history[0]", first.status() + " at " + first.at(), "UNDER_REVIEW at submittedAt " + submittedAt());
    }
    for (int i = 1; i < history().size(); i++) {
      StatusChange prev = history().get(i - 1);
      StatusChange next = history().get(i);
      if (next.at().isBefore(prev.at())) {
        throw new InvalidValueException(
            "Idea.history[" + i + "].at", next.at(), "an instant at or after the previous change " + prev.at());
      }
      if (!prev.status().next().contains(next.status())) {
        throw new InvalidValueException(
            "Idea.history[" + i + "].status",
            next.status(),
            prev.status().next().isEmpty()
                ? "no further change: " + prev.status() + " is final"
                : "one of " + prev.status().next() + " after " + prev.status());
      }
    }
  }
}
