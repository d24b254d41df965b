package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.completecrm.core.testing.IdentityMetrics;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on 10,000 generated people with realistic duplicates ({@link PeopleGen}, seed 20261123),
 * with the model estimated by EM without labels. The figures are the ones in
 * docs/identity-resolution.md (pair precision 0.995, pair F1 0.976, exact-cluster F1 0.934); the
 * assertions hold pair precision to at least 0.99, pair F1 to 0.97 and exact-cluster F1 to 0.92.
 */
class IdentityAccuracyTest {
  @Test
  void resolvesTenThousandGeneratedPeopleWithPairPrecision099AndF1097() {
    PeopleGen.Labelled data = PeopleGen.generate(10_000, 20261123L);
    long t0 = System.nanoTime();
    Resolution r = Resolver.resolve(data.records(), ResolverSettings.defaults(), Instant.parse("2026-01-01T00:00:00Z"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    IdentityMetrics m = IdentityMetrics.of(r.clusters().values(), data.person());
    System.out.println("records=" + data.records().size() + " " + r.statistics() + " " + m + " in " + ms + " ms; " + r.model());
    assertTrue(m.pairF1() >= 0.97, m::toString);
    assertTrue(m.clusterF1() >= 0.92, m::toString);
    assertTrue(m.pairPrecision() >= 0.99, m::toString);
  }
}
