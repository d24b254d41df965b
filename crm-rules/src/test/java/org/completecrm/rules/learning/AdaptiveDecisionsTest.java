package org.completecrm.rules.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.experiment.ArmRole;
import org.completecrm.core.experiment.Experiment;
import org.completecrm.core.experiment.ExperimentArm;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.propensity.AdaptiveModel;
import org.completecrm.core.propensity.Exploration;
import org.completecrm.core.propensity.Outcome;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.PropensityNote;
import org.completecrm.rules.explain.Ranking;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.fixtures.SampleRules;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/** Decisions on an adaptive model and inside an experiment, for Ana's inbound call. */
class AdaptiveDecisionsTest {
  static final OfferId ISA = OfferId.of("isa-top-up");
  static final OfferId SWITCH = OfferId.of("premium-fund-switch");
  static final RuleSet RULES = RuleSet.builder().from(SampleRules.contactCentre()).propensityModel("propensity").build();

  /** A model that has seen gold customers take the ISA top-up by e-mail one time in two. */
  static AdaptiveModel learned() {
    List<Outcome> outcomes = new ArrayList<>();
    Scores gold = Scores.builder().putLabels(Scores.VALUE_TIER, "gold").build();
    Scores bronze = Scores.builder().putLabels(Scores.VALUE_TIER, "bronze").build();
    for (int i = 0; i < 500; i++) {
      outcomes.add(Outcome.of(ISA, Channel.EMAIL, i % 2 == 0 ? OfferResponse.ACCEPTED : OfferResponse.IGNORED, gold));
      outcomes.add(Outcome.of(ISA, Channel.EMAIL, i % 20 == 0 ? OfferResponse.ACCEPTED : OfferResponse.IGNORED, bronze));
    }
    return AdaptiveModel.standardPrior().learn(outcomes);
  }

  @Test
  void arbitrationUsesTheNamedModelAndTheDecisionSaysWhy() {
    AdaptiveDecisions decisions = AdaptiveDecisions.of(RULES, List.of(learned()), Exploration.none());
    Decision d = decisions.decide(DecisionEvent.inboundCall(), Customers.anaAt(Customers.NOW), Customers.anasScores(),
        Customers.NOW);
    PropensityNote isa = d.propensities().stream().filter(n -> n.action().equals(ISA)).findFirst().orElseThrow();
    assertEquals("propensity", isa.model());
    assertEquals(1, isa.modelVersion());
    assertEquals(Channel.EMAIL, isa.channel());
    assertTrue(isa.estimate() > 0.3, isa.because());
    assertEquals(isa.estimate(), isa.propensity());
    assertTrue(isa.because().contains("likely to accept because of valueTier = gold"), isa.because());
    CandidateOutcome ranked = d.candidates().stream().filter(c -> c.action().equals(ISA)).findFirst().orElseThrow();
    double used = ranked.trail().stream().filter(r -> r instanceof Ranking).mapToDouble(r -> ((Ranking) r).propensity())
        .findFirst().orElseThrow();
    assertEquals(isa.propensity(), used, 1e-12);
    assertEquals(d, CrmJson.read(CrmJson.write(d), Decision.class));
    assertTrue(d.experiment().isEmpty());
  }

  @Test
  void withoutAModelNamedTheDecisionIsTheOrdinaryOne() {
    AdaptiveDecisions decisions = AdaptiveDecisions.of(SampleRules.contactCentre(), List.of(learned()), Exploration.none());
    CustomerView ana = Customers.anaAt(Customers.NOW);
    assertEquals(org.completecrm.rules.Decisions.decide(DecisionEvent.inboundCall(), ana, Customers.anasScores(),
            SampleRules.contactCentre(), Customers.NOW),
        decisions.decide(DecisionEvent.inboundCall(), ana, Customers.anasScores(), Customers.NOW));
  }

  static Experiment experiment(long seed) {
    return Experiment.builder().id("isa-autumn").seed(seed).action(ISA)
        .addArms(ExperimentArm.of("champion", ArmRole.CHAMPION, 0.45),
            ExperimentArm.builder().name("challenger").role(ArmRole.CHALLENGER).share(0.45).variant("no-model").build(),
            ExperimentArm.of("control", ArmRole.CONTROL, 0.10))
        .build();
  }

  @Test
  void theControlGroupIsNeverContactedWithTheExperimentedActionAndEveryDecisionRecordsItsArm() {
    CustomerView ana = Customers.anaAt(Customers.NOW);
    int[] controls = new int[1];
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      AdaptiveDecisions decisions = AdaptiveDecisions.of(RULES, List.of(learned()), new Exploration(0.5, seed))
          .inExperiment(experiment(seed), Map.of("no-model", SampleRules.contactCentre()));
      Decision d = decisions.decide(DecisionEvent.inboundCall(), ana, Customers.anasScores(), Customers.NOW);
      String arm = d.experiment().orElseThrow().arm();
      assertEquals(experiment(seed).assign(ana.customer().id(), ana.household()).arm(), arm);
      if (arm.equals("control")) {
        controls[0]++;
        assertFalse(d.actions().stream().anyMatch(a -> a.action().equals(ISA)), d.summary());
        assertTrue(d.rulesFired().contains("experiment.isa-autumn.control"));
      }
      assertEquals(arm.equals("challenger"), d.propensities().isEmpty());
    });
    assertTrue(controls[0] > 0, "some decisions fell in the control group");
  }

  @Test
  void aModelOrVariantTheSetupLacksIsRefused() {
    assertThrows(InvalidValueException.class, () -> AdaptiveDecisions.of(RULES, List.of(), Exploration.none()));
    assertThrows(InvalidValueException.class, () -> AdaptiveDecisions.of(RULES, List.of(learned()), Exploration.none())
        .inExperiment(experiment(1), Map.of()));
  }

  @Test
  void aModelOverTheViewLearnsThatCustomersWithAnOpenComplaintRarelyAccept() {
    List<org.completecrm.core.propensity.Predictor> predictors = new ArrayList<>(AdaptiveModel.standardPredictors());
    predictors.addAll(org.completecrm.core.propensity.ViewPredictors.PREDICTORS);
    List<Outcome> outcomes = new ArrayList<>();
    Scores complaint = Scores.builder().putLabels("view.openComplaint", "yes").build();
    Scores content = Scores.builder().putLabels("view.openComplaint", "no").build();
    for (int i = 0; i < 500; i++) {
      outcomes.add(Outcome.of(ISA, Channel.EMAIL, i % 25 == 0 ? OfferResponse.ACCEPTED : OfferResponse.IGNORED, complaint));
      outcomes.add(Outcome.of(ISA, Channel.EMAIL, i % 3 == 0 ? OfferResponse.ACCEPTED : OfferResponse.IGNORED, content));
    }
    AdaptiveModel model = AdaptiveModel.prior("propensity", predictors, 0.1, 10).learn(outcomes);
    CustomerView ana = Customers.anaAt(Customers.NOW);
    Scores seen = org.completecrm.core.propensity.ViewPredictors.of(ana, Customers.anasScores());
    assertEquals("yes", seen.labels().get("view.openComplaint"));
    assertEquals(0.0, seen.values().get("view.purchases"));
    Decision d = AdaptiveDecisions.of(RULES, List.of(model), Exploration.none())
        .decide(DecisionEvent.inboundCall(), ana, Customers.anasScores(), Customers.NOW);
    PropensityNote isa = d.propensities().stream().filter(n -> n.action().equals(ISA)).findFirst().orElseThrow();
    Scores withoutComplaint = Scores.builder().from(seen).putLabels("view.openComplaint", "no").build();
    double contentRate = model.estimate(ISA, Channel.EMAIL, withoutComplaint).probability();
    assertTrue(isa.estimate() * 2 < contentRate, isa.because() + " against " + contentRate);
    assertTrue(isa.because().contains("less likely because of view.openComplaint = yes"), isa.because());
  }
}
