package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.completecrm.rules.condition.Condition;
import org.immutables.value.Value;

/**
 * An interaction rule: when its condition holds, its effects apply. Rules are considered by
 * priority, highest first, then by id; an exclusive rule that fires stops the rules after it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRule.class)
@JsonDeserialize(as = ImmutableRule.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Rule {
  Rule() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Rule}, checked when built. */
  public static final class Builder extends ImmutableRule.Builder {
    Builder() {}
  }

  /** The rule's id, unique in its rule set. */
  public abstract String id();

  /** Its priority: higher first. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public int priority() {
    return 0;
  }

  /** What it says, for people. */
  public abstract Optional<String> description();

  /** When it fires. */
  public abstract Condition when();

  /** What it does. */
  public abstract List<Effect> then();

  /** Whether, once it fires, rules after it are not considered. */
  @Value.Default
  public boolean exclusive() {
    return false;
  }
}
