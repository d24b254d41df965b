package org.completecrm.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** Assignment to arms: deterministic, balanced within sampling error, households kept together. */
class ExperimentProperties {
  static Experiment threeArms(long seed) {
    return Experiment.builder().id("autumn").seed(seed).action(OfferId.of("savings"))
        .addArms(ExperimentArm.builder().name("champion").role(ArmRole.CHAMPION).share(0.45).variant("rules-v1").build(),
            ExperimentArm.builder().name("challenger").role(ArmRole.CHALLENGER).share(0.45).variant("rules-v2").build(),
            ExperimentArm.of("control", ArmRole.CONTROL, 0.10))
        .build();
  }

  @Test
  void assignmentIsDeterministicAndBalancedWithinSamplingError() {
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      Experiment e = threeArms(seed);
      Experiment again = CrmJson.read(CrmJson.write(e), Experiment.class);
      Map<String, Integer> counts = new HashMap<>();
      int n = 20_000;
      for (int i = 0; i < n; i++) {
        Assignment a = e.assign(CustomerId.of("c-" + i), Optional.empty());
        assertEquals(a, again.assign(CustomerId.of("c-" + i), Optional.empty()));
        counts.merge(a.arm(), 1, Integer::sum);
      }
      for (ExperimentArm arm : e.arms()) {
        double expected = n * arm.share();
        double sd = Math.sqrt(n * arm.share() * (1 - arm.share()));
        int got = counts.getOrDefault(arm.name(), 0);
        assertTrue(Math.abs(got - expected) <= 4.5 * sd, arm.name() + ": " + got + " of " + n);
      }
    });
  }

  @Test
  void membersOfAHouseholdShareTheirArm() {
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      Experiment e = threeArms(seed);
      for (int h = 0; h < 200; h++) {
        Optional<HouseholdId> household = Optional.of(HouseholdId.of("h-" + h));
        assertEquals(e.assign(CustomerId.of("a-" + h), household), e.assign(CustomerId.of("b-" + h), household));
      }
    });
  }

  @Test
  void badExperimentsAreRefused() {
    assertThrows(InvalidValueException.class, () -> Experiment.builder().id("x").seed(1)
        .addArms(ExperimentArm.of("a", ArmRole.CHAMPION, 0.5), ExperimentArm.of("b", ArmRole.CONTROL, 0.4)).build());
    assertThrows(InvalidValueException.class, () -> Experiment.builder().id("x").seed(1)
        .addArms(ExperimentArm.of("a", ArmRole.CHAMPION, 0.5), ExperimentArm.of("b", ArmRole.CONTROL, 0.5)).build());
  }
}
