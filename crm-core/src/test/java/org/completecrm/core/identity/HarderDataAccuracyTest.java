package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.completecrm.core.testing.IdentityMetrics;
import org.completecrm.core.testing.PeopleGen;
import org.completecrm.core.testing.PeopleGen.Corruption;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the harder generated data ({@link PeopleGen#harder}, 10,000 people, seed 20261204:
 * up to five duplicates per person, typing errors in national ids and birth dates, swapped days
 * and months and swapped names), with the model estimated by EM without labels, and per kind of
 * corruption: the recall of the true pairs with a record so corrupted, and the precision of the
 * predicted pairs with one. The figures are in docs/identity-resolution.md.
 */
class HarderDataAccuracyTest {
  @Test
  void resolvesTenThousandPeopleWithUpToFiveDuplicatesAndReportsEachCorruption() {
    PeopleGen.Labelled data = PeopleGen.harder(10_000, 20261204L);
    Resolution r = Resolver.resolve(data.records(), ResolverSettings.defaults(), Instant.parse("2026-01-01T00:00:00Z"));
    IdentityMetrics m = IdentityMetrics.of(r.clusters().values(), data.person());
    System.out.println("harder: records=" + data.records().size() + " " + r.statistics() + " " + m);
    Map<Corruption, long[]> counts = perCorruption(r, data);
    System.out.println("| corruption | records | true pairs | recall | predicted pairs | precision |");
    counts.forEach((k, c) -> System.out.printf(Locale.ROOT, "| %s | %d | %d | %.4f | %d | %.4f |%n", k, c[4], c[0],
        c[0] == 0 ? 1 : (double) c[1] / c[0], c[2], c[2] == 0 ? 1 : (double) c[3] / c[2]));
    assertTrue(m.pairPrecision() >= 0.99, m::toString);
    assertTrue(m.pairF1() >= 0.98, m::toString);
    assertTrue(m.clusterF1() >= 0.95, m::toString);
  }

  /** Per corruption: true pairs, of them found, predicted pairs, of them true, records. */
  static Map<Corruption, long[]> perCorruption(Resolution r, PeopleGen.Labelled data) {
    Map<Corruption, long[]> out = new EnumMap<>(Corruption.class);
    for (Corruption k : Corruption.values()) {
      out.put(k, new long[5]);
    }
    Map<Integer, List<SourceIdentity>> byPerson = new HashMap<>();
    data.person().forEach((s, p) -> byPerson.computeIfAbsent(p, x -> new java.util.ArrayList<>()).add(s));
    data.corruptions().forEach((s, ks) -> ks.forEach(k -> out.get(k)[4]++));
    for (List<SourceIdentity> g : byPerson.values()) {
      for (int a = 0; a < g.size(); a++) {
        for (int b = a + 1; b < g.size(); b++) {
          boolean found = r.customerOf(g.get(a)).equals(r.customerOf(g.get(b)));
          for (Corruption k : union(data, g.get(a), g.get(b))) {
            out.get(k)[0]++;
            out.get(k)[1] += found ? 1 : 0;
          }
        }
      }
    }
    for (Set<SourceIdentity> c : r.clusters().values()) {
      List<SourceIdentity> l = List.copyOf(c);
      for (int a = 0; a < l.size(); a++) {
        for (int b = a + 1; b < l.size(); b++) {
          boolean right = data.person().get(l.get(a)).equals(data.person().get(l.get(b)));
          for (Corruption k : union(data, l.get(a), l.get(b))) {
            out.get(k)[2]++;
            out.get(k)[3] += right ? 1 : 0;
          }
        }
      }
    }
    return out;
  }

  private static Set<Corruption> union(PeopleGen.Labelled data, SourceIdentity a, SourceIdentity b) {
    Set<Corruption> u = java.util.EnumSet.noneOf(Corruption.class);
    u.addAll(data.corruptions().get(a));
    u.addAll(data.corruptions().get(b));
    return u;
  }
}
