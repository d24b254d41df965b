package org.completecrm.rules.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;

/**
 * A rule set validated and compiled for the decision engine: rules in the order they are
 * considered (priority, highest first, then id), actions, service levels and guardrails by id.
 */
public final class CompiledRuleSet {
  private final RuleSet source;
  private final List<CompiledRule> rules;
  private final Map<OfferId, CompiledAction> actions;
  private final Map<String, Sla> slas;
  private final Map<String, Guardrail> guardrails;
  private final Map<String, CompiledRule> rulesById = new java.util.HashMap<>();

  CompiledRuleSet(RuleSet source, List<CompiledRule> rules, Map<OfferId, CompiledAction> actions,
      Map<String, Sla> slas, Map<String, Guardrail> guardrails) {
    this.source = source;
    this.rules = rules;
    this.actions = actions;
    this.slas = slas;
    this.guardrails = guardrails;
    for (CompiledRule r : rules) {
      rulesById.put(r.id(), r);
    }
  }

  /** The rule {@code id}, if defined. */
  public Optional<CompiledRule> rule(String id) {
    return Optional.ofNullable(rulesById.get(id));
  }

  /** The rule set. */
  public RuleSet source() {
    return source;
  }

  /** The rules in the order they are considered. */
  public List<CompiledRule> rules() {
    return rules;
  }

  /** The action {@code id}, if defined. */
  public Optional<CompiledAction> action(OfferId id) {
    return Optional.ofNullable(actions.get(id));
  }

  /** The service level {@code id}, if defined. */
  public Optional<Sla> sla(String id) {
    return Optional.ofNullable(slas.get(id));
  }

  /** The guardrail {@code id}, if defined. */
  public Optional<Guardrail> guardrail(String id) {
    return Optional.ofNullable(guardrails.get(id));
  }

  /** The cost of a contact on {@code channel} (0 when not given). */
  public double cost(Channel channel) {
    Double c = source.channelCosts().get(channel);
    return c == null ? 0.0 : c;
  }
}
