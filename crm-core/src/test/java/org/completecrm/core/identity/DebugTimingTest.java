package org.completecrm.core.identity;

import java.time.Instant;
import java.util.*;
import org.completecrm.core.testing.IdentityMetrics;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

class DebugTimingTest {
  @Test
  void thresholds() {
    PeopleGen.Labelled data = PeopleGen.generate(10_000, 20261123L);
    for (double t : new double[] {0.5}) {
      Resolution r = Resolver.resolve(data.records(), ResolverSettings.builder().matchProbability(t).possibleMatchProbability(Math.min(t, 0.05)).build(), Instant.EPOCH);
      System.out.println(t + " " + IdentityMetrics.of(r.clusters().values(), data.person()) + " refusals " + r.statistics().guardRefusals());
    }
  }
}
