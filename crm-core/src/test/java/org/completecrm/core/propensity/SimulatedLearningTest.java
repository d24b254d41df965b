package org.completecrm.core.propensity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.completecrm.core.testing.PropensityWorld;
import org.completecrm.core.testing.PropensityWorld.Customer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Twelve simulated weeks in {@link PropensityWorld}: 10,000 customers, one decision each a week
 * among three offers by propensity times value, exploring in at most 10% of decisions, the model
 * learning from each week's outcomes. Measured on 20,000 fresh customers against the true model:
 * the propensities of the actions the learned model chooses (calibration error within 0.02, AUC
 * within 0.02 of the true model's on the same choices), and each action over all customers where
 * it has at least 10,000 outcomes. An action the policy rarely chooses learns less: in this world
 * "insurance" gets about 1,200 outcomes and ranks all customers with AUC 0.57 against the true
 * 0.63 (printed, not asserted).
 */
class SimulatedLearningTest {
  private static LearningCurve.Run run;
  private static List<Customer> fresh;

  @BeforeAll
  static void twelveWeeks() {
    run = LearningCurve.run(PropensityWorld.customers(10_000, 7), 12, new Exploration(0.1, 11), 13);
    fresh = PropensityWorld.customers(20_000, 8);
  }

  @Test
  void thePropensitiesDecisionsActOnAreCalibrated() {
    double[] predicted = new double[fresh.size()];
    double[] truth = new double[fresh.size()];
    for (int i = 0; i < fresh.size(); i++) {
      Customer c = fresh.get(i);
      double best = -1;
      for (int a = 0; a < PropensityWorld.OFFERS.size(); a++) {
        double p = run.model().estimate(PropensityWorld.OFFERS.get(a), PropensityWorld.CHANNEL, c.predictors()).probability();
        if (p * PropensityWorld.VALUES[a] > best) {
          best = p * PropensityWorld.VALUES[a];
          predicted[i] = p;
          truth[i] = c.truePropensity(a);
        }
      }
    }
    double ece = LearningCurve.ece(predicted, truth);
    double auc = LearningCurve.auc(predicted, truth);
    double trueAuc = LearningCurve.auc(truth, truth);
    String what = String.format(Locale.ROOT, "chosen actions: ECE %.4f, AUC %.4f, true AUC %.4f", ece, auc, trueAuc);
    System.out.println(what);
    assertTrue(ece <= 0.02, what);
    assertTrue(auc >= trueAuc - 0.02, what);
  }

  @Test
  void eachActionWithEnoughEvidenceRanksAllCustomersAlmostAsWellAsTheTrueModel() {
    for (int a = 0; a < PropensityWorld.OFFERS.size(); a++) {
      double[] predicted = new double[fresh.size()];
      double[] truth = new double[fresh.size()];
      for (int i = 0; i < fresh.size(); i++) {
        predicted[i] = run.model().estimate(PropensityWorld.OFFERS.get(a), PropensityWorld.CHANNEL,
            fresh.get(i).predictors()).probability();
        truth[i] = fresh.get(i).truePropensity(a);
      }
      double auc = LearningCurve.auc(predicted, truth);
      double trueAuc = LearningCurve.auc(truth, truth);
      String what = String.format(Locale.ROOT, "%s over all customers: ECE %.4f, AUC %.4f, true AUC %.4f, evidence %d",
          PropensityWorld.OFFERS.get(a).value(), LearningCurve.ece(predicted, truth), auc, trueAuc,
          run.model().evidenceOf(PropensityWorld.OFFERS.get(a), PropensityWorld.CHANNEL).get().outcomes().total());
      System.out.println(what);
      long evidence = run.model().evidenceOf(PropensityWorld.OFFERS.get(a), PropensityWorld.CHANNEL).get().outcomes().total();
      if (evidence >= 10_000) {
        assertTrue(auc >= trueAuc - 0.02, what);
      }
    }
  }

  @Test
  void theAdaptivePolicyEarnsMoreThanTheFixedPropensity() {
    System.out.printf(Locale.ROOT, "adaptive %.0f, fixed %.0f, explored %d of %d%n", run.adaptiveValue(),
        run.fixedValue(), run.explored(), run.decisions());
    assertTrue(run.adaptiveValue() > run.fixedValue());
  }

  @Test
  void explorationStaysUnderItsCap() {
    assertTrue(run.explored() <= 0.1 * run.decisions());
  }
}
