package org.completecrm.analytics.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.completecrm.core.OfferId;
import org.completecrm.core.experiment.ArmRole;
import org.completecrm.core.experiment.Assignment;
import org.completecrm.core.experiment.Experiment;
import org.completecrm.core.experiment.ExperimentArm;
import org.completecrm.core.testing.PropensityWorld;
import org.completecrm.core.testing.PropensityWorld.Customer;
import org.junit.jupiter.api.Test;

/**
 * 500 simulated experiments in {@link PropensityWorld}: each draws 3,000 fresh customers, assigns
 * their households half to a treated arm (contacted with "savings") and half to a control group
 * (not contacted), draws who takes the offer from the true probabilities, and computes the uplift's
 * 95% interval. The true uplift is the mean over the world's customers of the contacted minus the
 * uncontacted probability (400,000 customers, so its own error is about 0.0003).
 */
class ExperimentCoverageTest {
  private static final int SAVINGS = 1;

  @Test
  void ninetyFivePercentIntervalsCoverTheTrueUpliftNinetyFivePercentOfTheTime() {
    double truth = 0;
    List<Customer> world = PropensityWorld.customers(400_000, 99);
    for (Customer c : world) {
      truth += c.truePropensity(SAVINGS) - c.trueBaseline(SAVINGS);
    }
    truth /= world.size();
    int covered = 0;
    int experiments = 500;
    for (int e = 0; e < experiments; e++) {
      Experiment experiment = Experiment.builder().id("savings-contact").seed(e).action(OfferId.of("savings"))
          .addArms(ExperimentArm.of("treated", ArmRole.CHAMPION, 0.5), ExperimentArm.of("control", ArmRole.CONTROL, 0.5))
          .build();
      SplittableRandom r = new SplittableRandom(1_000 + e);
      List<UnitOutcome> outcomes = new ArrayList<>();
      for (Customer c : PropensityWorld.customers(3_000, 10_000 + e)) {
        Assignment a = experiment.assign(c.id(), Optional.of(c.household()));
        double p = a.isControl() ? c.trueBaseline(SAVINGS) : c.truePropensity(SAVINGS);
        boolean responded = r.nextDouble() < p;
        outcomes.add(new UnitOutcome(a.arm(), a.role(), responded, responded ? PropensityWorld.VALUES[SAVINGS] : 0));
      }
      Uplift uplift = ExperimentAnalysis.analyse("savings-contact", outcomes).uplifts().get(0);
      covered += uplift.responseInterval().contains(truth) ? 1 : 0;
    }
    double coverage = covered / (double) experiments;
    System.out.printf("true uplift %.4f, coverage %.3f%n", truth, coverage);
    assertTrue(coverage >= 0.93 && coverage <= 0.97, "coverage " + coverage);
  }
}
