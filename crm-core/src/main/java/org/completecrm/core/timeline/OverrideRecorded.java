package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** An employee acted beyond a guardrail's limit, with a reason: recorded, never blocked silently. */
@Value.Immutable
@JsonSerialize(as = ImmutableOverrideRecorded.class)
@JsonDeserialize(as = ImmutableOverrideRecorded.class)
public abstract class OverrideRecorded implements TimelineEvent {
  OverrideRecorded() {}

  /** A builder. */
  public static ImmutableOverrideRecorded.Builder builder() {
    return ImmutableOverrideRecorded.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** The team of the employee who acted. */
  public abstract TeamId team();

  /** What was done: {@code "goodwill-credit"}. */
  public abstract String action();

  /** Why, in the employee's words. */
  public abstract String reason();

  /** The amount granted, if any. */
  public abstract Optional<Money> amount();

  /** The limit that was exceeded, if any. */
  public abstract Optional<Money> limit();

  @Value.Check
  void check() {
    Checks.present(id(), "OverrideRecorded.id");
    Checks.present(customer(), "OverrideRecorded.customer");
    Checks.instant(at(), "OverrideRecorded.at");
    Checks.present(team(), "OverrideRecorded.team");
    Checks.notBlank(action(), "OverrideRecorded.action");
    Checks.notBlank(reason(), "OverrideRecorded.reason");
  }

  @Override
  public String toString() {
    return "OverrideRecorded{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
