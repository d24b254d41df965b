package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** How many actions one decision may give: in all, and outbound per channel. */
@Value.Immutable
@JsonSerialize(as = ImmutableVolumeLimits.class)
@JsonDeserialize(as = ImmutableVolumeLimits.class)
public abstract class VolumeLimits {
  VolumeLimits() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code VolumeLimits}, checked when built. */
  public static final class Builder extends ImmutableVolumeLimits.Builder {
    Builder() {}
  }

  /** The defaults: 3 actions, 1 outbound contact per channel. */
  public static VolumeLimits standard() {
    return builder().build();
  }

  /** The most actions in one decision. */
  @Value.Default
  public int maxActions() {
    return 3;
  }

  /** The most outbound contacts per channel in one decision. */
  @Value.Default
  public int maxPerChannel() {
    return 1;
  }
}
