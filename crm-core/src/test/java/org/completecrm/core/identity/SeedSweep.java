package org.completecrm.core.identity;

import java.time.Instant;
import org.completecrm.core.testing.FebrlStyleGen;
import org.completecrm.core.testing.IdentityMetrics;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics, not part of the suite (the name matches no surefire include): accuracy of the
 * defaults on other seeds of both generators, so that a change is not judged on one draw. Run with
 * {@code -Dtest=SeedSweep} (docs/identity-resolution.md, Accuracy, "Other seeds").
 */
class SeedSweep {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void sweep() {
    for (long seed : new long[] {20261204L, 1L, 2L}) {
      PeopleGen.Labelled d = PeopleGen.harder(10_000, seed);
      print("harder " + seed, IdentityMetrics.of(Resolver.resolve(d.records(), ResolverSettings.defaults(), AT).clusters().values(), d.person()));
    }
    for (long seed : new long[] {20261204L, 20261206L, 3L, 5L}) {
      FebrlStyleGen.Labelled d = FebrlStyleGen.deduplication(2000, seed);
      print("dedup " + seed, IdentityMetrics.of(Resolver.resolve(d.records(), ResolverSettings.defaults(), AT).clusters().values(), d.person()));
    }
    for (long seed : new long[] {20261205L, 4L}) {
      FebrlStyleGen.Labelled d = FebrlStyleGen.linkage(5000, seed);
      print("linkage " + seed, IdentityMetrics.of(Resolver.resolve(d.records(), ResolverSettings.defaults(), AT).clusters().values(), d.person()));
    }
  }

  private static void print(String what, IdentityMetrics m) {
    System.out.println("SWEEP " + what + " " + m);
  }
}
