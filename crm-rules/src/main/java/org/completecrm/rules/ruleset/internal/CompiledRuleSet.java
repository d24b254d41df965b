package org.completecrm.rules.ruleset.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.ruleset.Guardrail;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.Sla;


/**
 * A rule set validated and compiled for the decision engine: rules in the order they are
 * considered (priority, highest first, then id), actions, service levels and guardrails by id.
 */
public final class CompiledRuleSet {
  // The way to a rule set's compiled form, which RuleSet keeps (compiled once, when first needed)
  // behind a package-private method so that this type stays off the public API. RuleSet hands it
  // over once, when its class is initialised (the JDK's "shared secrets" pattern): set once, never
  // changed, so no static state of the library varies.
  private static final AtomicReference<Function<RuleSet, CompiledRuleSet>> COMPILED = new AtomicReference<>();

  private final RuleSet source;
  private final List<CompiledRule> rules;
  private final Map<OfferId, CompiledAction> actions;
  private final Map<String, Sla> slas;
  private final Map<String, Guardrail> guardrails;
  private final List<CompiledAction> actionsInOrder;
  private final Map<String, CompiledRule> rulesById = new java.util.HashMap<>();
  private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();
  private final double[] channelCosts = new double[Channel.values().length];

  /** Called once by {@link RuleSet}, when its class is initialised: how to reach a rule set's compiled form. */
  public static void reachedThrough(Function<RuleSet, CompiledRuleSet> compiled) {
    COMPILED.compareAndSet(null, compiled);
  }

  /**
   * The compiled form of {@code ruleSet}, compiled when first needed and kept with the rule set.
   * The decision path's one way to it; not API.
   */
  public static CompiledRuleSet of(RuleSet ruleSet) {
    // Set by RuleSet's class initialisation, which has run: ruleSet is an instance of it.
    return Objects.requireNonNull(COMPILED.get(), "RuleSet's compiled form").apply(ruleSet);
  }

  /** Built by the rule set's validation ({@code RuleSetValidator}) once per rule set. */
  public CompiledRuleSet(RuleSet source, List<CompiledRule> rules, Map<OfferId, CompiledAction> actions,
      Map<String, Sla> slas, Map<String, Guardrail> guardrails) {
    this.source = source;
    this.rules = rules;
    this.actions = new java.util.HashMap<>(actions);
    this.actionsInOrder = List.copyOf(actions.values());
    this.slas = slas;
    this.guardrails = guardrails;
    for (CompiledRule r : rules) {
      rulesById.put(r.id(), r);
    }
    source.channelCosts().forEach((ch, cost) -> channelCosts[ch.ordinal()] = cost);
  }

  /**
   * A value derived from this rule set by another part of the engine (fixed explanation texts,
   * indexes), built by {@code build} on first use and kept with the rule set.
   */
  public <T> T derived(Class<T> kind, java.util.function.Function<CompiledRuleSet, T> build) {
    Object known = derived.get(kind); // a plain look-up first: computeIfAbsent allocates its lambda on every call
    return kind.cast(known != null ? known : derived.computeIfAbsent(kind, k -> build.apply(this)));
  }

  /** The actions ordered by id; {@link CompiledRule#proposed(int)} and {@link CompiledRule#suppressed(int)} index it. */
  public List<CompiledAction> actions() {
    return actionsInOrder;
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
    return channelCosts[channel.ordinal()];
  }
}
