package org.completecrm.core.identity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * A persistent blocking index over a resolution, for incremental matching that costs what the
 * new records cost: {@link #update} adds new or changed records to the index in place and
 * re-resolves only the connected components of matched pairs that they touch, so that the
 * clusters are exactly those of a batch {@link Resolver#resolve} of all records with the same
 * model, whatever the split into batches.
 *
 * <p>Why components: the batch clusters of the records of one component of matched pairs depend
 * on that component alone (see {@link Resolver#cluster}). An update finds the components that
 * changed — those reached from a new record, from the matched neighbours of a changed record's
 * former version, or from a block that crossed the block limit — by following matched pairs
 * through the index, and clusters them again; every other customer stays as it is, with its id.
 *
 * <p>The index is mutable and not thread-safe: a host keeps one per line of resolutions, calls
 * {@link #update} with each batch of records, and may {@link #writeTo save} it beside the
 * resolution's JSON to {@link #readFrom load} it again instead of rebuilding it.
 */
public final class MatchIndex {
  /**
   * The format of {@link #writeTo}: 2 since the blocking keys changed (issue 20: the house within a
   * town instead of the street, swapped-name keys); an index of format 1 holds blocks of other keys
   * and is refused, to be rebuilt with {@link #of}.
   */
  static final int FORMAT = 2;

  private Resolution resolution;
  private final List<SourceRecord> slots;
  private final Map<SourceIdentity, Integer> slotOf;
  private final BitSet retired;
  private final BlockTable blocks;
  private final Map<SourceIdentity, CustomerId> owner;
  private final Resolver.Ids ids;

  private MatchIndex(Resolution resolution, List<SourceRecord> slots, BitSet retired, BlockTable blocks) {
    this.resolution = resolution;
    this.slots = slots;
    this.retired = retired;
    this.blocks = blocks;
    this.owner = new HashMap<>(slots.size() * 2);
    resolution.clusters().forEach((c, members) -> members.forEach(m -> owner.put(m, c)));
    this.ids = new Resolver.Ids(resolution.clusters().keySet());
    resolution.log().forEach(d -> {
      ids.use(d.customer());
      d.other().ifPresent(ids::use);
      d.renamed().ifPresent(ids::use);
    });
    this.slotOf = new HashMap<>(slots.size() * 2);
    for (int s = 0; s < slots.size(); s++) {
      if (!retired.get(s)) {
        slotOf.put(slots.get(s).identity(), s);
      }
    }
  }

  /** Builds the index of a resolution's records (once; afterwards it is updated in place). */
  public static MatchIndex of(Resolution resolution) {
    Checks.present(resolution, "MatchIndex.resolution");
    List<SourceRecord> records = new ArrayList<>(resolution.records().size() + resolution.records().size() / 8 + 16);
    records.addAll(resolution.records());
    Prepared p = Prepared.of(records);
    long[][] keys = new long[records.size()][];
    java.util.stream.IntStream.range(0, records.size()).parallel().forEach(i -> keys[i] = Blocking.blocks(p, i));
    long entries = 0;
    for (long[] k : keys) {
      entries += k.length;
    }
    // about half the entries are blocks of their own (a key no other record shares); room for an
    // eighth more, so that the first updates do not copy the tables of a million records
    long room = entries + entries / 8;
    BlockTable t = new BlockTable((int) Math.min(Integer.MAX_VALUE / 4, room / 2), (int) Math.min(Integer.MAX_VALUE / 4, room));
    for (int i = 0; i < keys.length; i++) {
      for (long k : keys[i]) {
        t.add(k, i);
      }
    }
    return new MatchIndex(resolution, records, new BitSet(), t);
  }

  /** The current resolution. */
  public Resolution resolution() {
    return resolution;
  }

  /**
   * Resolves new or changed records (a record whose identity is known replaces its former
   * version), updating the index in place, and returns the new resolution (also
   * {@link #resolution()} from now on). Customers whose component no record of the batch
   * touches keep their ids and records; the decisions are appended to the log.
   */
  public Resolution update(Collection<SourceRecord> changed, Instant at) {
    Checks.present(at, "MatchIndex.update.at");
    List<SourceRecord> incoming = Resolver.sortedUnique(changed);
    Resolution base = resolution;
    ResolverSettings settings = base.settings();
    MatchModel model = base.model();
    int max = settings.maxBlockSize();
    Set<Integer> seeds = new HashSet<>();
    Map<Long, Integer> liveBefore = new HashMap<>();
    Log log = new Log(base.log().size());
    TreeMap<CustomerId, TreeSet<SourceIdentity>> touchedClusters = new TreeMap<>();
    Set<SourceIdentity> leaving = new HashSet<>();
    // retire former versions: their matched neighbours seed the components that may split
    for (SourceRecord r : incoming) {
      Integer old = slotOf.get(r.identity());
      if (old != null) {
        seeds.addAll(matchedNeighbours(old, model, settings));
        Prepared one = Prepared.of(List.of(slots.get(old)));
        for (long k : Blocking.blocks(one, 0)) {
          liveBefore.putIfAbsent(k, blocks.live(k));
          blocks.retire(k);
        }
        retired.set(old);
        slotOf.remove(r.identity());
        CustomerId c = owner.get(r.identity());
        leaving.add(r.identity());
        touchedClusters.computeIfAbsent(c, x -> new TreeSet<>(base.clusters().get(c)));
      }
    }
    Prepared fresh = Prepared.of(incoming);
    for (int i = 0; i < incoming.size(); i++) {
      int s = slots.size();
      slots.add(incoming.get(i));
      slotOf.put(incoming.get(i).identity(), s);
      seeds.add(s);
      for (long k : Blocking.blocks(fresh, i)) {
        liveBefore.putIfAbsent(k, blocks.live(k));
        blocks.add(k, s);
      }
    }
    // a block that crossed the limit adds or removes the pairs of all its records
    for (Map.Entry<Long, Integer> e : liveBefore.entrySet()) {
      if (e.getValue() > max != blocks.live(e.getKey()) > max) {
        blocks.forEach(e.getKey(), s -> {
          if (!retired.get(s)) {
            seeds.add(s);
          }
        });
      }
    }
    seeds.removeIf(retired::get);
    Rows rows = new Rows(model);
    List<Integer> area = component(seeds, model, settings, rows);
    return recluster(base, area, incoming, leaving, touchedClusters, log, at, rows);
  }

  /** The live slots that share a block of at most the limit with slot {@code s}, itself excluded. */
  private Set<Integer> candidatesOf(int s, Prepared p, int i, int max) {
    Set<Integer> out = new TreeSet<>();
    for (long k : Blocking.blocks(p, i)) {
      if (blocks.live(k) <= max) {
        blocks.forEach(k, y -> {
          if (y != s && !retired.get(y)) {
            out.add(y);
          }
        });
      }
    }
    return out;
  }

  private Set<Integer> matchedNeighbours(int s, MatchModel model, ResolverSettings settings) {
    Prepared one = Prepared.of(List.of(slots.get(s)));
    Set<Integer> out = new HashSet<>();
    for (int y : candidatesOf(s, one, 0, settings.maxBlockSize())) {
      if (matched(slots.get(s), slots.get(y), model, settings)) {
        out.add(y);
      }
    }
    return out;
  }

  /**
   * Standardised rows of slots within one update: each record is standardised once, however many
   * search rounds and the reclustering use it (a slot's record never changes: a changed record
   * gets a new slot). Rows carry the model's term-frequency adjustments.
   */
  private final class Rows {
    private final List<Prepared> parts = new ArrayList<>();
    private final Map<Integer, Long> at = new HashMap<>();
    private final MatchModel model;

    Rows(MatchModel model) {
      this.model = model;
    }

    /** The prepared values of the slots, in the given order. */
    Prepared of(List<Integer> order) {
      List<Integer> missing = new ArrayList<>();
      for (int s : order) {
        if (!at.containsKey(s)) {
          missing.add(s);
        }
      }
      if (!missing.isEmpty()) {
        List<SourceRecord> rs = new ArrayList<>(missing.size());
        missing.forEach(s -> rs.add(slots.get(s)));
        int part = parts.size();
        parts.add(Prepared.of(rs).adjustedBy(model));
        for (int k = 0; k < missing.size(); k++) {
          at.put(missing.get(k), (long) part << 32 | k);
        }
      }
      long[] refs = new long[order.size()];
      for (int r = 0; r < refs.length; r++) {
        refs[r] = at.get(order.get(r));
      }
      return Prepared.gather(parts, refs);
    }
  }

  /**
   * The closure of {@code seeds} under matched pairs, in rounds. Each round looks up the
   * frontier's candidates and compares them on all cores (each frontier record on its own, the
   * results joined in frontier order, so the outcome does not depend on scheduling).
   */
  private List<Integer> component(Set<Integer> seeds, MatchModel model, ResolverSettings settings, Rows rows) {
    Set<Integer> seen = new TreeSet<>(seeds);
    List<Integer> frontier = new ArrayList<>(seen);
    double threshold = Resolver.logit(settings.matchProbability());
    while (!frontier.isEmpty()) {
      List<Integer> fr = frontier;
      Prepared pf = rows.of(fr);
      List<Set<Integer>> cands = new ArrayList<>(java.util.Collections.nCopies(fr.size(), Set.of()));
      java.util.stream.IntStream.range(0, fr.size()).parallel().forEach(f -> {
        Set<Integer> c = candidatesOf(fr.get(f), pf, f, settings.maxBlockSize());
        c.removeIf(seen::contains);
        cands.set(f, c);
      });
      // the frontier and its candidates in identity order
      Set<Integer> involved = new TreeSet<>(fr);
      for (Set<Integer> c : cands) {
        involved.addAll(c);
      }
      List<Integer> order = new ArrayList<>(involved);
      order.sort(java.util.Comparator.comparing(s -> slots.get(s).identity()));
      Map<Integer, Integer> local = new HashMap<>(order.size() * 2);
      for (int s : order) {
        local.put(s, local.size());
      }
      Prepared p = rows.of(order);
      List<List<Integer>> matchedOf = new ArrayList<>(java.util.Collections.nCopies(fr.size(), List.of()));
      java.util.stream.IntStream.range(0, fr.size()).parallel().forEach(f -> {
        int x = local.get(fr.get(f));
        List<Integer> m = new ArrayList<>();
        for (int ys : cands.get(f)) {
          int y = local.get(ys);
          if (matched(p, Math.min(x, y), Math.max(x, y), model, settings.rules(), threshold)) {
            m.add(ys);
          }
        }
        matchedOf.set(f, m);
      });
      List<Integer> next = new ArrayList<>();
      for (List<Integer> m : matchedOf) {
        for (int ys : m) {
          if (seen.add(ys)) {
            next.add(ys);
          }
        }
      }
      frontier = next;
    }
    return new ArrayList<>(seen);
  }

  /** Whether records {@code i < j} of {@code p} are a matched pair: a rule, or log-odds at least the threshold (as in a batch). */
  private static boolean matched(Prepared p, int i, int j, MatchModel model, boolean rules, double threshold) {
    if (rules && p.rule(i, j) != null) {
      return true;
    }
    int pattern = p.compare(i, j);
    return model.weightOf(pattern) + p.tfAdjustment(i, j, pattern) + model.priorLogOdds() >= threshold
        && Resolver.enoughEvidence(p, i, j, pattern, model, threshold);
  }

  /** Whether two records are a matched pair: a rule, or log-odds at least the match threshold (as in a batch). */
  private static boolean matched(SourceRecord a, SourceRecord b, MatchModel model, ResolverSettings settings) {
    List<SourceRecord> two = a.identity().compareTo(b.identity()) < 0 ? List.of(a, b) : List.of(b, a);
    Prepared p = Prepared.of(two).adjustedBy(model);
    return matched(p, 0, 1, model, settings.rules(), Resolver.logit(settings.matchProbability()));
  }

  /** Clusters the area again as a batch would, and writes the changes into a new resolution. */
  private Resolution recluster(Resolution base, List<Integer> areaSlots, List<SourceRecord> incoming,
      Set<SourceIdentity> leaving, TreeMap<CustomerId, TreeSet<SourceIdentity>> touched, Log log,
      Instant at, Rows rows) {
    ResolverSettings settings = base.settings();
    MatchModel model = base.model();
    List<Integer> sortedSlots = new ArrayList<>(areaSlots);
    sortedSlots.sort(java.util.Comparator.comparing(s -> slots.get(s).identity()));
    List<SourceRecord> area = new ArrayList<>(sortedSlots.size());
    sortedSlots.forEach(s -> area.add(slots.get(s)));
    int n = area.size();
    Prepared p = rows.of(sortedSlots);
    Map<Long, List<Integer>> local = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (long k : Blocking.blocks(p, i)) {
        if (blocks.live(k) <= settings.maxBlockSize()) {
          local.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
    }
    Blocking.LongList pairList = new Blocking.LongList(16);
    for (List<Integer> b : local.values()) {
      for (int x = 0; x < b.size(); x++) {
        for (int y = x + 1; y < b.size(); y++) {
          long i = Math.min(b.get(x), b.get(y));
          long j = Math.max(b.get(x), b.get(y));
          if (i != j) {
            pairList.add(i << 32 | j);
          }
        }
      }
    }
    long[] pairs = pairList.sortedDistinct();
    int[] patterns = new int[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      patterns[k] = p.compare((int) (pairs[k] >>> 32), (int) pairs[k]);
    }
    Resolver.Clustered c = Resolver.cluster(p, pairs, patterns, model, settings, area, base.separations());
    TreeMap<Integer, TreeSet<SourceIdentity>> byRoot = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(c.parent()[i], x -> new TreeSet<>()).add(area.get(i).identity());
    }
    // the old customers of the area, after changed records left them
    Map<SourceIdentity, CustomerId> owners = owner;
    for (SourceRecord r : area) {
      CustomerId o = owners.get(r.identity());
      if (o != null && !touched.containsKey(o)) {
        touched.put(o, new TreeSet<>(base.clusters().get(o)));
      }
    }
    Map<CustomerId, Set<SourceIdentity>> puts = new TreeMap<>();
    Set<CustomerId> removals = new TreeSet<>();
    for (SourceIdentity gone : new TreeSet<>(leaving)) {
      CustomerId o = owners.get(gone);
      log.add(Resolver.decision(log.size(), at, DecisionKind.REMOVE, o, Set.of(gone), "automatic: record changed"));
      touched.get(o).remove(gone);
    }
    Map<SourceIdentity, CustomerId> areaOwner = new HashMap<>();
    touched.forEach((o, members) -> members.forEach(m -> areaOwner.put(m, o)));
    // keep an old customer whose remaining records lie wholly in one new cluster (the largest such wins)
    Map<Integer, CustomerId> keep = new TreeMap<>();
    Set<CustomerId> kept = new HashSet<>();
    for (Map.Entry<Integer, TreeSet<SourceIdentity>> e : byRoot.entrySet()) {
      Map<CustomerId, Integer> inside = new TreeMap<>();
      e.getValue().forEach(m -> {
        CustomerId o = areaOwner.get(m);
        if (o != null) {
          inside.merge(o, 1, Integer::sum);
        }
      });
      CustomerId best = null;
      for (Map.Entry<CustomerId, Integer> o : inside.entrySet()) {
        boolean whole = !touched.get(o.getKey()).isEmpty() && o.getValue() == touched.get(o.getKey()).size();
        if (whole && !kept.contains(o.getKey()) && (best == null || o.getValue() > inside.get(best))) {
          best = o.getKey();
        }
      }
      if (best != null) {
        keep.put(e.getKey(), best);
        kept.add(best);
      }
    }
    for (Map.Entry<CustomerId, TreeSet<SourceIdentity>> e : touched.entrySet()) {
      removals.add(e.getKey());
      if (!kept.contains(e.getKey()) && !e.getValue().isEmpty()) {
        log.add(Resolver.decision(log.size(), at, DecisionKind.REMOVE, e.getKey(), e.getValue(), "automatic: re-resolved"));
      }
    }
    for (Map.Entry<Integer, TreeSet<SourceIdentity>> e : byRoot.entrySet()) {
      CustomerId id = keep.get(e.getKey());
      TreeSet<SourceIdentity> members = e.getValue();
      if (id != null) {
        TreeSet<SourceIdentity> added = new TreeSet<>(members);
        added.removeAll(touched.get(id));
        if (!added.isEmpty()) {
          log.add(Resolver.decision(log.size(), at, DecisionKind.ADD, id, added,
              "automatic: " + members.size() + " records matched"));
        }
      } else {
        id = ids.derive(members.first().toString());
        log.add(Resolver.decision(log.size(), at, DecisionKind.CREATE, id, members,
            members.size() == 1 ? "automatic: no match" : "automatic: " + members.size() + " records matched"));
      }
      ids.use(id);
      puts.put(id, java.util.Collections.unmodifiableSortedSet(members));
      for (SourceIdentity m : members) {
        owner.put(m, id);
      }
    }
    ChunkedMap<CustomerId, Set<SourceIdentity>> clusters = base.clusterMap().with(puts, removals);
    // records: the base's, with changed ones replaced and new ones inserted in identity order
    Map<SourceIdentity, SourceRecord> changedRecords = new TreeMap<>();
    incoming.forEach(r -> changedRecords.put(r.identity(), r));
    ChunkedMap<SourceIdentity, SourceRecord> records = base.recordMap().with(changedRecords, Set.of());
    // the review queue: earlier possible matches outside the area, then the area's
    Set<SourceIdentity> inArea = new HashSet<>();
    area.forEach(r -> inArea.add(r.identity()));
    List<PairDecision> queue = new ArrayList<>();
    for (PairDecision d : base.possibleMatches()) {
      if (!inArea.contains(d.first()) && !inArea.contains(d.second())) {
        queue.add(d);
      }
    }
    List<PairDecision> fresh = new ArrayList<>();
    for (int k : c.possible()) {
      int i = (int) (pairs[k] >>> 32);
      int j = (int) pairs[k];
      if (c.parent()[i] != c.parent()[j]) {
        fresh.add(Resolver.decision(p, i, j, area, patterns[k], model, settings));
      }
    }
    // the earlier entries kept are in impact order with their customers' sizes unchanged when every
    // customer the update touched lies inside the area (always so unless a person merged customers
    // that no matched pair joins): then merge the area's entries in; otherwise sort all again
    boolean untouchedOutside = true;
    for (TreeSet<SourceIdentity> members : touched.values()) {
      for (SourceIdentity m : members) {
        untouchedOutside &= inArea.contains(m);
      }
    }
    java.util.function.ToIntFunction<SourceIdentity> size = x -> clusters.get(owner.get(x)).size();
    if (untouchedOutside) {
      queue = Resolver.mergeByImpact(queue, fresh, size);
    } else {
      queue.addAll(fresh);
      queue = Resolver.byImpact(queue, size);
    }
    MatchStatistics stats = new MatchStatistics(incoming.size(), pairs.length, c.edges(), queue.size(), c.refusals(), 0,
        clusters.size(), MatchStatistics.histogram(c.logOdds()));
    resolution = Resolution.trusted(base, records, clusters, queue, base.separations(),
        base.logList().appendAll(log.added), stats);
    return resolution;
  }

  /** The decisions an update adds to the log, numbered on from the base's. */
  private static final class Log {
    final List<MatchDecision> added = new ArrayList<>();
    private final int start;

    Log(int start) {
      this.start = start;
    }

    /** The sequence number of the next decision. */
    int size() {
      return start + added.size();
    }

    void add(MatchDecision d) {
      added.add(d);
    }
  }

  /**
   * Writes the index (the slots' identities in slot order, which are retired, and the blocks) in
   * a compact binary form; the records themselves are the resolution's, stored by the host as JSON.
   */
  public void writeTo(OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(out));
    d.writeInt(FORMAT);
    d.writeInt(slots.size());
    for (int s = 0; s < slots.size(); s++) {
      d.writeBoolean(retired.get(s));
      d.writeUTF(slots.get(s).identity().system());
      d.writeUTF(slots.get(s).identity().key());
    }
    blocks.writeTo(d);
    d.flush();
  }

  /**
   * Reads an index written by {@link #writeTo} for {@code resolution} (the one it was written
   * with). Retired slots keep their place without a record.
   *
   * @throws InvalidValueException when the stream is not such an index or does not fit the resolution
   */
  public static MatchIndex readFrom(InputStream in, Resolution resolution) throws IOException {
    Checks.present(resolution, "MatchIndex.resolution");
    DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in));
    int format = d.readInt();
    if (format == 1) {
      throw new InvalidValueException("MatchIndex.format", format,
          "format " + FORMAT + " (format 1 was written with other blocking keys: rebuild the index with MatchIndex.of)");
    }
    if (format != FORMAT) {
      throw new InvalidValueException("MatchIndex.format", format, "format " + FORMAT);
    }
    int n = d.readInt();
    if (n < 0) {
      throw new InvalidValueException("MatchIndex.slots", n, "a count >= 0");
    }
    List<SourceRecord> slots = new ArrayList<>(n);
    BitSet retired = new BitSet(n);
    SourceRecord placeholder = null;
    int live = 0;
    for (int s = 0; s < n; s++) {
      boolean gone = d.readBoolean();
      SourceIdentity id = SourceIdentity.of(d.readUTF(), d.readUTF());
      Optional<SourceRecord> r = resolution.record(id);
      if (gone) {
        retired.set(s);
        if (placeholder == null) {
          placeholder = SourceRecord.builder().identity(id).build();
        }
        slots.add(placeholder);
      } else if (r.isPresent()) {
        slots.add(r.get());
        live++;
      } else {
        throw new InvalidValueException("MatchIndex.slots[" + s + "]", id, "a record of the resolution");
      }
    }
    if (live != resolution.records().size()) {
      throw new InvalidValueException("MatchIndex.slots", live + " live records",
          resolution.records().size() + " records, as in the resolution");
    }
    try {
      return new MatchIndex(resolution, slots, retired, BlockTable.readFrom(d));
    } catch (IOException e) {
      throw new InvalidValueException("MatchIndex.blocks", e.getMessage(), "blocks as written by MatchIndex.writeTo");
    }
  }
}
