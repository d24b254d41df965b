package org.completecrm.core.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * Identity resolution: source records into customers. Records are standardised, blocked into
 * candidate pairs, compared attribute by attribute, scored by a Fellegi-Sunter model (given, or
 * estimated from the data by EM), decided by thresholds and deterministic rules, and clustered
 * transitively with a guard against chains. The result is a {@link Resolution}.
 *
 * <p>Results do not depend on the order of the input: records are sorted by identity first, ties
 * between equal weights are broken by identity, and customer ids derive from record identities.
 */
public final class Resolver {
  /** The actor name of automatic decisions. */
  public static final String ACTOR = "resolver";

  private Resolver() {}

  /** Resolves the records from scratch; customer ids derive from the smallest record identity of each customer. */
  public static Resolution resolve(Collection<SourceRecord> records, ResolverSettings settings, Instant at) {
    return resolve(records, settings, Optional.empty(), at);
  }

  /**
   * Resolves the records from scratch, keeping the customer ids of {@code previous} where a
   * previous customer's records are not split: such a customer keeps its id in the cluster that
   * holds its records (the id of the previous customer with most records there wins).
   */
  public static Resolution resolve(
      Collection<SourceRecord> records, ResolverSettings settings, Optional<Resolution> previous, Instant at) {
    Checks.noNulls(records, "Resolver.records");
    Checks.present(settings, "Resolver.settings");
    Checks.present(previous, "Resolver.previous");
    Checks.present(at, "Resolver.at");
    List<SourceRecord> sorted = sortedUnique(records);
    int n = sorted.size();
    Prepared p = Prepared.of(sorted);
    Blocking.Candidates cand = Blocking.candidates(p, settings.maxBlockSize());
    long[] pairs = cand.pairs();
    int[] patterns = new int[pairs.length];
    IntStream.range(0, pairs.length).parallel()
        .forEach(k -> patterns[k] = p.compare((int) (pairs[k] >>> 32), (int) pairs[k]));
    MatchModel model = settings.model().orElseGet(() -> withTermFrequencies(estimate(patterns, settings.maxIterations()), p));
    p.adjustedBy(model);

    Clustered clustered = cluster(p, pairs, patterns, model, settings, sorted, previous.map(Resolution::separations).orElse(List.of()));
    int[] parent = clustered.parent();
    int[] possible = clustered.possible();
    long refusals = clustered.refusals();

    // group records by root without boxing: order the indices by (root, index)
    long[] byRoot = new long[n];
    for (int i = 0; i < n; i++) {
      byRoot[i] = (long) find(parent, i) << 32 | i;
    }
    PrefixSort.sortLongs(byRoot, 0, n);
    List<int[]> groups = runs(byRoot);
    // groups are in order of their smallest record (a root is the smallest index of its group), and a
    // group's records in identity order: each cluster's set and first-choice id on all cores
    int g = groups.size();
    @SuppressWarnings({"unchecked", "rawtypes"})
    Set<SourceIdentity>[] sets = new Set[g];
    CustomerId[] firstChoice = new CustomerId[g];
    IntStream.range(0, g).parallel().forEach(c -> {
      int[] group = groups.get(c);
      SourceIdentity first = sorted.get(group[0]).identity();
      if (group.length == 1) {
        // most customers have one record: a singleton set instead of a tree
        sets[c] = java.util.Collections.singleton(first);
      } else {
        TreeSet<SourceIdentity> set = new TreeSet<>();
        for (int i : group) {
          set.add(sorted.get(i).identity());
        }
        sets[c] = java.util.Collections.unmodifiableSortedSet(set);
      }
      firstChoice[c] = Ids.candidate(first.toString(), 0);
    });
    Ids ids = new Ids(previous.map(Resolution::clusters).orElse(Map.of()).keySet(), previous.isPresent() ? g : 0);
    Map<SourceIdentity, CustomerId> previousOwners = previous.map(Resolution::owners).orElse(Map.of());
    Map<CustomerId, Set<SourceIdentity>> previousClusters = previous.map(Resolution::clusters).orElse(Map.of());
    List<MatchDecision> log = new ArrayList<>();
    long logStart = previous.map(r -> (long) r.log().size()).orElse(0L);
    if (previous.isPresent()) {
      // a fresh run replaces the previous clusters: close them in the log first
      for (Map.Entry<CustomerId, Set<SourceIdentity>> e : new TreeMap<>(previousClusters).entrySet()) {
        log.add(decision(logStart + log.size(), at, DecisionKind.REMOVE, e.getKey(), e.getValue(), "re-resolved from scratch"));
      }
    }
    Set<CustomerId> kept = previous.isPresent() ? new HashSet<>() : Set.of();
    Set<SourceIdentity> present = new HashSet<>();
    if (previous.isPresent()) {
      sorted.forEach(r -> present.add(r.identity()));
    }
    // without a previous resolution every cluster takes its first-choice id unless two collide
    // (64-bit hashes: practically never), which sorting them by id shows without a hash set
    int[] byFirst = previous.isPresent() ? null : PrefixSort.order(g, c -> "", c -> firstChoice[c].value());
    boolean distinct = byFirst != null;
    for (int k = 1; distinct && k < g; k++) {
      distinct = !firstChoice[byFirst[k]].equals(firstChoice[byFirst[k - 1]]);
    }
    CustomerId[] idOf = distinct ? firstChoice : new CustomerId[g];
    for (int c = 0; c < g && !distinct; c++) {
      Set<SourceIdentity> set = sets[c];
      CustomerId first = firstChoice[c];
      String seed = sorted.get(groups.get(c)[0]).identity().toString();
      Optional<CustomerId> keep = previous.isPresent()
          ? keptId(set, previousOwners, previousClusters, present, kept) : Optional.empty();
      CustomerId id = keep.orElseGet(() -> ids.isFree(first) ? first : ids.derive(seed));
      if (previous.isPresent()) {
        kept.add(id);
      }
      ids.use(id);
      idOf[c] = id;
    }
    long createStart = logStart + log.size();
    MatchDecision[] creates = new MatchDecision[g];
    IntStream.range(0, g).parallel().forEach(c -> {
      int size = sets[c].size();
      String reason = size == 1 ? "automatic: no match" : "automatic: " + size + " records matched";
      creates[c] = decision(createStart + c, at, DecisionKind.CREATE, idOf[c], sets[c], reason);
    });
    log.addAll(Arrays.asList(creates));
    // the clusters in order of customer id
    int[] byId = distinct ? byFirst : PrefixSort.order(g, c -> "", c -> idOf[c].value());
    List<CustomerId> clusterIds = new ArrayList<>(g);
    List<Set<SourceIdentity>> clusterSets = new ArrayList<>(g);
    for (int c : byId) {
      clusterIds.add(idOf[c]);
      clusterSets.add(sets[c]);
    }
    ChunkedMap<CustomerId, Set<SourceIdentity>> clusters = ChunkedMap.ofSorted(clusterIds, clusterSets);
    List<Integer> reviewed = new ArrayList<>();
    for (int k : possible) {
      if (find(parent, (int) (pairs[k] >>> 32)) != find(parent, (int) pairs[k])) {
        reviewed.add(k);
      }
    }
    PairDecision[] decided = new PairDecision[reviewed.size()];
    IntStream.range(0, decided.length).parallel().forEach(q -> {
      int k = reviewed.get(q);
      decided[q] = decision(p, (int) (pairs[k] >>> 32), (int) pairs[k], sorted, patterns[k], model, settings);
    });
    int[] sizeOf = new int[n];
    for (int[] group : groups) {
      for (int i : group) {
        sizeOf[i] = group.length;
      }
    }
    Map<SourceIdentity, Integer> position = new HashMap<>();
    for (int k : reviewed) {
      position.put(sorted.get((int) (pairs[k] >>> 32)).identity(), (int) (pairs[k] >>> 32));
      position.put(sorted.get((int) pairs[k]).identity(), (int) pairs[k]);
    }
    List<PairDecision> review = byImpact(Arrays.asList(decided), s -> sizeOf[position.get(s)]);
    MatchStatistics stats = new MatchStatistics(n, pairs.length, clustered.edges(), review.size(), refusals,
        cand.skippedBlocks(), g, MatchStatistics.histogram(clustered.logOdds()));
    SourceIdentity[] identities = new SourceIdentity[n];
    Arrays.parallelSetAll(identities, i -> sorted.get(i).identity());
    AppendList<MatchDecision> fullLog = previous.map(r -> AppendList.<MatchDecision>copyOf(r.log()))
        .orElseGet(() -> AppendList.copyOf(List.of())).appendAll(log);
    return Resolution.made(settings, model, ChunkedMap.ofSorted(Arrays.asList(identities), sorted), clusters, review,
        previous.map(Resolution::separations).orElse(List.of()), fullLog, stats);
  }

  /**
   * The indices {@code 0..n-1}, on all cores only where there are enough of them to pay for it:
   * the components a distributed engine resolves one by one are mostly of two or three records,
   * and a parallel stream over those costs more in the fork-join pool than the work itself.
   * Ordered either way, so the results are the same.
   */
  static IntStream indices(int n) {
    IntStream range = IntStream.range(0, n);
    return n >= PARALLEL_FROM ? range.parallel() : range;
  }

  /** The number of indices from which {@link #indices} runs in parallel. */
  static final int PARALLEL_FROM = 1024;

  /** The clusters of records {@code 0..n-1} of {@code p} (a root per record), the possible matches (pair indices) and counts. */
  record Clustered(int[] parent, int[] possible, long refusals, int edges, double[] logOdds) {}

  /**
   * Clusters the records of {@code p} (in identity order) from their candidate pairs: matched
   * pairs joined strongest first under the cluster guard. The result for the records of one
   * connected component of matched pairs depends on that component alone, which is what lets an
   * incremental update recompute only the components that new records touch.
   */
  static Clustered cluster(Prepared p, long[] pairs, int[] patterns, MatchModel model, ResolverSettings settings,
      List<SourceRecord> records, List<Separation> separations) {
    int n = p.size;
    double matchLogOdds = logit(settings.matchProbability());
    double possibleLogOdds = logit(settings.possibleMatchProbability());
    double priorLogOdds = model.priorLogOdds();
    double[] weights = new double[pairs.length];
    indices(pairs.length).forEach(k ->
        weights[k] = model.weightOf(patterns[k]) + p.tfAdjustment((int) (pairs[k] >>> 32), (int) pairs[k], patterns[k]));
    // edges sort as primitive longs: rule edges first, then by weight (highest first, in steps of
    // 1/1024 bit), then by pair, which orders by record identity in any subset of the records too
    boolean rules = settings.rules();
    java.util.function.IntPredicate isRule = k -> rules && p.rule((int) (pairs[k] >>> 32), (int) pairs[k]) != null;
    java.util.function.IntPredicate isEdge = k -> isRule.test(k) || weights[k] + priorLogOdds >= matchLogOdds
        && enoughEvidence(p, (int) (pairs[k] >>> 32), (int) pairs[k], patterns[k], model, matchLogOdds);
    long[] edges = indices(pairs.length).filter(isEdge)
        .mapToLong(k -> (isRule.test(k) ? 0L : 1L << 62) | weightRank(weights[k]) << 32 | k).toArray();
    PrefixSort.sortLongs(edges, 0, edges.length);
    int[] possible = indices(pairs.length)
        .filter(k -> !isEdge.test(k) && weights[k] + priorLogOdds >= possibleLogOdds).toArray();

    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Members members = new Members(n);
    // the components of the matched edges are clustered independently (the result for one depends on
    // it alone), so on all cores: each component's edges in edge order, as one sequential pass would
    int[][] components = componentsOf(edges, pairs, n);
    int[] different = new int[n];
    int[] weighed = new int[n];
    long refusals = indices(components.length).mapToLong(c -> {
      ClusterGuard guard = new ClusterGuard(p, model, different, weighed);
      Blocking.LongList refused = new Blocking.LongList(4);
      RefusalMemo refusedGroups = new RefusalMemo();
      for (int e : components[c]) {
        if (!join(edges[e], pairs, parent, members, guard, separations, records, refusedGroups)) {
          refused.add(edges[e]);
        }
      }
      // a refused edge is weighed once more against the clusters as they ended: a record kept from a
      // group of two (one member clearly different) joins when the group has grown and the
      // record agrees with most of it (same order, so the result stays that of the component alone)
      long r = 0;
      for (int e = 0; e < refused.size; e++) {
        if (!join(refused.values[e], pairs, parent, members, guard, separations, records, refusedGroups)) {
          r++;
        }
      }
      return r;
    }).sum();

    for (int i = 0; i < n; i++) {
      find(parent, i);
    }
    double[] logOdds = weights;
    Arrays.parallelSetAll(logOdds, k -> weights[k] + priorLogOdds);
    return new Clustered(parent, possible, refusals, edges.length, logOdds);
  }

  /**
   * The review queue in order of how much a decision on it would change: most record pairs that
   * merging the two customers would join first ({@code |A| x |B|}), then the most uncertain
   * (probability nearest one half), then by identity.
   */
  static List<PairDecision> byImpact(List<PairDecision> queue, java.util.function.ToIntFunction<SourceIdentity> customerSize) {
    // each entry's impact worked out once, not in every comparison
    int n = queue.size();
    long[] impact = new long[n];
    double[] doubt = new double[n];
    for (int k = 0; k < n; k++) {
      PairDecision d = queue.get(k);
      impact[k] = -(long) customerSize.applyAsInt(d.first()) * customerSize.applyAsInt(d.second());
      doubt[k] = Math.abs(d.probability() - 0.5);
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, Comparator.comparingLong((Integer k) -> impact[k]).thenComparingDouble(k -> doubt[k])
        .thenComparing(k -> queue.get(k).first()).thenComparing(k -> queue.get(k).second()));
    List<PairDecision> out = new ArrayList<>(n);
    for (int k : order) {
      out.add(queue.get(k));
    }
    return out;
  }

  /** The order of {@link #byImpact}, each record's customer size looked up once. */
  static Comparator<PairDecision> impactOrder(java.util.function.ToIntFunction<SourceIdentity> customerSize) {
    Map<SourceIdentity, Integer> size = new HashMap<>();
    java.util.function.ToIntFunction<SourceIdentity> s = x -> size.computeIfAbsent(x, customerSize::applyAsInt);
    return Comparator.comparingLong((PairDecision d) -> -(long) s.applyAsInt(d.first()) * s.applyAsInt(d.second()))
        .thenComparingDouble(d -> Math.abs(d.probability() - 0.5))
        .thenComparing(PairDecision::first).thenComparing(PairDecision::second);
  }

  /**
   * {@code sorted} (already in the order of {@link #byImpact}, the sizes of its customers
   * unchanged) with {@code fresh} merged in: the same list as sorting both together, at the cost of
   * sorting {@code fresh} and a binary search per fresh entry, so an update against a large
   * review queue does not look up the size of every customer in it again.
   */
  static List<PairDecision> mergeByImpact(List<PairDecision> sorted, List<PairDecision> fresh,
      java.util.function.ToIntFunction<SourceIdentity> customerSize) {
    Comparator<PairDecision> order = impactOrder(customerSize);
    List<PairDecision> f = new ArrayList<>(fresh);
    f.sort(order);
    List<PairDecision> out = new ArrayList<>(sorted.size() + f.size());
    int from = 0;
    for (PairDecision d : f) {
      int lo = from;
      int hi = sorted.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (order.compare(sorted.get(mid), d) <= 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      out.addAll(sorted.subList(from, lo));
      out.add(d);
      from = lo;
    }
    out.addAll(sorted.subList(from, sorted.size()));
    return out;
  }

  /** The decision on two records under a model, explained comparison by comparison. */
  public static PairDecision decide(SourceRecord a, SourceRecord b, MatchModel model, ResolverSettings settings) {
    Checks.present(a, "Resolver.decide.a");
    Checks.present(b, "Resolver.decide.b");
    Checks.present(model, "Resolver.decide.model");
    Checks.present(settings, "Resolver.decide.settings");
    List<SourceRecord> two = a.identity().compareTo(b.identity()) <= 0 ? List.of(a, b) : List.of(b, a);
    Prepared p = Prepared.of(two).adjustedBy(model);
    return decision(p, 0, 1, two, p.compare(0, 1), model, settings);
  }

  static PairDecision decision(Prepared p, int i, int j, List<SourceRecord> records, int pattern,
      MatchModel model, ResolverSettings settings) {
    List<AttributeWeight> parts = new ArrayList<>();
    double total = 0;
    for (Comparison c : Prepared.FIELDS) {
      int l = Prepared.level(pattern, c.ordinal());
      if (l < 0) {
        parts.add(new AttributeWeight(c, Optional.empty(), 0));
      } else {
        double w = model.weight(c, l) + p.tfAdjustment(c.ordinal(), i, j, pattern);
        total += w;
        parts.add(new AttributeWeight(c, Optional.of(c.levelName(l)), w));
      }
    }
    String rule = settings.rules() ? p.rule(i, j) : null;
    double prob = model.probability(total);
    MatchOutcome outcome = rule != null || prob >= settings.matchProbability()
        && enoughEvidence(p, i, j, pattern, model, logit(settings.matchProbability())) ? MatchOutcome.MATCH
        : prob >= settings.possibleMatchProbability() ? MatchOutcome.POSSIBLE_MATCH : MatchOutcome.NON_MATCH;
    return PairDecision.builder().first(records.get(i).identity()).second(records.get(j).identity())
        .outcome(outcome).weight(total).probability(prob).rule(Optional.ofNullable(rule)).contributions(parts).build();
  }

  /**
   * Resolves new or changed records against an existing resolution with its model, re-resolving
   * only the components of matched pairs that they touch: the clusters equal those of a batch
   * resolve of all records with the same model. Builds a {@link MatchIndex} of the base first;
   * a host that updates often keeps the index instead and calls {@link MatchIndex#update}.
   */
  public static Resolution update(Resolution base, Collection<SourceRecord> changed, Instant at) {
    Checks.present(base, "Resolver.update.base");
    return MatchIndex.of(base).update(changed, at);
  }

  static Resolution merge(Resolution base, CustomerId survivor, CustomerId absorbed, DecisionOrigin origin,
      String actor, String reason, Instant at) {
    Set<SourceIdentity> into = base.requireCustomer(survivor, "Resolution.merge.survivor");
    Set<SourceIdentity> from = base.requireCustomer(absorbed, "Resolution.merge.absorbed");
    Checks.notBlank(actor, "Resolution.merge.actor");
    Checks.notBlank(reason, "Resolution.merge.reason");
    Checks.present(at, "Resolution.merge.at");
    if (survivor.equals(absorbed)) {
      throw new InvalidValueException("Resolution.merge.absorbed", absorbed, "a customer other than the survivor");
    }
    TreeSet<SourceIdentity> merged = new TreeSet<>(into);
    merged.addAll(from);
    ChunkedMap<CustomerId, Set<SourceIdentity>> clusters = base.clusterMap()
        .with(Map.of(survivor, java.util.Collections.unmodifiableSortedSet(merged)), Set.of(absorbed));
    AppendList<MatchDecision> log = base.logList().appendAll(List.of(MatchDecision.builder().sequence(base.log().size())
        .at(at).kind(DecisionKind.MERGE).origin(origin).actor(actor)
        .reason(reason).customer(survivor).other(absorbed).records(new TreeSet<>(from)).build()));
    List<Separation> separations = new ArrayList<>();
    for (Separation s : base.separations()) {
      if (!s.separates(into, from)) {
        separations.add(s);
      }
    }
    List<PairDecision> queue = new ArrayList<>();
    for (PairDecision d : base.possibleMatches()) {
      if (!(merged.contains(d.first()) && merged.contains(d.second()))) {
        queue.add(d);
      }
    }
    // the merged customer is larger: the queue in impact order again, so that updates can merge into it
    Map<SourceIdentity, CustomerId> owners = base.owners();
    queue = byImpact(queue, x -> merged.contains(x) ? merged.size() : base.clusters().get(owners.get(x)).size());
    return Resolution.trusted(base, base.recordMap(), clusters, queue, separations, log, base.statistics());
  }

  static Resolution unmerge(Resolution base, CustomerId customer, Set<SourceIdentity> part, String actor,
      String reason, Instant at) {
    Set<SourceIdentity> all = base.requireCustomer(customer, "Resolution.unmerge.customer");
    Checks.noNulls(part, "Resolution.unmerge.part");
    Checks.notBlank(actor, "Resolution.unmerge.actor");
    Checks.notBlank(reason, "Resolution.unmerge.reason");
    Checks.present(at, "Resolution.unmerge.at");
    if (part.isEmpty() || !all.containsAll(part) || part.size() == all.size()) {
      throw new InvalidValueException("Resolution.unmerge.part", part.size() + " records",
          "a non-empty proper part of the " + all.size() + " records of " + customer);
    }
    TreeSet<SourceIdentity> leaving = new TreeSet<>(part);
    TreeSet<SourceIdentity> rest = new TreeSet<>(all);
    rest.removeAll(leaving);
    Map<CustomerId, Set<SourceIdentity>> clusters = base.clusterMap().with(Map.of(), Set.of(customer));
    Optional<MatchDecision> undone = Optional.empty();
    for (int i = base.log().size() - 1; i >= 0; i--) {
      MatchDecision d = base.log().get(i);
      if (d.kind() == DecisionKind.MERGE && d.customer().equals(customer)
          && (d.records().equals(leaving) || d.records().equals(rest))
          && !clusters.containsKey(d.other().orElseThrow())) {
        undone = Optional.of(d);
        break;
      }
    }
    CustomerId leavingId;
    Optional<CustomerId> renamed;
    if (undone.isPresent()) {
      // the two groups of an earlier merge: both get their former ids back
      if (undone.get().records().equals(rest)) {
        TreeSet<SourceIdentity> t = leaving;
        leaving = rest;
        rest = t;
      }
      leavingId = undone.get().other().orElseThrow();
      renamed = Optional.empty();
    } else {
      Ids ids = new Ids(clusters.keySet());
      base.log().forEach(d -> {
        ids.use(d.customer());
        d.other().ifPresent(ids::use);
        d.renamed().ifPresent(ids::use);
      });
      leavingId = ids.derive("split " + customer + " " + leaving.first());
      ids.use(leavingId);
      renamed = Optional.of(ids.derive("split " + customer + " " + rest.first()));
    }
    Map<CustomerId, Set<SourceIdentity>> puts = new TreeMap<>();
    puts.put(leavingId, java.util.Collections.unmodifiableSortedSet(leaving));
    puts.put(renamed.orElse(customer), java.util.Collections.unmodifiableSortedSet(rest));
    ChunkedMap<CustomerId, Set<SourceIdentity>> after = base.clusterMap().with(puts, Set.of(customer));
    AppendList<MatchDecision> log = base.logList().appendAll(List.of(MatchDecision.builder().sequence(base.log().size())
        .at(at).kind(DecisionKind.UNMERGE).origin(DecisionOrigin.PERSON)
        .actor(actor).reason(reason).customer(customer).other(leavingId).renamed(renamed).records(leaving).build()));
    List<Separation> separations = new ArrayList<>(base.separations());
    separations.add(new Separation(leaving, rest));
    // the two parts are smaller: the queue in impact order again, so that updates can merge into it
    Set<SourceIdentity> leavingPart = leaving;
    Set<SourceIdentity> restPart = rest;
    Map<SourceIdentity, CustomerId> owners = base.owners();
    List<PairDecision> queue = byImpact(base.possibleMatches(), x -> leavingPart.contains(x) ? leavingPart.size()
        : restPart.contains(x) ? restPart.size() : base.clusters().get(owners.get(x)).size());
    return Resolution.trusted(base, base.recordMap(), after, queue, separations, log, base.statistics());
  }

  private static boolean separated(List<Separation> separations, Collection<SourceIdentity> a, Collection<SourceIdentity> b) {
    for (Separation s : separations) {
      if (s.separates(a, b)) {
        return true;
      }
    }
    return false;
  }

  private static List<SourceIdentity> identities(List<SourceRecord> records, int[] group, int size) {
    List<SourceIdentity> out = new ArrayList<>(size);
    for (int s = 0; s < size; s++) {
      out.add(records.get(group[s]).identity());
    }
    return out;
  }

  /**
   * Joins the two groups of an edge's records unless the guard or a separation refuses; whether
   * they are (now) one. A refusal is remembered by the two groups' roots and sizes: groups only
   * grow, and the guard's verdict depends on the groups' members and on counts that change only
   * when a group joins another, so the same two groups at the same sizes get the same verdict
   * without weighing their pairs again (many matched pairs often run between the same two groups).
   */
  private static boolean join(long edge, long[] pairs, int[] parent, Members members, ClusterGuard guard,
      List<Separation> separations, List<SourceRecord> records, RefusalMemo refusedGroups) {
    int k = (int) edge;
    int a = find(parent, (int) (pairs[k] >>> 32));
    int b = find(parent, (int) pairs[k]);
    if (a == b) {
      return true;
    }
    int[] ma = members.of(a);
    int[] mb = members.of(b);
    int na = members.size(a);
    int nb = members.size(b);
    long roots = (long) Math.min(a, b) << 32 | Math.max(a, b);
    long sizes = a < b ? (long) na << 32 | nb : (long) nb << 32 | na;
    if (refusedGroups.get(roots) == sizes) {
      return false;
    }
    if (guard.conflict(ma, na, mb, nb) || !separations.isEmpty()
        && separated(separations, identities(records, ma, na), identities(records, mb, nb))) {
      refusedGroups.put(roots, sizes);
      return false;
    }
    guard.commit();
    int root = Math.min(a, b);
    parent[Math.max(a, b)] = root;
    // the larger group's members first, then the other's (a's first when they are as large)
    if (na >= nb) {
      members.merge(a, b, root);
    } else {
      members.merge(b, a, root);
    }
    return true;
  }

  /**
   * The members of the groups of one clustering run, by root, in the order they joined, in int
   * arrays that at least double when they grow (a component of millions of records is merged
   * without boxing a record index). A record that has not joined another is a group of its own:
   * its array is made when it is first asked for. Groups of different connected components are
   * touched by different threads only, at different roots.
   */
  static final class Members {
    private final int[][] of;
    private final int[] size;

    Members(int n) {
      of = new int[n][];
      size = new int[n];
    }

    /** The members of the group of {@code root}: the first {@link #size} entries. */
    int[] of(int root) {
      if (of[root] == null) {
        of[root] = new int[] {root};
        size[root] = 1;
      }
      return of[root];
    }

    /** The number of members of the group of {@code root}. */
    int size(int root) {
      return of[root] == null ? 1 : size[root];
    }

    /** Appends the members of group {@code second} to those of {@code first}, the joined group kept at {@code root} (one of the two). */
    void merge(int first, int second, int root) {
      int[] m = of(first);
      int[] o = of(second);
      int n1 = size[first];
      int n2 = size[second];
      if (n1 + n2 > m.length) {
        m = Arrays.copyOf(m, Math.max(n1 + n2, 2 * m.length));
      }
      System.arraycopy(o, 0, m, n1, n2);
      int other = root == first ? second : first;
      of[other] = null;
      size[other] = 0;
      of[root] = m;
      size[root] = n1 + n2;
    }
  }

  /**
   * The connected components of the matched edges, each as the positions in {@code edges} of its
   * edges in ascending order (so in edge order); components in order of their smallest record.
   */
  private static int[][] componentsOf(long[] edges, long[] pairs, int n) {
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = i;
    }
    for (long edge : edges) {
      int k = (int) edge;
      int a = find(root, (int) (pairs[k] >>> 32));
      int b = find(root, (int) pairs[k]);
      if (a != b) {
        root[Math.max(a, b)] = Math.min(a, b);
      }
    }
    long[] byComponent = new long[edges.length];
    for (int e = 0; e < edges.length; e++) {
      byComponent[e] = (long) find(root, (int) (pairs[(int) edges[e]] >>> 32)) << 32 | e;
    }
    PrefixSort.sortLongs(byComponent, 0, byComponent.length);
    return runs(byComponent).toArray(new int[0][]);
  }

  /**
   * The runs of sorted {@code (group << 32 | index)} keys that share a group, each as its indices in
   * order; runs in key order.
   */
  private static List<int[]> runs(long[] sorted) {
    List<int[]> out = new ArrayList<>();
    for (int s = 0; s < sorted.length; ) {
      int e = s + 1;
      while (e < sorted.length && sorted[e] >>> 32 == sorted[s] >>> 32) {
        e++;
      }
      int[] run = new int[e - s];
      for (int q = s; q < e; q++) {
        run[q - s] = (int) sorted[q];
      }
      out.add(run);
      s = e;
    }
    return out;
  }

  /**
   * Whether a pair whose weight reaches the match threshold has the evidence of a match in a table
   * of this size: its pattern {@link #mayHaveEnoughEvidence may have it}, and what it agrees on
   * either identifies one person or household (an e-mail, phone, id or address) or is specific
   * enough that no other record is expected to agree with one record in that way by chance ({@link
   * MatchModel#coincidenceLogOdds} at least the match threshold). Otherwise the pair is at most a
   * possible match, for review.
   *
   * <p>Why: the weight of an agreement is {@code log2(m / u)} with {@code u} its share among the
   * candidate pairs (or, for names, among the records), which does not change with the size of the
   * table; the number of records that agree with one record on its given name, family name or
   * birth date by chance does, and so the chance that two records agreeing on such attributes
   * alone are the same person falls as {@code 1 / N} (Fellegi-Sunter with the prior odds of a
   * random pair). In a table of ten million records the matched pairs that rested on the names
   * alone ran between households in their thousands and chained three million records into one
   * component; after the names alone were held to this rule, pairs agreeing on a given name and a
   * birth date with different family names grew with the square of the table in the same way
   * (diagnostic at 200,000 people: 845 of the 1,624 false edges between households). An
   * identifier agreeing, or a comparison that disagrees (it lowers the weight instead), does not
   * depend on the table's size.
   */
  static boolean enoughEvidence(Prepared p, int i, int j, int pattern, MatchModel model, double matchLogOdds) {
    String given = Prepared.level(pattern, 0) == 3 && p.given[i].equals(p.given[j]) ? p.given[i] : "";
    String family = Prepared.level(pattern, 1) == 3 && p.family[i].equals(p.family[j]) ? p.family[i] : "";
    return enoughEvidence(pattern, given, family, model, matchLogOdds);
  }

  /**
   * {@link #enoughEvidence} of a pair given by its pattern and the names it agrees on exactly
   * (each empty when it does not): the form of a distributed engine, which ships those names.
   */
  static boolean enoughEvidence(int pattern, String exactGiven, String exactFamily, MatchModel model, double matchLogOdds) {
    if (!beyondNames(pattern) && (exactGiven.isEmpty() || exactFamily.isEmpty())) {
      return false;
    }
    return model.coincidenceLogOdds(pattern, exactGiven, exactFamily) >= matchLogOdds;
  }

  /**
   * Whether a pair's agreement pattern holds evidence beyond the names: some comparison other than
   * the given and family name present on both records.
   */
  static boolean beyondNames(int pattern) {
    // patterns are mixed radix with the given and family names as the two lowest digits
    return pattern >= Prepared.RADIX[Comparison.BIRTH_DATE.ordinal()];
  }

  /**
   * Whether a pattern may have {@link #enoughEvidence}: it has evidence beyond the names, or
   * agrees exactly on both names (then it depends on the names).
   */
  static boolean mayHaveEnoughEvidence(int pattern) {
    return beyondNames(pattern) || Prepared.level(pattern, 0) == 3 && Prepared.level(pattern, 1) == 3;
  }

  /** The rank of a weight in edge order: higher weights first, in steps of 1/1024 bit. */
  private static long weightRank(double weight) {
    long q = Math.round(Math.max(-500, Math.min(500, weight)) * 1024);
    return (1L << 29) - q;
  }

  /**
   * The model with term-frequency tables of the given and family names of the records, and the
   * chance agreement of their birth dates ({@link TermFrequencies#agreementOnly}).
   */
  private static MatchModel withTermFrequencies(MatchModel model, Prepared p) {
    TermFrequencies dates = TermFrequencies.of(Arrays.asList(p.dob));
    return MatchModel.builder().from(model)
        .putTermFrequencies(Comparison.GIVEN_NAME, TermFrequencies.of(Arrays.asList(p.given)))
        .putTermFrequencies(Comparison.FAMILY_NAME, TermFrequencies.of(Arrays.asList(p.family)))
        .putAllTermFrequencies(dates.records() == 0 ? Map.of() : Map.of(Comparison.BIRTH_DATE, TermFrequencies.agreementOnly(dates)))
        .build();
  }

  static Optional<CustomerId> keptId(Set<SourceIdentity> cluster, Map<SourceIdentity, CustomerId> previousOwners,
      Map<CustomerId, Set<SourceIdentity>> previousClusters, Set<SourceIdentity> present, Set<CustomerId> taken) {
    Map<CustomerId, Integer> votes = new TreeMap<>();
    for (SourceIdentity s : cluster) {
      CustomerId c = previousOwners.get(s);
      if (c != null) {
        votes.merge(c, 1, Integer::sum);
      }
    }
    CustomerId best = null;
    int bestVotes = 0;
    for (Map.Entry<CustomerId, Integer> e : votes.entrySet()) {
      long stillThere = previousClusters.get(e.getKey()).stream().filter(present::contains).count();
      boolean whole = e.getValue() == stillThere;
      if (whole && !taken.contains(e.getKey()) && e.getValue() > bestVotes) {
        best = e.getKey();
        bestVotes = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  static MatchDecision decision(long seq, Instant at, DecisionKind kind, CustomerId c, Set<SourceIdentity> records, String reason) {
    return MatchDecision.builder().sequence(seq).at(at).kind(kind).origin(DecisionOrigin.AUTOMATIC).actor(ACTOR)
        .reason(reason).customer(c).records(records).build();
  }

  static MatchDecision decision(long seq, Instant at, DecisionKind kind, CustomerId c, CustomerId other,
      Set<SourceIdentity> records, String reason) {
    return MatchDecision.builder().sequence(seq).at(at).kind(kind).origin(DecisionOrigin.AUTOMATIC).actor(ACTOR)
        .reason(reason).customer(c).other(other).records(new TreeSet<>(records)).build();
  }

  private static MatchModel estimate(int[] patterns, int maxIterations) {
    // the distinct patterns and their counts in ascending order, counted in a table of every
    // possible pattern (a few hundred thousand) instead of sorting millions of them
    long[] count = new long[MatchModel.possiblePatterns()];
    for (int pattern : patterns) {
      count[pattern]++;
    }
    int distinct = 0;
    for (long c : count) {
      distinct += c > 0 ? 1 : 0;
    }
    int[] values = new int[distinct];
    long[] counts = new long[distinct];
    int d = 0;
    for (int pattern = 0; pattern < count.length; pattern++) {
      if (count[pattern] > 0) {
        values[d] = pattern;
        counts[d++] = count[pattern];
      }
    }
    return MatchModel.estimate(values, counts, maxIterations);
  }

  static double logit(double probability) {
    if (probability <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (probability >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.log(probability / (1 - probability)) / Math.log(2);
  }

  static List<SourceRecord> sortedUnique(Collection<SourceRecord> records) {
    Checks.noNulls(records, "Resolver.records");
    List<SourceRecord> list = records instanceof List<SourceRecord> l && l instanceof java.util.RandomAccess
        ? l : new ArrayList<>(records);
    List<SourceRecord> sorted = PrefixSort.arranged(list, PrefixSort.order(list.size(),
        i -> list.get(i).identity().system(), i -> list.get(i).identity().key()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).identity().equals(sorted.get(i - 1).identity())) {
        throw new InvalidValueException("Resolver.records", sorted.get(i).identity().masked(), "each source identity once");
      }
    }
    return sorted;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Customer ids derived from a text by a 64-bit hash, unique among those in use. */
  static final class Ids {
    private final Set<CustomerId> used;

    Ids(Collection<CustomerId> inUse) {
      this(inUse, 0);
    }

    /** Ids in use, with room for {@code more}. */
    Ids(Collection<CustomerId> inUse, int more) {
      used = new HashSet<>(Math.max(16, (inUse.size() + more) * 4 / 3 + 1));
      used.addAll(inUse);
    }

    void use(CustomerId id) {
      used.add(id);
    }

    boolean isFree(CustomerId id) {
      return !used.contains(id);
    }

    CustomerId derive(String seed) {
      for (int attempt = 0; ; attempt++) {
        CustomerId id = candidate(seed, attempt);
        if (!used.contains(id)) {
          return id;
        }
      }
    }

    /** The id derived from {@code seed} at the given attempt (the first free one is taken). */
    static CustomerId candidate(String seed, int attempt) {
      long h = Blocking.hash(31 + attempt, seed);
      String hex = Long.toHexString(h);
      return CustomerId.of("c-" + "0000000000000000".substring(hex.length()) + hex);
    }
  }
}
