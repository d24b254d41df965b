package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.immutables.value.Value;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/**
 * A versioned set of interaction rules: the actions they may propose, the rules, the contact
 * policies it adds to the built-in ones, arbitration weights, volume limits, service levels,
 * guardrails and channel costs.
 *
 * <p>A rule set is validated when it is built, from JSON ({@link RuleSets#fromJson(String)}) or from the
 * builder alike: every error is an {@link org.completecrm.rules.condition.InvalidRuleException}
 * naming the JSON path ({@code $.rules[3].when.field}), the bad value and what was expected.
 * Validation covers unknown fields and operators, type mismatches, actions, service levels and
 * guardrails referenced but not defined, unreachable rules and templates with missing fields.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleSet.class)
@JsonDeserialize(as = ImmutableRuleSet.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class RuleSet {
  static {
    CompiledRuleSet.reachedThrough(RuleSet::compiled);
  }

  RuleSet() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a rule set, checked and compiled when built. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }

  /** The rule set's id. */
  public abstract String id();

  /** Its version, from 1. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract int version();

  /** What it is for. */
  public abstract Optional<String> description();

  /** The offers and service actions its rules may propose. */
  public abstract List<ActionDefinition> actions();

  /** The rules. */
  public abstract List<Rule> rules();

  /** Contact policies added to the built-in ones. */
  @Value.Default
  public PolicySettings policies() {
    return PolicySettings.none();
  }

  /** Arbitration weights. */
  @Value.Default
  public Arbitration arbitration() {
    return Arbitration.standard();
  }

  /** Volume limits per decision. */
  @Value.Default
  public VolumeLimits volume() {
    return VolumeLimits.standard();
  }

  /** Service levels that rules turn into commitments. */
  public abstract List<Sla> slas();

  /** Guardrails that rules give the frontline. */
  public abstract List<Guardrail> guardrails();

  /**
   * The adaptive propensity model whose estimates arbitration uses, by name, when decided by
   * {@link org.completecrm.rules.learning.AdaptiveDecisions}; none by default.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> propensityModel();

  /**
   * The language of the actions' {@code message} templates (a BCP 47 tag such as {@code en}); needed
   * when an action has {@code messages} in other languages. Decisions say which language each
   * message is in when it is given.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<String> language();

  /** The cost of one contact per channel, to break ties between equally ranked channels. */
  public abstract Map<Channel, Double> channelCosts();

  /**
   * The validated, compiled form the decision engine runs, compiled when first needed and kept
   * with the rule set. Not API: the decision path reaches it through {@link CompiledRuleSet#of}.
   */
  @Value.Lazy
  @JsonIgnore
  CompiledRuleSet compiled() {
    return RuleSetValidator.compile(this);
  }

  @Value.Check
  void check() {
    RuleSetValidator.compile(this);
  }

  @Override
  public String toString() {
    return "RuleSet{" + id() + " v" + version() + ", rules=" + rules().size() + ", actions=" + actions().size() + "}";
  }
}
