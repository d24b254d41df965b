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
    });
  }

  /**
   * Adding records in batches (any split, any order, some records sent again changed) gives the
   * clusters of one batch resolve of the final records with the same model, and customers that no
   * batch touched keep their ids.
   */
  @Test
  void addingRecordsIncrementallyGivesTheClustersOfResolvingEverythingAtOnce() {
    qt().withExamples(30).forAll(integers().between(2, 60), integers().between(1, 5), longs().all())
        .checkAssert((people, batches, seed) -> {
          List<SourceRecord> records = new ArrayList<>(PeopleGen.generate(people, seed).records());
          Random rnd = new Random(seed);
          Collections.shuffle(records, rnd);
          MatchModel model = Resolver.resolve(records, ResolverSettings.defaults(), AT).model();
          ResolverSettings settings = ResolverSettings.builder().model(model).build();
          int first = rnd.nextInt(records.size() + 1);
          MatchIndex index = MatchIndex.of(Resolver.resolve(records.subList(0, first), settings, AT));
          Map<SourceIdentity, SourceRecord> finalVersion = new java.util.TreeMap<>();
          records.subList(0, first).forEach(r -> finalVersion.put(r.identity(), r));
          int from = first;
          for (int b = 0; b < batches && from < records.size(); b++) {
            int to = b == batches - 1 ? records.size() : from + rnd.nextInt(records.size() - from + 1);
            List<SourceRecord> batch = new ArrayList<>(records.subList(from, to));
            if (!finalVersion.isEmpty() && rnd.nextBoolean()) {
              // a known record sent again without its phone and e-mail
              List<SourceIdentity> known = new ArrayList<>(finalVersion.keySet());
              SourceRecord old = finalVersion.get(known.get(rnd.nextInt(known.size())));
              Map<AttributeType, String> a = new java.util.EnumMap<>(AttributeType.class);
              a.putAll(old.attributes());
              a.remove(AttributeType.PHONE);
              a.remove(AttributeType.EMAIL);
              batch.add(SourceRecord.builder().from(old).attributes(a).build());
            }
            batch.forEach(r -> finalVersion.put(r.identity(), r));
            index.update(batch, AT.plusSeconds(60L * (b + 1)));
            from = to;
          }
          Resolution incremental = index.resolution();
          Resolution batch = Resolver.resolve(finalVersion.values(), settings, AT);
          assertEquals(partition(batch), partition(incremental));
          assertEquals(new ArrayList<>(finalVersion.values()), incremental.records());
          assertEquals(DecisionLog.replay(incremental.log()), ResolutionTest.sorted(incremental.clusters()));
        });
  }

  private static Set<Set<SourceIdentity>> partition(Resolution r) {
    Set<Set<SourceIdentity>> out = new HashSet<>();
    r.clusters().values().forEach(c -> out.add(new HashSet<>(c)));
    return out;
  }

  @Test
  void aSavedIndexReadsBackAndUpdatesLikeTheOriginal() throws java.io.IOException {
    List<SourceRecord> records = PeopleGen.generate(300, 5L).records();
    int cut = records.size() * 2 / 3;
    Resolution base = Resolver.resolve(records.subList(0, cut), ResolverSettings.defaults(), AT);
    MatchIndex index = MatchIndex.of(base);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    index.writeTo(bytes);
    MatchIndex read = MatchIndex.readFrom(new java.io.ByteArrayInputStream(bytes.toByteArray()), base);
    List<SourceRecord> rest = records.subList(cut, records.size());
    assertEquals(index.update(rest, AT), read.update(rest, AT));
    org.completecrm.core.InvalidValueException wrong = org.junit.jupiter.api.Assertions.assertThrows(
        org.completecrm.core.InvalidValueException.class,
        () -> MatchIndex.readFrom(new java.io.ByteArrayInputStream(new byte[] {0, 0, 0, 9}), base));
    assertEquals("MatchIndex.format", wrong.field());
    // an index of format 1 (other blocking keys) is refused with a typed error that says to rebuild it
    byte[] old = bytes.toByteArray().clone();
    old[3] = 1;
    org.completecrm.core.InvalidValueException formatOne = org.junit.jupiter.api.Assertions.assertThrows(
        org.completecrm.core.InvalidValueException.class,
        () -> MatchIndex.readFrom(new java.io.ByteArrayInputStream(old), base));
    assertEquals("MatchIndex.format", formatOne.field());
    org.junit.jupiter.api.Assertions.assertTrue(formatOne.getMessage().contains("rebuild"), formatOne::getMessage);
  }
}
