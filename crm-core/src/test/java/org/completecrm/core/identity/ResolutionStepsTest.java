package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * The resolution done step by step with {@link ResolutionSteps} alone, as a distributed engine
 * does it (blocks, pairs of blocks within the limit, patterns, the model from counts, the pairs
 * that the clustering takes as matched, their connected components, each component resolved alone), equals
 * {@link Resolver#resolve} of all records at once.
 */
class ResolutionStepsTest {
  private static final Instant AT = Instant.parse("2026-12-06T00:00:00Z");

  @Test
  void stepByStepEqualsTheSingleMachineResolve() {
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(1_500, 20261206L).records());
    Collections.shuffle(records, new Random(3L));
    assertSame(records, ResolverSettings.defaults(), false);
  }

  /**
   * Components resolved from records made when asked (as a task that keeps a large component in
   * compact form does) give the single machine's result too, each record asked for at most twice
   * (to standardise it, and for its customer's golden record).
   */
  @Test
  void componentsOfRecordsMadeWhenAskedEqualTheSingleMachineResolve() {
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(1_500, 20261207L).records());
    Collections.shuffle(records, new Random(5L));
    assertSame(records, ResolverSettings.defaults(), true);
  }

  /**
   * As above, with each component's standardised values given (as a distributed engine that
   * standardised every record once ships them): each record is asked for once only, for its
   * customer's golden record.
   */
  @Test
  void componentsWithTheirStandardisedValuesGivenEqualTheSingleMachineResolve() {
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(1_500, 20261208L).records());
    Collections.shuffle(records, new Random(6L));
    assertSame(records, ResolverSettings.defaults(), STANDARDISED_GIVEN);
    ResolutionSteps.StandardisedRows one = ResolutionSteps.StandardisedRows.ofSize(1);
    assertThrows(InvalidValueException.class, () -> ResolutionSteps.resolveComponent(
        List.of(records.get(0).identity(), records.get(1).identity()), one, records::get, new long[0],
        MatchModel.typical(), ResolverSettings.defaults(), g -> { }));
  }

  /** {@link #steps} with each component's standardised values given to the step. */
  private static final int STANDARDISED_GIVEN = 2;

  /**
   * As above, with each matched pair's agreement pattern given too (as a distributed engine that
   * compared every candidate pair once ships a matched pair's pattern with it): the pairs are not
   * compared again, and the result is the single machine's. One pattern per pair or refused.
   */
  @Test
  void componentsWithTheirPatternsGivenEqualTheSingleMachineResolve() {
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(1_500, 20261209L).records());
    Collections.shuffle(records, new Random(7L));
    assertSame(records, ResolverSettings.defaults(), PATTERNS_GIVEN);
    List<SourceRecord> two = List.of(records.get(0), records.get(1));
    assertThrows(InvalidValueException.class, () -> ResolutionSteps.resolveComponent(
        two.stream().map(SourceRecord::identity).toList(), ResolutionSteps.standardise(two), two::get, new long[] {1L},
        new int[0], MatchModel.typical(), ResolverSettings.defaults(), g -> { }));
  }

  /** {@link #steps} with each component's standardised values and each pair's pattern given to the step. */
  private static final int PATTERNS_GIVEN = 3;

  /** A small block limit skips many blocks: the steps skip the same ones. */
  @Test
  void theBlockLimitIsAppliedAsTheSingleMachineAppliesIt() {
    List<SourceRecord> records = PeopleGen.generate(1_000, 11L).records();
    assertSame(records, ResolverSettings.builder().maxBlockSize(3).build(), false);
  }

  /** {@link ResolutionSteps#matched} takes exactly the pairs that the resolver's clustering takes as edges. */
  @Test
  void matchedPairsAreTheClusteringsEdges() {
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(1_500, 7L).records());
    records.sort(java.util.Comparator.comparing(SourceRecord::identity));
    ResolverSettings settings = ResolverSettings.defaults();
    MatchModel model = Resolver.resolve(records, settings, AT).model();
    Prepared p = Prepared.of(records);
    long[] pairs = Blocking.candidates(p, settings.maxBlockSize()).pairs();
    int[] patterns = new int[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      patterns[k] = p.compare((int) (pairs[k] >>> 32), (int) pairs[k]);
    }
    p.adjustedBy(model);
    Resolver.Clustered clustered = Resolver.cluster(p, pairs, patterns, model, settings, records, List.of());
    List<ResolutionSteps.Standardised> std = records.stream().map(ResolutionSteps::standardise).toList();
    boolean[] rules = ResolutionSteps.rules(std, pairs, settings);
    double threshold = Resolver.logit(settings.matchProbability());
    int matched = 0;
    int adjusted = 0;
    for (int k = 0; k < pairs.length; k++) {
      ResolutionSteps.Standardised a = std.get((int) (pairs[k] >>> 32));
      ResolutionSteps.Standardised b = std.get((int) pairs[k]);
      String given = ResolutionSteps.exactName(false, a, b, patterns[k]);
      String family = ResolutionSteps.exactName(true, a, b, patterns[k]);
      boolean edge = ResolutionSteps.matched(patterns[k], rules[k], given, family, model, settings);
      boolean evidence = Resolver.enoughEvidence(p, (int) (pairs[k] >>> 32), (int) pairs[k], patterns[k], model, threshold);
      assertEquals(rules[k] || clustered.logOdds()[k] >= threshold && evidence, edge, "edge of pair " + k);
      matched += edge ? 1 : 0;
      adjusted += given.isEmpty() && family.isEmpty() ? 0 : 1;
    }
    assertEquals(clustered.edges(), matched, "edges");
    assertTrue(adjusted > 0 && matched > 0 && matched < pairs.length, "pairs adjusted, matched and not matched");
  }

  /**
   * The many-record forms ({@link ResolutionSteps.StandardisedRows}) give what the one-record
   * forms give: standardised values, blocks, patterns, rules and exact names, also when rows are
   * set over rows of an earlier batch, as a distributed engine sets batches of shipped records.
   */
  @Test
  void manyRecordsAtOnceGiveWhatOneRecordAtATimeGives() {
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(400, 12L).records());
    Collections.shuffle(records, new Random(4L));
    ResolverSettings settings = ResolverSettings.defaults();
    ResolutionSteps.StandardisedRows rows = ResolutionSteps.standardise(records);
    List<ResolutionSteps.Standardised> one = records.stream().map(ResolutionSteps::standardise).toList();
    assertEquals(records.size(), rows.size(), "rows");
    for (int r = 0; r < records.size(); r++) {
      assertEquals(one.get(r), rows.get(r), "standardised values of record " + r);
      assertEquals(java.util.Arrays.toString(ResolutionSteps.blocks(one.get(r))),
          java.util.Arrays.toString(ResolutionSteps.blocks(rows, r)), "blocks of record " + r);
    }
    // every pair of records that shares a block, compared in batches over rows set again and again
    Map<Long, List<Integer>> byBlock = new TreeMap<>();
    for (int r = 0; r < one.size(); r++) {
      for (long b : ResolutionSteps.blocks(one.get(r))) {
        byBlock.computeIfAbsent(b, x -> new ArrayList<>()).add(r);
      }
    }
    TreeSet<Long> pairs = new TreeSet<>();
    byBlock.values().forEach(rs -> {
      for (int a = 0; a < rs.size(); a++) {
        for (int b = a + 1; b < rs.size() && b < a + 20; b++) {
          pairs.add((long) Math.min(rs.get(a), rs.get(b)) << 32 | Math.max(rs.get(a), rs.get(b)));
        }
      }
    });
    assertTrue(pairs.size() > 1_000, "pairs compared");
    ResolutionSteps.StandardisedRows batch = ResolutionSteps.StandardisedRows.ofSize(2);
    int adjusted = 0;
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      batch.set(0, one.get(a));
      String[] values = one.get(b).values().toArray(new String[0]);
      String[] shifted = new String[values.length + 3];
      System.arraycopy(values, 0, shifted, 3, values.length);
      batch.set(1, shifted, 3, one.get(b).verifiedEmail());
      int expected = ResolutionSteps.pattern(one.get(a), one.get(b));
      assertEquals(expected, ResolutionSteps.patterns(batch, new long[] {1L})[0], "pattern of " + a + "," + b);
      assertEquals(expected, ResolutionSteps.patterns(rows, new long[] {pair})[0], "pattern of " + a + "," + b);
      assertEquals(ResolutionSteps.rule(one.get(a), one.get(b), settings),
          ResolutionSteps.rules(batch, new long[] {1L}, settings)[0], "rule of " + a + "," + b);
      for (boolean family : new boolean[] {false, true}) {
        String name = ResolutionSteps.exactName(family, one.get(a), one.get(b), expected);
        assertEquals(name, ResolutionSteps.exactName(family, batch, 0, 1, expected), "exact name of " + a + "," + b);
        adjusted += name.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(adjusted > 0, "pairs that agree on a name");
  }

  @Test
  void rowsRefuseMissingValuesAndRowsOutOfRange() {
    ResolutionSteps.StandardisedRows rows = ResolutionSteps.StandardisedRows.ofSize(2);
    assertEquals("", rows.value(1, 12), "an empty row has empty values");
    String[] values = new String[ResolutionSteps.STANDARDISED_VALUES];
    java.util.Arrays.fill(values, "");
    values[4] = null;
    assertThrows(InvalidValueException.class, () -> rows.set(0, values, 0, false));
    values[4] = "";
    assertThrows(InvalidValueException.class, () -> rows.set(2, values, 0, false));
    assertThrows(InvalidValueException.class, () -> rows.set(0, values, 1, false));
    assertThrows(InvalidValueException.class, () -> ResolutionSteps.patterns(rows, new long[] {2L}));
    assertThrows(InvalidValueException.class, () -> ResolutionSteps.StandardisedRows.ofSize(-1));
  }

  @Test
  void theGoldenRecordOfOneRecordIsThatOfFullSurvivorship() {
    // the shortcut for clusters of one record against the general survivorship, under every rule
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(2_000, 5L).records());
    records.addAll(PeopleGen.generate(2_000, 6L).records());
    Map<AttributeType, Survivorship> recent = new java.util.EnumMap<>(AttributeType.class);
    Map<AttributeType, Survivorship> trusted = new java.util.EnumMap<>(AttributeType.class);
    for (AttributeType t : AttributeType.values()) {
      recent.put(t, Survivorship.MOST_RECENT);
      trusted.put(t, Survivorship.MOST_TRUSTED_SOURCE);
    }
    List<ResolverSettings> all = List.of(ResolverSettings.defaults(),
        ResolverSettings.builder().survivorship(recent).build(),
        ResolverSettings.builder().survivorship(trusted).addSourceTrust("webshop", "billing").build());
    for (ResolverSettings s : all) {
      for (SourceRecord r : records) {
        CustomerId id = ResolutionSteps.customerId(r.identity());
        assertEquals(Golden.ofMany(id, List.of(r), s), Golden.ofOne(id, r));
        assertEquals(Golden.ofMany(id, List.of(r), s), Golden.of(id, List.of(r), s));
      }
    }
    // a component without pairs: each record its own customer, as through the full clustering
    MatchModel m = MatchModel.typical();
    List<SourceRecord> some = records.subList(0, 50);
    List<GoldenRecord> expected = new ArrayList<>();
    new TreeMap<SourceIdentity, SourceRecord>(some.stream().collect(java.util.stream.Collectors.toMap(
        SourceRecord::identity, r -> r))).forEach((k, r) -> expected.add(
            Golden.ofMany(new Resolver.Ids(List.of()).derive(k.toString()), List.of(r), ResolverSettings.defaults())));
    assertEquals(expected, ResolutionSteps.resolveComponent(some, new long[0], m, ResolverSettings.defaults()));
  }

  @Test
  void aComponentRejectsRepeatedIdentitiesAndForeignIndices() {
    SourceRecord r = PeopleGen.generate(5, 1L).records().get(0);
    ResolverSettings s = ResolverSettings.defaults();
    MatchModel m = MatchModel.typical();
    assertThrows(InvalidValueException.class, () -> ResolutionSteps.resolveComponent(List.of(r, r), new long[0], m, s));
    assertThrows(InvalidValueException.class, () -> ResolutionSteps.resolveComponent(List.of(r), new long[] {1L}, m, s));
    assertThrows(InvalidValueException.class, () -> new ResolutionSteps.Standardised(List.of("a"), false));
    SourceRecord other = PeopleGen.generate(5, 1L).records().get(1);
    assertThrows(InvalidValueException.class, () -> ResolutionSteps.resolveComponent(List.of(r.identity()), i -> other,
        new long[0], m, s, g -> { }), "a record made for another identity");
  }

  private static void assertSame(List<SourceRecord> records, ResolverSettings settings, boolean madeWhenAsked) {
    assertSame(records, settings, madeWhenAsked ? 1 : 0);
  }

  /** {@code how}: 0 the records given as a list, 1 made when asked, {@link #STANDARDISED_GIVEN}, {@link #PATTERNS_GIVEN}. */
  private static void assertSame(List<SourceRecord> records, ResolverSettings settings, int how) {
    Resolution single = Resolver.resolve(records, settings, AT);
    Steps steps = steps(records, settings, how);
    assertEquals(single.statistics().candidatePairs(), steps.candidatePairs, "candidate pairs");
    assertEquals(single.statistics().skippedBlocks(), steps.skippedBlocks, "skipped blocks");
    assertEquals(single.model(), steps.model, "model");
    Map<CustomerId, java.util.Set<SourceIdentity>> clusters = new TreeMap<>();
    for (GoldenRecord g : steps.golden) {
      clusters.put(g.customer(), g.sources());
    }
    assertEquals(new TreeMap<>(single.clusters()), clusters, "clusters");
    List<GoldenRecord> golden = new ArrayList<>(steps.golden);
    golden.sort(java.util.Comparator.comparing(GoldenRecord::customer));
    assertEquals(single.goldenRecords(), golden, "golden records");
    assertTrue(single.clusters().size() < records.size(), "some records matched");
  }

  private record Steps(long candidatePairs, long skippedBlocks, MatchModel model, List<GoldenRecord> golden) {}

  private static Steps steps(List<SourceRecord> input, ResolverSettings settings, int how) {
    List<SourceRecord> records = new ArrayList<>(input);
    records.sort(java.util.Comparator.comparing(SourceRecord::identity));
    int n = records.size();
    List<ResolutionSteps.Standardised> std = new ArrayList<>(n);
    Map<Long, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < n; i++) {
      std.add(ResolutionSteps.standardise(records.get(i)));
      for (long b : ResolutionSteps.blocks(std.get(i))) {
        blocks.computeIfAbsent(b, x -> new ArrayList<>()).add(i);
      }
    }
    TreeSet<Long> pairs = new TreeSet<>();
    long skipped = 0;
    for (List<Integer> block : blocks.values()) {
      if (block.size() > settings.maxBlockSize()) {
        skipped++;
        continue;
      }
      for (int a : block) {
        for (int b : block) {
          if (a < b) {
            pairs.add((long) a << 32 | b);
          }
        }
      }
    }
    Map<Integer, Long> patternCounts = new TreeMap<>();
    Map<Long, Integer> patternOf = new HashMap<>();
    for (long pair : pairs) {
      int pattern = ResolutionSteps.pattern(std.get((int) (pair >>> 32)), std.get((int) pair));
      patternOf.put(pair, pattern);
      patternCounts.merge(pattern, 1L, Long::sum);
    }
    long[] all = pairs.stream().mapToLong(Long::longValue).toArray();
    int[] batch = ResolutionSteps.patterns(std, all);
    boolean[] batchRules = ResolutionSteps.rules(std, all, settings);
    for (int k = 0; k < all.length; k++) {
      ResolutionSteps.Standardised a = std.get((int) (all[k] >>> 32));
      ResolutionSteps.Standardised b = std.get((int) all[k]);
      assertEquals(patternOf.get(all[k]), batch[k], "batch pattern of pair " + k);
      assertEquals(ResolutionSteps.rule(a, b, settings), batchRules[k], "batch rule of pair " + k);
    }
    Map<String, Long> given = new HashMap<>();
    Map<String, Long> family = new HashMap<>();
    Map<String, Long> dates = new HashMap<>();
    std.forEach(s -> {
      given.merge(s.givenName(), 1L, Long::sum);
      family.merge(s.familyName(), 1L, Long::sum);
      dates.merge(s.birthDate(), 1L, Long::sum);
    });
    int[] values = patternCounts.keySet().stream().mapToInt(Integer::intValue).toArray();
    long[] counts = patternCounts.values().stream().mapToLong(Long::longValue).toArray();
    MatchModel model = ResolutionSteps.model(values, counts, given, family, dates, settings);
    int[] component = new int[n];
    for (int i = 0; i < n; i++) {
      component[i] = i;
    }
    List<Long> kept = new ArrayList<>();
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      int pattern = patternOf.get(pair);
      boolean rule = ResolutionSteps.rule(std.get(a), std.get(b), settings);
      boolean matched = ResolutionSteps.matched(pattern, rule, ResolutionSteps.exactName(false, std.get(a), std.get(b), pattern),
          ResolutionSteps.exactName(true, std.get(a), std.get(b), pattern), model, settings);
      assertTrue(!matched || ResolutionSteps.mayMatch(pattern, rule, model, settings), "a matched pair may match");
      if (matched) {
        kept.add(pair);
        int ra = root(component, a);
        int rb = root(component, b);
        component[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(root(component, i), x -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<Long>> edges = new HashMap<>();
    for (long pair : kept) {
      edges.computeIfAbsent(root(component, (int) (pair >>> 32)), x -> new ArrayList<>()).add(pair);
    }
    List<GoldenRecord> golden = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      // the component's records in reverse order: the step must not depend on the order given
      List<Integer> ids = new ArrayList<>(e.getValue());
      Collections.reverse(ids);
      Map<Integer, Integer> local = new HashMap<>();
      List<SourceRecord> rs = new ArrayList<>();
      for (int i : ids) {
        local.put(i, rs.size());
        rs.add(records.get(i));
      }
      long[] localPairs = edges.getOrDefault(e.getKey(), List.of()).stream()
          .mapToLong(p -> (long) local.get((int) (p >>> 32)) << 32 | local.get((int) (long) p)).toArray();
      if (how == PATTERNS_GIVEN) {
        int[] patterns = edges.getOrDefault(e.getKey(), List.of()).stream().mapToInt(patternOf::get).toArray();
        List<SourceIdentity> identities = rs.stream().map(SourceRecord::identity).toList();
        ResolutionSteps.resolveComponent(identities, ResolutionSteps.standardise(rs), rs::get, localPairs, patterns, model,
            settings, golden::add);
      } else if (how == STANDARDISED_GIVEN) {
        int[] asked = new int[rs.size()];
        List<SourceIdentity> identities = rs.stream().map(SourceRecord::identity).toList();
        ResolutionSteps.resolveComponent(identities, ResolutionSteps.standardise(rs), i -> {
          asked[i]++;
          return rs.get(i);
        }, localPairs, model, settings, golden::add);
        for (int i = 0; i < rs.size(); i++) {
          assertEquals(1, asked[i], "record asked for once, for its golden record");
        }
      } else if (how == 1) {
        java.util.concurrent.atomic.AtomicIntegerArray asked = new java.util.concurrent.atomic.AtomicIntegerArray(rs.size());
        List<SourceIdentity> identities = rs.stream().map(SourceRecord::identity).toList();
        ResolutionSteps.resolveComponent(identities, i -> {
          asked.incrementAndGet(i);
          return rs.get(i);
        }, localPairs, model, settings, golden::add);
        for (int i = 0; i < rs.size(); i++) {
          assertTrue(asked.get(i) >= 1 && asked.get(i) <= 2, "record asked for once or twice, not " + asked.get(i));
        }
      } else {
        golden.addAll(ResolutionSteps.resolveComponent(rs, localPairs, model, settings));
      }
    }
    return new Steps(pairs.size(), skipped, model, golden);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}
