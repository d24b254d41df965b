package org.completecrm.rules.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.experiment.Assignment;
import org.completecrm.core.experiment.Experiment;
import org.completecrm.core.experiment.ExperimentArm;
import org.completecrm.core.Checks;
import org.completecrm.core.propensity.AdaptiveModel;
import org.completecrm.core.propensity.Exploration;
import org.completecrm.core.propensity.PropensityEstimate;
import org.completecrm.core.propensity.ViewPredictors;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.PropensityNote;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * Decisions with adaptive propensities and experiments: an immutable setup (the champion rule
 * set, the models, the exploration and optionally an experiment with a rule set per arm) that
 * decides like {@link Decisions#decide} and records what it learned from.
 *
 * <p>Where the rule set in force names a model ({@link RuleSet#propensityModel()}), every action's
 * propensity is the model's estimate for the customer's scores on the action's best channel (the
 * {@code propensity.<id>} score a host could give is replaced), or a Thompson sample when the
 * decision explores ({@link Exploration}, keyed by customer and instant); the decision lists a
 * {@link PropensityNote} per candidate. In an experiment the customer's arm (by household) picks the
 * rule set: a champion or challenger arm runs its variant, the control arm runs the champion with
 * the experimented action suppressed by a first rule, so the control group is never contacted with
 * it; the decision records the {@link Assignment}.
 */
public final class AdaptiveDecisions {
  private final RuleSet champion;
  private final Map<String, AdaptiveModel> models;
  private final Exploration exploration;
  private final Optional<Experiment> experiment;
  private final Map<String, RuleSet> byArm;

  private AdaptiveDecisions(RuleSet champion, Map<String, AdaptiveModel> models, Exploration exploration,
      Optional<Experiment> experiment, Map<String, RuleSet> byArm) {
    this.champion = champion;
    this.models = models;
    this.exploration = exploration;
    this.experiment = experiment;
    this.byArm = byArm;
  }

  /** Decisions under {@code champion} with the given models (by name) and exploration. */
  public static AdaptiveDecisions of(RuleSet champion, Collection<AdaptiveModel> models, Exploration exploration) {
    Checks.present(champion, "AdaptiveDecisions.champion");
    Checks.noNulls(Checks.present(models, "AdaptiveDecisions.models"), "AdaptiveDecisions.models");
    Checks.present(exploration, "AdaptiveDecisions.exploration");
    Map<String, AdaptiveModel> byName = new HashMap<>();
    for (AdaptiveModel m : models) {
      if (byName.put(m.name(), m) != null) {
        throw new InvalidValueException("AdaptiveDecisions.models", m.name(), "one model per name");
      }
    }
    checkModel(champion, byName);
    return new AdaptiveDecisions(champion, Map.copyOf(byName), exploration, Optional.empty(), Map.of());
  }

  /**
   * The same decisions inside {@code experiment}: each champion or challenger arm runs the rule set
   * its variant names in {@code variants} (the champion rule set when it names none), the control
   * arm the champion with the experimented action suppressed.
   */
  public AdaptiveDecisions inExperiment(Experiment experiment, Map<String, RuleSet> variants) {
    Checks.present(experiment, "AdaptiveDecisions.experiment");
    Checks.noNulls(Checks.present(variants, "AdaptiveDecisions.variants"), "AdaptiveDecisions.variants");
    Map<String, RuleSet> arms = new HashMap<>();
    for (ExperimentArm arm : experiment.arms()) {
      RuleSet rules;
      if (arm.variant().isPresent()) {
        rules = variants.get(arm.variant().get());
        if (rules == null) {
          throw new InvalidValueException("AdaptiveDecisions.variants", arm.variant().get(),
              "a rule set for the variant of arm " + arm.name() + " among " + variants.keySet());
        }
      } else {
        rules = champion;
      }
      if (arm.role() == org.completecrm.core.experiment.ArmRole.CONTROL) {
        rules = withholding(rules, experiment);
      }
      checkModel(rules, models);
      arms.put(arm.name(), rules);
    }
    return new AdaptiveDecisions(champion, models, exploration, Optional.of(experiment), Map.copyOf(arms));
  }

  private static RuleSet withholding(RuleSet rules, Experiment experiment) {
    String action = experiment.action().orElseThrow().value();
    int top = rules.rules().stream().mapToInt(Rule::priority).max().orElse(0);
    Rule control = Rule.builder().id("experiment." + experiment.id() + ".control")
        .priority(top == Integer.MAX_VALUE ? top : top + 1)
        .description("the control group of experiment " + experiment.id() + " is kept from " + action)
        .when(Condition.alwaysTrue())
        .addThen(Effect.suppress(action, "control group of experiment " + experiment.id()))
        .build();
    List<Rule> all = new ArrayList<>();
    all.add(control);
    all.addAll(rules.rules());
    return RuleSet.builder().from(rules).rules(all).build();
  }

  private static void checkModel(RuleSet rules, Map<String, AdaptiveModel> models) {
    rules.propensityModel().ifPresent(name -> {
      if (!models.containsKey(name)) {
        throw new InvalidValueException("RuleSet.propensityModel", name, "one of the models given " + models.keySet());
      }
    });
  }

  /** The decision for {@code event} about the customer of {@code view} at {@code at}. */
  public Decision decide(DecisionEvent event, CustomerView view, Scores scores, Instant at) {
    Checks.present(view, "AdaptiveDecisions.view");
    Checks.present(scores, "AdaptiveDecisions.scores");
    Checks.present(at, "AdaptiveDecisions.at");
    Optional<Assignment> assignment = experiment.map(e -> e.assign(view.customer().id(), view.household()));
    RuleSet rules = assignment.map(a -> byArm.get(a.arm())).orElse(champion);
    Optional<AdaptiveModel> model = rules.propensityModel().map(models::get);
    Map<String, PropensityNote> notes = new HashMap<>();
    Scores used = scores;
    if (model.isPresent()) {
      String key = view.customer().id().value() + "@" + at;
      boolean explores = exploration.explores(key);
      var withModel = Scores.builder().from(scores);
      Scores predictors = ViewPredictors.of(view, scores);
      for (ActionDefinition a : rules.actions()) {
        PropensityEstimate best = null;
        for (Channel c : a.channels()) {
          PropensityEstimate e = model.get().estimate(a.id(), c, predictors);
          if (best == null || e.probability() > best.probability()
              || (e.probability() == best.probability() && c.compareTo(best.channel()) < 0)) {
            best = e;
          }
        }
        if (best == null) {
          continue;
        }
        double p = exploration.propensity(best, key);
        withModel.putValues(Scores.propensityOf(a.id().value()), p);
        notes.put(a.id().value(), new PropensityNote(a.id(), best.channel(), best.modelName(), best.modelVersion(),
            best.probability(), p, explores, best.evidence(), best.mainContributions(3)));
      }
      used = withModel.build();
    }
    Decision decision = Decisions.decide(event, view, used, rules, at);
    if (notes.isEmpty() && assignment.isEmpty()) {
      return decision;
    }
    List<PropensityNote> recorded = new ArrayList<>();
    for (CandidateOutcome c : decision.candidates()) {
      PropensityNote n = notes.get(c.action().value());
      if (n != null) {
        recorded.add(n);
      }
    }
    return Decision.builder().from(decision).propensities(recorded).experiment(assignment).build();
  }
}
