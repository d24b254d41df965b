package org.completecrm.rules.ruleset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.rules.condition.internal.CompiledCondition;
import org.completecrm.rules.condition.internal.Conditions;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.response.Template;
import org.completecrm.rules.ruleset.internal.CompiledAction;
import org.completecrm.rules.ruleset.internal.CompiledRule;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;

/** Validates a rule set, naming the JSON path of every error, and compiles it. */
final class RuleSetValidator {
  /** The order in which rules are considered: priority, highest first, then id. */
  static final Comparator<Rule> ORDER =
      Comparator.comparing(Rule::priority, Comparator.reverseOrder()).thenComparing(Rule::id);

  private RuleSetValidator() {}

  static CompiledRuleSet compile(RuleSet rs) {
    RuleChecks.id(rs.id(), "$.id");
    if (rs.version() < 1) {
      throw new InvalidRuleException("$.version", rs.version(), "a version number >= 1");
    }
    Map<String, Sla> slas = slas(rs);
    Map<String, Guardrail> guardrails = guardrails(rs);
    Map<OfferId, CompiledAction> actions = actions(rs);
    policies(rs.policies());
    arbitration(rs.arbitration());
    if (rs.volume().maxActions() < 1) {
      throw new InvalidRuleException("$.volume.maxActions", rs.volume().maxActions(), "at least 1 action per decision");
    }
    if (rs.volume().maxPerChannel() < 1) {
      throw new InvalidRuleException("$.volume.maxPerChannel", rs.volume().maxPerChannel(),
          "at least 1 contact per channel per decision");
    }
    rs.channelCosts().forEach((ch, cost) -> {
      if (cost == null || !Double.isFinite(cost) || cost < 0) {
        throw new InvalidRuleException("$.channelCosts." + ch, cost, "a finite cost >= 0");
      }
    });
    List<CompiledRule> rules = rules(rs, actions, slas, guardrails);
    return new CompiledRuleSet(rs, rules, Collections.unmodifiableMap(actions), Collections.unmodifiableMap(slas),
        Collections.unmodifiableMap(guardrails));
  }

  private static Map<String, Sla> slas(RuleSet rs) {
    Map<String, Sla> out = new TreeMap<>();
    for (int i = 0; i < rs.slas().size(); i++) {
      Sla s = RuleChecks.present(rs.slas().get(i), "$.slas[" + i + "]", "a service level");
      String p = "$.slas[" + i + "]";
      RuleChecks.id(s.id(), p + ".id");
      RuleChecks.present(s.kind(), p + ".kind", "a commitment kind");
      RuleChecks.present(s.owner(), p + ".owner", "the owning team");
      RuleChecks.positive(s.due(), p + ".due", "how soon the commitment is due");
      if (s.description() == null || s.description().isBlank()) {
        throw new InvalidRuleException(p + ".description", String.valueOf(s.description()), "a non-blank description");
      }
      if (out.put(s.id(), s) != null) {
        throw new InvalidRuleException(p + ".id", s.id(), "a service level id used only once");
      }
    }
    return out;
  }

  private static Map<String, Guardrail> guardrails(RuleSet rs) {
    Map<String, Guardrail> out = new TreeMap<>();
    for (int i = 0; i < rs.guardrails().size(); i++) {
      Guardrail g = RuleChecks.present(rs.guardrails().get(i), "$.guardrails[" + i + "]", "a guardrail");
      String p = "$.guardrails[" + i + "]";
      RuleChecks.id(g.id(), p + ".id");
      if (g.action() == null || g.action().isBlank()) {
        throw new InvalidRuleException(p + ".action", String.valueOf(g.action()), "a non-blank action such as goodwill-credit");
      }
      Money def = RuleChecks.present(g.defaultLimit(), p + ".defaultLimit", "a default limit such as {\"amount\": \"20\", \"currency\": \"EUR\"}");
      if (def.signum() < 0) {
        throw new InvalidRuleException(p + ".defaultLimit", def, "a limit >= 0");
      }
      for (Map.Entry<String, Money> e : new TreeMap<>(g.limitsByTier()).entrySet()) {
        String lp = p + ".limitsByTier." + e.getKey();
        if (!e.getValue().currency().equals(def.currency())) {
          throw new InvalidRuleException(lp, e.getValue(), "a limit in the default limit's currency " + def.currency());
        }
        if (e.getValue().signum() < 0) {
          throw new InvalidRuleException(lp, e.getValue(), "a limit >= 0");
        }
      }
      if (out.put(g.id(), g) != null) {
        throw new InvalidRuleException(p + ".id", g.id(), "a guardrail id used only once");
      }
    }
    return out;
  }

  private static Map<OfferId, CompiledAction> actions(RuleSet rs) {
    Map<OfferId, CompiledAction> out = new TreeMap<>();
    for (int i = 0; i < rs.actions().size(); i++) {
      String p = "$.actions[" + i + "]";
      ActionDefinition a = RuleChecks.present(rs.actions().get(i), p, "an action");
      RuleChecks.present(a.id(), p + ".id", "an action id");
      RuleChecks.present(a.kind(), p + ".kind", "one of [OFFER, SERVICE]");
      RuleChecks.present(a.purpose(), p + ".purpose", "one of [SERVICE, MARKETING, TRANSACTIONAL, RESEARCH]");
      if (a.channels().isEmpty()) {
        throw new InvalidRuleException(p + ".channels", "[]", "at least one channel the action can be delivered on");
      }
      RuleChecks.nonNegative(a.value(), p + ".value", "a finite value >= 0");
      RuleChecks.nonNegative(a.lever(), p + ".lever", "a finite business lever >= 0");
      if (!(a.propensity() >= 0 && a.propensity() <= 1)) {
        throw new InvalidRuleException(p + ".propensity", a.propensity(), "a probability in [0, 1]");
      }
      double score = rs.arbitration().score(a.propensity(), a.value(), a.lever());
      if (!Double.isFinite(score)) {
        throw new InvalidRuleException("$.arbitration", "weights giving " + a.id() + " the score " + score,
            "weights under which every action's arbitration score is a finite number");
      }
      if (a.validFrom().isPresent() && a.validUntil().isPresent() && !a.validUntil().get().isAfter(a.validFrom().get())) {
        throw new InvalidRuleException(p + ".validUntil", a.validUntil().get(), "an instant after validFrom " + a.validFrom().get());
      }
      if (a.maxPresentations().isPresent() != a.presentationWindow().isPresent()) {
        String missing = a.maxPresentations().isPresent() ? ".presentationWindow" : ".maxPresentations";
        throw new InvalidRuleException(p + missing, "absent", "maxPresentations and presentationWindow given together");
      }
      if (a.maxPresentations().isPresent()) {
        if (a.maxPresentations().get() < 1) {
          throw new InvalidRuleException(p + ".maxPresentations", a.maxPresentations().get(), "at least 1 presentation");
        }
        RuleChecks.positive(a.presentationWindow().get(), p + ".presentationWindow", "the window of maxPresentations");
      }
      if (a.coolDown().isPresent() && a.coolDown().get().compareTo(PolicySettings.BUILT_IN_COOL_DOWN) < 0) {
        throw new InvalidRuleException(p + ".coolDown", a.coolDown().get(),
            "a cool-down of at least " + PolicySettings.BUILT_IN_COOL_DOWN + " (a rule set may only make policies stricter)");
      }
      RuleChecks.topicsAndSelfService(a, rs, p);
      CompiledCondition eligibility = Conditions.compileOptional(a.eligibility(), p + ".eligibility");
      CompiledCondition applicability = Conditions.compileOptional(a.applicability(), p + ".applicability");
      CompiledCondition suitability = Conditions.compileOptional(a.suitability(), p + ".suitability");
      Optional<Template> template = a.message().map(m -> Template.parse(m, p + ".message"));
      if (out.put(a.id(), new CompiledAction(a, eligibility, applicability, suitability, template,
          Languages.templates(a, rs.language(), p))) != null) {
        throw new InvalidRuleException(p + ".id", a.id(), "an action id used only once");
      }
    }
    return out;
  }

  private static void policies(PolicySettings ps) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < ps.caps().size(); i++) {
      String p = "$.policies.caps[" + i + "]";
      CapPolicy c = RuleChecks.present(ps.caps().get(i), p, "a cap");
      RuleChecks.id(c.id(), p + ".id");
      if (c.max() < 0) {
        throw new InvalidRuleException(p + ".max", c.max(), "a count >= 0");
      }
      RuleChecks.positive(c.window(), p + ".window", "the cap's window");
      if (ids.put(c.id(), i) != null) {
        throw new InvalidRuleException(p + ".id", c.id(), "a policy id used only once");
      }
    }
    for (int i = 0; i < ps.quietHours().size(); i++) {
      String p = "$.policies.quietHours[" + i + "]";
      QuietHoursPolicy q = RuleChecks.present(ps.quietHours().get(i), p, "quiet hours");
      RuleChecks.id(q.id(), p + ".id");
      RuleChecks.present(q.start(), p + ".start", "a local time such as 21:00");
      RuleChecks.present(q.end(), p + ".end", "a local time such as 08:00");
      if (q.start().equals(q.end())) {
        throw new InvalidRuleException(p + ".end", q.end(), "a time different from start " + q.start());
      }
      if (ids.put(q.id(), i) != null) {
        throw new InvalidRuleException(p + ".id", q.id(), "a policy id used only once");
      }
    }
    for (String flag : ps.suppressionFlags()) {
      if (flag.isBlank()) {
        throw new InvalidRuleException("$.policies.suppressionFlags", flag, "non-blank flag names");
      }
    }
    if (ps.coolDown().isPresent() && ps.coolDown().get().compareTo(PolicySettings.BUILT_IN_COOL_DOWN) < 0) {
      throw new InvalidRuleException("$.policies.coolDown", ps.coolDown().get(),
          "a cool-down of at least " + PolicySettings.BUILT_IN_COOL_DOWN + " (a rule set may only make policies stricter)");
    }
    if (ps.detractorWindow().isPresent()
        && ps.detractorWindow().get().compareTo(PolicySettings.BUILT_IN_DETRACTOR_WINDOW) < 0) {
      throw new InvalidRuleException("$.policies.detractorWindow", ps.detractorWindow().get(),
          "a window of at least " + PolicySettings.BUILT_IN_DETRACTOR_WINDOW + " (a rule set may only make policies stricter)");
    }
    if (ps.householdSuppressionOff().isPresent() && ps.householdSuppressionOff().get().isBlank()) {
      throw new InvalidRuleException("$.policies.householdSuppressionOff", ps.householdSuppressionOff().get(),
          "the reason household suppression is turned off, in words");
    }
  }

  private static void arbitration(Arbitration a) {
    RuleChecks.nonNegative(a.propensityWeight(), "$.arbitration.propensityWeight", "a finite weight >= 0");
    RuleChecks.nonNegative(a.valueWeight(), "$.arbitration.valueWeight", "a finite weight >= 0");
    RuleChecks.nonNegative(a.leverWeight(), "$.arbitration.leverWeight", "a finite weight >= 0");
  }

  private static List<CompiledRule> rules(RuleSet rs, Map<OfferId, CompiledAction> actions, Map<String, Sla> slas,
      Map<String, Guardrail> guardrails) {
    Map<OfferId, Integer> actionIndex = new HashMap<>();
    for (OfferId id : actions.keySet()) {
      actionIndex.put(id, actionIndex.size());
    }
    Map<String, Integer> index = new HashMap<>();
    List<CompiledRule> compiled = new ArrayList<>();
    for (int i = 0; i < rs.rules().size(); i++) {
      String p = "$.rules[" + i + "]";
      Rule r = RuleChecks.present(rs.rules().get(i), p, "a rule");
      RuleChecks.id(r.id(), p + ".id");
      if (index.put(r.id(), i) != null) {
        throw new InvalidRuleException(p + ".id", r.id(), "a rule id used only once");
      }
      CompiledCondition when = Conditions.compile(r.when(), p + ".when");
      if (Conditions.truth(r.when()) == Conditions.Truth.NEVER) {
        throw new InvalidRuleException(p + ".when", r.id(),
            "a condition that can hold (this one never does, so the rule is unreachable)");
      }
      if (r.then().isEmpty()) {
        throw new InvalidRuleException(p + ".then", "[]", "at least one effect (propose, suppress, commit, escalate or allow)");
      }
      for (int k = 0; k < r.then().size(); k++) {
        effect(RuleChecks.present(r.then().get(k), p + ".then[" + k + "]", "an effect"), p + ".then[" + k + "]", actions, slas,
            guardrails);
      }
      compiled.add(new CompiledRule(r, when, actionIndex));
    }
    compiled.sort(Comparator.comparing(CompiledRule::rule, ORDER));
    CompiledRule blocker = null;
    for (CompiledRule c : compiled) {
      if (blocker != null) {
        throw new InvalidRuleException("$.rules[" + index.get(c.id()) + "]", c.id(),
            "a rule that can fire (rule '" + blocker.id() + "' comes first, always fires and is exclusive)");
      }
      if (c.exclusive() && Conditions.truth(c.rule().when()) == Conditions.Truth.ALWAYS) {
        blocker = c;
      }
    }
    return List.copyOf(compiled);
  }

  private static void effect(Effect e, String p, Map<OfferId, CompiledAction> actions, Map<String, Sla> slas,
      Map<String, Guardrail> guardrails) {
    int kinds = (e.propose().isPresent() ? 1 : 0) + (e.suppress().isPresent() ? 1 : 0) + (e.commit().isPresent() ? 1 : 0)
        + (e.escalate().isPresent() ? 1 : 0) + (e.allow().isPresent() ? 1 : 0);
    if (kinds != 1) {
      throw new InvalidRuleException(p, org.completecrm.core.json.CrmJson.write(e),
          "exactly one of propose, suppress, commit, escalate or allow");
    }
    if (e.propose().isPresent() && !actions.containsKey(e.propose().get())) {
      throw new InvalidRuleException(p + ".propose", e.propose().get(), "an action defined in $.actions " + ids(actions));
    }
    if (e.suppress().isPresent()) {
      if (!actions.containsKey(e.suppress().get())) {
        throw new InvalidRuleException(p + ".suppress", e.suppress().get(), "an action defined in $.actions " + ids(actions));
      }
      if (e.reason().map(String::isBlank).orElse(true)) {
        throw new InvalidRuleException(p + ".reason", e.reason().orElse("absent"), "a reason in plain words for the suppression");
      }
    } else if (e.reason().isPresent()) {
      throw new InvalidRuleException(p + ".reason", e.reason().get(), "a reason only with suppress");
    }
    if (e.commit().isPresent() && !slas.containsKey(e.commit().get())) {
      throw new InvalidRuleException(p + ".commit", e.commit().get(), "a service level defined in $.slas " + slas.keySet());
    }
    if (e.allow().isPresent() && !guardrails.containsKey(e.allow().get())) {
      throw new InvalidRuleException(p + ".allow", e.allow().get(), "a guardrail defined in $.guardrails " + guardrails.keySet());
    }
    if (e.after().isPresent()) {
      if (e.escalate().isEmpty()) {
        throw new InvalidRuleException(p + ".after", e.after().get(), "after only with escalate");
      }
      if (e.after().get().isNegative()) {
        throw new InvalidRuleException(p + ".after", e.after().get(), "a duration >= 0");
      }
    }
  }

  private static List<String> ids(Map<OfferId, CompiledAction> actions) {
    List<String> ids = new ArrayList<>();
    for (OfferId id : actions.keySet()) {
      ids.add(id.value());
      if (ids.size() == 10) {
        ids.add("...");
        break;
      }
    }
    return ids;
  }
}
