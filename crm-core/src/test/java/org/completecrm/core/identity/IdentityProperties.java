package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/** Invariants of identity resolution over generated people with duplicates (QuickTheories). */
class IdentityProperties {
  static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void resolutionIsDeterministicAndIndependentOfInputOrder() {
    qt().withExamples(25).forAll(integers().between(2, 60), longs().all()).checkAssert((people, seed) -> {
      List<SourceRecord> records = PeopleGen.generate(people, seed).records();
      List<SourceRecord> shuffled = new ArrayList<>(records);
      Collections.shuffle(shuffled, new Random(seed));
      Resolution a = Resolver.resolve(records, ResolverSettings.defaults(), AT);
      Resolution b = Resolver.resolve(shuffled, ResolverSettings.defaults(), AT);
      assertEquals(a, b);
    });
  }

  @Test
  void everyRecordIsInExactlyOneCustomerAndTheLogReplaysIntoTheClusters() {
    qt().withExamples(25).forAll(integers().between(1, 80), longs().all()).checkAssert((people, seed) -> {
      List<SourceRecord> records = PeopleGen.generate(people, seed).records();
      Resolution r = Resolver.resolve(records, ResolverSettings.defaults(), AT);
      Set<SourceIdentity> seen = new HashSet<>();
      int total = 0;
      for (Set<SourceIdentity> members : r.clusters().values()) {
        seen.addAll(members);
        total += members.size();
      }
      assertEquals(records.size(), total);
      assertEquals(records.size(), seen.size());
      records.forEach(x -> assertTrue(seen.contains(x.identity())));
      assertEquals(DecisionLog.replay(r.log()), ResolutionTest.sorted(r.clusters()));
    });
  }

  @Test
  void unmergeAfterMergeRestoresTheOriginalCustomersExactly() {
    qt().withExamples(25).forAll(integers().between(2, 40), longs().all()).checkAssert((people, seed) -> {
      Resolution r = Resolver.resolve(PeopleGen.generate(people, seed).records(), ResolverSettings.defaults(), AT);
      List<CustomerId> ids = new ArrayList<>(r.clusters().keySet());
      Collections.sort(ids);
      if (ids.size() < 2) {
        return;
      }
      Random rnd = new Random(seed);
      CustomerId a = ids.get(rnd.nextInt(ids.size()));
      CustomerId b = ids.get((ids.indexOf(a) + 1 + rnd.nextInt(ids.size() - 1)) % ids.size());
      Set<SourceIdentity> absorbed = r.clusters().get(b);
      Resolution merged = r.merge(a, b, "clerk", "property", AT);
      Resolution restored = merged.unmerge(a, absorbed, "clerk", "property", AT);
      assertEquals(r.clusters(), restored.clusters());
      assertEquals(r.records(), restored.records());
      for (CustomerId c : ids) {
        assertEquals(r.recordsOf(c), restored.recordsOf(c));
      }
      assertEquals(DecisionLog.replay(restored.log()), ResolutionTest.sorted(restored.clusters()));
    });
  }

  @Test
  void goldenRecordProvenanceAlwaysPointsToARecordOfTheCustomerHoldingThatValue() {
    qt().withExamples(25).forAll(integers().between(1, 60), longs().all()).checkAssert((people, seed) -> {
      Resolution r = Resolver.resolve(PeopleGen.generate(people, seed).records(), ResolverSettings.defaults(), AT);
      for (GoldenRecord g : r.goldenRecords()) {
        Set<SourceIdentity> members = r.clusters().get(g.customer());
        for (Map.Entry<AttributeType, SourceIdentity> e : g.provenance().entrySet()) {
          assertTrue(members.contains(e.getValue()));
          assertEquals(g.attributes().get(e.getKey()), r.record(e.getValue()).orElseThrow().get(e.getKey()).orElseThrow());
        }
      }
    });
  }

  @Test
  void incrementalUpdatesKeepEveryRecordOnceAndReplay() {
    qt().withExamples(20).forAll(integers().between(2, 50), longs().all()).checkAssert((people, seed) -> {
      List<SourceRecord> records = PeopleGen.generate(people, seed).records();
      int cut = records.size() / 2;
      Resolution first = Resolver.resolve(records.subList(0, cut), ResolverSettings.defaults(), AT);
      Resolution next = first.update(records.subList(cut, records.size()), AT.plusSeconds(60));
      assertEquals(records.size(), next.records().size());
      assertEquals(records.size(), next.clusters().values().stream().mapToInt(Set::size).sum());
      assertEquals(DecisionLog.replay(next.log()), ResolutionTest.sorted(next.clusters()));
      for (Map.Entry<CustomerId, Set<SourceIdentity>> e : first.clusters().entrySet()) {
        // an untouched customer keeps its id; a customer can only grow in an update
        CustomerId now = next.customerOf(e.getValue().iterator().next()).orElseThrow();
        assertTrue(next.clusters().get(now).containsAll(e.getValue()));
      }
    });
  }
}
