package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.completecrm.core.testing.FebrlStyleGen;
import org.completecrm.core.testing.IdentityMetrics;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on data the resolver was not tuned on: {@link FebrlStyleGen}, an independent generator
 * in the shape of the FEBRL benchmark data (another typing-error model, other value
 * frequencies, no e-mail or phone), resolved with the default settings and no labels.
 */
class FebrlStyleAccuracyTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void deduplicatesAFileWithUpToFiveDuplicatesPerPerson() {
    FebrlStyleGen.Labelled data = FebrlStyleGen.deduplication(2000, 20261204L);
    Resolution r = Resolver.resolve(data.records(), ResolverSettings.defaults(), AT);
    IdentityMetrics m = IdentityMetrics.of(r.clusters().values(), data.person());
    System.out.println("FEBRL-style dedup: records=" + data.records().size() + " " + r.statistics() + " " + m);
    assertTrue(m.pairPrecision() >= 0.99, m::toString);
    assertTrue(m.pairF1() >= 0.98, m::toString);
  }

  @Test
  void linksTwoFilesOfTheSamePeople() {
    FebrlStyleGen.Labelled data = FebrlStyleGen.linkage(5000, 20261205L);
    Resolution r = Resolver.resolve(data.records(), ResolverSettings.defaults(), AT);
    IdentityMetrics m = IdentityMetrics.of(r.clusters().values(), data.person());
    System.out.println("FEBRL-style linkage: records=" + data.records().size() + " " + r.statistics() + " " + m);
    assertTrue(m.pairPrecision() >= 0.99, m::toString);
    assertTrue(m.pairF1() >= 0.98, m::toString);
  }
}
