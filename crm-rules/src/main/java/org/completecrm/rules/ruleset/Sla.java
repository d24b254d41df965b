package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import org.completecrm.core.TeamId;
import org.completecrm.core.timeline.CommitmentKind;
import org.immutables.value.Value;

/** A service level: what the firm promises (a call-back within 4 hours), who owns it and how soon it is due. */
@Value.Immutable
@JsonSerialize(as = ImmutableSla.class)
@JsonDeserialize(as = ImmutableSla.class)
public abstract class Sla {
  Sla() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Sla}, checked when built. */
  public static final class Builder extends ImmutableSla.Builder {
    Builder() {}
  }

  /** The service level's id. */
  public abstract String id();

  /** What is promised. */
  public abstract CommitmentKind kind();

  /** The team that owns the promise. */
  public abstract TeamId owner();

  /** How soon after the decision it is due. */
  public abstract Duration due();

  /** What is promised, in plain words. */
  public abstract String description();
}
