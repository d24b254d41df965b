package org.completecrm.analytics.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.experiment.ArmRole;
import org.junit.jupiter.api.Test;

class ExperimentAnalysisTest {
  private static List<UnitOutcome> arm(String name, ArmRole role, int n, int responders, double value) {
    List<UnitOutcome> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new UnitOutcome(name, role, i < responders, i < responders ? value : 0));
    }
    return out;
  }

  /**
   * Newcombe (1998), Table II, example (a): 56/70 against 48/80 gives a difference of 0.2000 with
   * the hybrid score interval 0.0524 to 0.3339.
   */
  @Test
  void theDifferenceIntervalIsNewcombesHybridScoreInterval() {
    List<UnitOutcome> all = new ArrayList<>(arm("new", ArmRole.CHALLENGER, 70, 56, 1));
    all.addAll(arm("old", ArmRole.CONTROL, 80, 48, 1));
    Uplift u = ExperimentAnalysis.analyse("x", all).uplifts().get(0);
    assertEquals(0.2, u.responseRate(), 1e-12);
    assertEquals(0.0524, u.responseInterval().low(), 5e-5);
    assertEquals(0.3339, u.responseInterval().high(), 5e-5);
  }

  /** Wilson (1927) as tabulated by Newcombe (1998, Table I): 81/263 gives 0.2553 to 0.3662. */
  @Test
  void theRateIntervalIsWilsons() {
    ConfidenceInterval w = ExperimentAnalysis.wilson(81, 263);
    assertEquals(0.2553, w.low(), 5e-5);
    assertEquals(0.3662, w.high(), 5e-5);
  }

  @Test
  void challengersAreMeasuredAgainstTheControlAndTheChampion() {
    List<UnitOutcome> all = new ArrayList<>(arm("champion", ArmRole.CHAMPION, 1000, 100, 50));
    all.addAll(arm("challenger", ArmRole.CHALLENGER, 1000, 150, 50));
    all.addAll(arm("control", ArmRole.CONTROL, 1000, 40, 50));
    ExperimentReport report = ExperimentAnalysis.analyse("autumn", all);
    assertEquals(List.of("challenger", "champion", "control"), report.arms().stream().map(ArmSummary::arm).toList());
    assertEquals(3, report.uplifts().size());
    Uplift vsChampion = report.uplifts().stream().filter(u -> u.against().equals("champion")).findFirst().orElseThrow();
    assertEquals(0.05, vsChampion.responseRate(), 1e-12);
    assertEquals(2.5, vsChampion.valuePerCustomer(), 1e-9);
    assertTrue(vsChampion.responseInterval().excludesZero());
    assertTrue(report.words().contains("challenger against champion: response rate +5.00 points"), report.words());
  }

  /** Fleiss (1981): 10% against 15% at alpha 0.05 and power 0.8 needs 686 per arm without continuity correction. */
  @Test
  void theSampleSizeFollowsFleiss() {
    assertEquals(686, SampleSize.perArm(0.10, 0.05, 0.05, 0.8));
    assertThrows(InvalidValueException.class, () -> SampleSize.perArm(0.1, 0, 0.05, 0.8));
  }

  @Test
  void anArmWithTwoRolesIsRefused() {
    List<UnitOutcome> all = new ArrayList<>(arm("a", ArmRole.CHAMPION, 2, 1, 1));
    all.addAll(arm("a", ArmRole.CONTROL, 2, 1, 1));
    assertThrows(InvalidValueException.class, () -> ExperimentAnalysis.analyse("x", all));
  }
}
