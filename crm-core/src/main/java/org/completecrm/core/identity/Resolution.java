package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * The result of resolving source records into customers: every record (as it came in), the
 * clusters (customer id to its records), the model used, the pairs left for review, the
 * separations people made, and the append-only log of decisions that replays into the clusters.
 *
 * <p>Invariant (checked): every record is in exactly one cluster, and no cluster is empty.
 * Operations return new resolutions: {@link #update} resolves new or changed records
 * incrementally, {@link #merge} and {@link #unmerge} record a person's decision.
 *
 * <p>Versions share structure: the records and clusters are persistent sorted maps and the log a
 * persistent append-only list (package-private {@code ChunkedMap} and {@code AppendList}), so a
 * new version copies only what it changes, not the million records of its base. The collections
 * are the project's own immutable ones (the Immutables style of this type does not copy them);
 * the clusters iterate in order of customer id. A resolution built by this package's operations
 * from a checked one carries a token naming the collections it was made with and is not checked
 * again in whole; any other (a builder's, JSON's) is checked and its collections converted.
 */
@Value.Immutable
@Value.Style(
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    optionalAcceptNullable = true,
    builtinContainerAttributes = false,
    defaults = @Value.Immutable(copy = true))
@JsonSerialize(as = ImmutableResolution.class)
@JsonDeserialize(as = ImmutableResolution.class)
public abstract class Resolution {
  Resolution() {}

  /** A builder (for readers of stored resolutions; resolutions are made by {@link Resolver}). */
  public static ImmutableResolution.Builder builder() {
    return ImmutableResolution.builder();
  }

  /** The settings the resolution was made with. */
  public abstract ResolverSettings settings();

  /** The match model used (given or estimated). */
  public abstract MatchModel model();

  /** Every source record, ordered by identity. */
  public abstract List<SourceRecord> records();

  /** Customer id to the identities of its records. */
  public abstract Map<CustomerId, Set<SourceIdentity>> clusters();

  /** Pairs in different customers that may be the same person, for a person to review. */
  public abstract List<PairDecision> possibleMatches();

  /** Groups of records that a person split apart. */
  public abstract List<Separation> separations();

  /** Every decision so far, in order. */
  public abstract List<MatchDecision> log();

  /** Counts of the last run. */
  public abstract MatchStatistics statistics();

  /**
   * The collections this resolution was made with by an operation of this package that keeps the
   * invariant (see {@link #trusted}); anything else means the whole value is checked.
   */
  @Value.Default
  @Value.Auxiliary
  @com.fasterxml.jackson.annotation.JsonIgnore
  Object made() {
    return "unchecked";
  }

  /** The token of collections made by this package's operations, which keep the invariant by construction. */
  record Made(Object records, Object clusters, Object possibleMatches, Object separations, Object log) {
    boolean names(Resolution r) {
      return records == r.records() && clusters == r.clusters() && possibleMatches == r.possibleMatches()
          && separations == r.separations() && log == r.log();
    }
  }

  /**
   * A resolution from collections an operation of this package built from a checked resolution
   * (records and clusters as chunked maps, the log as an append-only list): not checked in whole.
   */
  static Resolution trusted(Resolution base, ChunkedMap<SourceIdentity, SourceRecord> records,
      ChunkedMap<CustomerId, Set<SourceIdentity>> clusters, List<PairDecision> possibleMatches,
      List<Separation> separations, AppendList<MatchDecision> log, MatchStatistics statistics) {
    return made(base.settings(), base.model(), records, clusters, possibleMatches, separations, log, statistics);
  }

  /**
   * A resolution from collections the resolver built so that every record is in exactly one
   * non-empty cluster (records and clusters as chunked maps, the log as an append-only list): not
   * checked in whole.
   */
  static Resolution made(ResolverSettings settings, MatchModel model, ChunkedMap<SourceIdentity, SourceRecord> records,
      ChunkedMap<CustomerId, Set<SourceIdentity>> clusters, List<PairDecision> possibleMatches,
      List<Separation> separations, AppendList<MatchDecision> log, MatchStatistics statistics) {
    List<SourceRecord> recordList = records.valueList();
    List<PairDecision> queue = List.copyOf(possibleMatches);
    List<Separation> seps = List.copyOf(separations);
    return builder().settings(settings).model(model).records(recordList).clusters(clusters).possibleMatches(queue)
        .separations(seps).log(log).statistics(statistics).made(new Made(recordList, clusters, queue, seps, log)).build();
  }

  /** The records as the persistent map they are kept in (identity to record). */
  @SuppressWarnings("unchecked")
  ChunkedMap<SourceIdentity, SourceRecord> recordMap() {
    return ((ChunkedMap.ValueList<SourceIdentity, SourceRecord>) records()).map();
  }

  /** The clusters as the persistent map they are kept in. */
  ChunkedMap<CustomerId, Set<SourceIdentity>> clusterMap() {
    return (ChunkedMap<CustomerId, Set<SourceIdentity>>) clusters();
  }

  /** The log as the persistent list it is kept in. */
  AppendList<MatchDecision> logList() {
    return (AppendList<MatchDecision>) log();
  }

  /** Record identity to its customer. */
  @Value.Lazy
  Map<SourceIdentity, CustomerId> owners() {
    Map<SourceIdentity, CustomerId> m = new HashMap<>(records().size() * 2);
    clusters().forEach((c, members) -> members.forEach(s -> m.put(s, c)));
    return m;
  }

  /** Record identity to record. */
  Map<SourceIdentity, SourceRecord> byIdentity() {
    return recordMap();
  }

  /** The customer a record was resolved into. */
  public Optional<CustomerId> customerOf(SourceIdentity record) {
    return Optional.ofNullable(owners().get(record));
  }

  /** The record with this identity. */
  public Optional<SourceRecord> record(SourceIdentity identity) {
    return Optional.ofNullable(byIdentity().get(identity));
  }

  /** The records of a customer, ordered by identity. */
  public List<SourceRecord> recordsOf(CustomerId customer) {
    Set<SourceIdentity> members = requireCustomer(customer, "Resolution.customer");
    List<SourceRecord> out = new ArrayList<>(members.size());
    members.stream().sorted().forEach(s -> out.add(byIdentity().get(s)));
    return out;
  }

  /** The golden record of a customer, by the settings' survivorship rules. */
  public GoldenRecord golden(CustomerId customer) {
    return Golden.of(customer, recordsOf(customer), settings());
  }

  /** The golden records of every customer, ordered by customer id. */
  public List<GoldenRecord> goldenRecords() {
    List<GoldenRecord> out = new ArrayList<>(clusters().size());
    clusters().keySet().stream().sorted().forEach(c -> out.add(golden(c)));
    return out;
  }

  /** The decision on two records under this resolution's model, explained comparison by comparison. */
  public PairDecision explain(SourceIdentity first, SourceIdentity second) {
    SourceRecord a = record(first).orElseThrow(() -> new InvalidValueException("Resolution.explain.first", first == null ? "null" : first.masked(), "a record of this resolution"));
    SourceRecord b = record(second).orElseThrow(() -> new InvalidValueException("Resolution.explain.second", second == null ? "null" : second.masked(), "a record of this resolution"));
    return Resolver.decide(a, b, model(), settings());
  }

  /** Resolves new or changed records against this resolution without redoing the rest (see {@link Resolver#update}). */
  public Resolution update(Collection<SourceRecord> changed, Instant at) {
    return Resolver.update(this, changed, at);
  }

  /**
   * A person merges {@code absorbed} into {@code survivor}: the survivor keeps its id, the absorbed
   * id ends, and earlier separations between the two are lifted.
   */
  public Resolution merge(CustomerId survivor, CustomerId absorbed, String actor, String reason, Instant at) {
    return Resolver.merge(this, survivor, absorbed, DecisionOrigin.PERSON, actor, reason, at);
  }

  /**
   * A person splits {@code part} off {@code customer}. If the two groups are exactly the two
   * customers of an earlier merge, both get their former ids back; otherwise both groups get new
   * ids (an id survives unless its records are split). The split is remembered as a separation.
   */
  public Resolution unmerge(CustomerId customer, Set<SourceIdentity> part, String actor, String reason, Instant at) {
    return Resolver.unmerge(this, customer, part, actor, reason, at);
  }

  Set<SourceIdentity> requireCustomer(CustomerId customer, String field) {
    Checks.present(customer, field);
    Set<SourceIdentity> members = clusters().get(customer);
    if (members == null) {
      throw new InvalidValueException(field, customer, "a customer of this resolution");
    }
    return members;
  }

  @Value.Check
  Resolution normalised() {
    if (made() instanceof Made m && m.names(this)) {
      return this;
    }
    check();
    List<SourceRecord> recs = records();
    List<SourceIdentity> ids = new ArrayList<>(recs.size());
    recs.forEach(r -> ids.add(r.identity()));
    ChunkedMap<SourceIdentity, SourceRecord> recordMap = ChunkedMap.ofSorted(ids, new ArrayList<>(recs));
    Map<CustomerId, Set<SourceIdentity>> frozen = new java.util.TreeMap<>();
    clusters().forEach((c, members) -> frozen.put(c, java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(members))));
    return trusted(this, recordMap, ChunkedMap.copyOf(frozen), possibleMatches(), separations(),
        AppendList.copyOf(log()), statistics());
  }

  private void check() {
    Checks.present(settings(), "Resolution.settings");
    Checks.present(model(), "Resolution.model");
    Checks.noNulls(records(), "Resolution.records");
    Checks.noNulls(clusters(), "Resolution.clusters");
    Checks.noNulls(possibleMatches(), "Resolution.possibleMatches");
    Checks.noNulls(separations(), "Resolution.separations");
    Checks.noNulls(log(), "Resolution.log");
    Checks.present(statistics(), "Resolution.statistics");
    Map<SourceIdentity, CustomerId> seen = new HashMap<>(records().size() * 2);
    for (Map.Entry<CustomerId, Set<SourceIdentity>> e : clusters().entrySet()) {
      if (e.getValue().isEmpty()) {
        throw new InvalidValueException("Resolution.clusters[" + e.getKey() + "]", "[]", "at least one record");
      }
      for (SourceIdentity s : e.getValue()) {
        CustomerId prev = seen.put(s, e.getKey());
        if (prev != null) {
          throw new InvalidValueException("Resolution.clusters[" + e.getKey() + "]", s.masked(), "a record in no other customer (also in " + prev + ")");
        }
      }
    }
    SourceIdentity last = null;
    for (SourceRecord r : records()) {
      if (last != null && last.compareTo(r.identity()) >= 0) {
        throw new InvalidValueException("Resolution.records", r.identity().masked(), "records in ascending order of identity, each once");
      }
      last = r.identity();
      if (!seen.containsKey(r.identity())) {
        throw new InvalidValueException("Resolution.clusters", r.identity().masked(), "a customer for every record");
      }
    }
    if (seen.size() != records().size()) {
      throw new InvalidValueException("Resolution.clusters", seen.size() + " records", records().size() + " records, as in records()");
    }
  }

  @Override
  public String toString() {
    return "Resolution{records=" + records().size() + ", customers=" + clusters().size() + ", log=" + log().size() + "}";
  }
}
