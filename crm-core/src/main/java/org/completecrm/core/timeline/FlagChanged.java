package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A flag on the customer raised or cleared: {@code "hardship"}, {@code "vulnerable"}, {@code "deceased"}. */
@Value.Immutable
@JsonSerialize(as = ImmutableFlagChanged.class)
@JsonDeserialize(as = ImmutableFlagChanged.class)
public abstract class FlagChanged implements TimelineEvent {
  FlagChanged() {}

  /** A builder. */
  public static ImmutableFlagChanged.Builder builder() {
    return ImmutableFlagChanged.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** The flag. */
  public abstract String flag();

  /** True when raised, false when cleared. */
  public abstract Boolean raised();

  /** Why, in plain words. */
  public abstract String reason();

  @Value.Check
  void check() {
    Checks.present(id(), "FlagChanged.id");
    Checks.present(customer(), "FlagChanged.customer");
    Checks.instant(at(), "FlagChanged.at");
    Checks.notBlank(flag(), "FlagChanged.flag");
    Checks.present(raised(), "FlagChanged.raised");
    Checks.notBlank(reason(), "FlagChanged.reason");
  }

  @Override
  public String toString() {
    return "FlagChanged{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
