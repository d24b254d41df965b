package org.completecrm.core.identity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * The steps of {@link Resolver#resolve} as pure functions of one record, one pair or one
 * connected component, for a distributed engine that runs them on its executors (the Spark
 * example does): standardise each record and take its blocks; pair the records that share a
 * block of at most {@link ResolverSettings#maxBlockSize()} entries; compare each pair into an
 * agreement pattern; estimate the model by EM from the counts of the patterns and the counts of
 * the given and family names; keep the pairs that are {@link #matched matched} (the pairs that
 * {@link #mayMatch may match} are a superset that needs no names); find the connected components
 * of those pairs; and resolve each component with the single-machine clustering and cluster guard
 * into golden records.
 *
 * <p>Done so, the clusters and golden records are those of {@link Resolver#resolve} on all the
 * records at once (a fresh resolve without a previous resolution), because the clustering of one
 * component depends on that component alone. Customer ids derive from each cluster's smallest
 * record identity as in {@link Resolver#resolve}; the caller checks that they are distinct (two
 * 64-bit hashes that collide, which the single machine resolves by deriving again).
 */
public final class ResolutionSteps {
  /** How many standardised values a record has ({@link Standardised#values()}). */
  public static final int STANDARDISED_VALUES = 13;

  private ResolutionSteps() {}

  /**
   * One record's standardised values as the resolver compares them (names, birth date digits,
   * e-mail, phone, address parts and identifiers, in a fixed order) and whether its e-mail is
   * verified; made by {@link #standardise}, kept by a distributed engine as plain columns.
   *
   * @param values the {@link #STANDARDISED_VALUES} values, empty where missing
   * @param verifiedEmail whether the record's e-mail is present and verified by its source
   */
  public record Standardised(List<String> values, boolean verifiedEmail) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates the number of values. */
    public Standardised {
      Checks.noNulls(values, "ResolutionSteps.Standardised.values");
      values = List.copyOf(values);
      if (values.size() != STANDARDISED_VALUES) {
        throw new InvalidValueException("ResolutionSteps.Standardised.values", values.size() + " values",
            STANDARDISED_VALUES + " standardised values");
      }
    }

    /** The standardised given name (the value that term frequencies count). */
    public String givenName() {
      return values.get(0);
    }

    /** The standardised family name (the value that term frequencies count). */
    public String familyName() {
      return values.get(2);
    }

    /** The standardised birth date (the value whose chance agreement the model keeps). */
    public String birthDate() {
      return values.get(4);
    }
  }

  /**
   * The standardised values of many records as flat columns, without an object per record: made
   * from records by {@link ResolutionSteps#standardise(List)}, or empty by {@link #ofSize} and
   * filled row by row by {@link #set} from values kept elsewhere (a distributed engine that
   * holds a partition's records and compares batches of records shipped to it sets each batch
   * over the rows of the one before). {@link ResolutionSteps#blocks(StandardisedRows, int)},
   * {@link ResolutionSteps#patterns(StandardisedRows, long[])}, {@link
   * ResolutionSteps#rules(StandardisedRows, long[], ResolverSettings)} and {@link
   * ResolutionSteps#exactName(boolean, StandardisedRows, int, int, int)} read them as their
   * one-record counterparts read a {@link Standardised}, with the same results. Not safe for
   * threads that set rows while others read them.
   */
  public static final class StandardisedRows {
    final Prepared prepared;

    private StandardisedRows(Prepared prepared) {
      this.prepared = prepared;
    }

    /** {@code size} rows, each a record without values (every value empty, no e-mail verified). */
    public static StandardisedRows ofSize(int size) {
      if (size < 0) {
        throw new InvalidValueException("ResolutionSteps.StandardisedRows.size", size, "a size of at least 0");
      }
      return new StandardisedRows(Prepared.empty(size));
    }

    /** The number of rows. */
    public int size() {
      return prepared.size;
    }

    /** Value {@code v} ({@code 0} to {@link #STANDARDISED_VALUES} - 1, as in {@link Standardised#values()}) of row {@code row}. */
    public String value(int row, int v) {
      if (v < 0 || v >= STANDARDISED_VALUES) {
        throw new InvalidValueException("ResolutionSteps.StandardisedRows.value", v, "a value below " + STANDARDISED_VALUES);
      }
      return prepared.rows[index(row) * Prepared.WIDTH + v];
    }

    /** Whether the record of row {@code row} has a verified e-mail ({@link Standardised#verifiedEmail()}). */
    public boolean verifiedEmail(int row) {
      return prepared.verifiedEmail[index(row)];
    }

    /** Row {@code row} as one record's values. */
    public Standardised get(int row) {
      int b = index(row) * Prepared.WIDTH;
      return new Standardised(Arrays.asList(prepared.rows).subList(b, b + Prepared.WIDTH), prepared.verifiedEmail[row]);
    }

    /**
     * Sets row {@code row} to a record's standardised values: {@code values[from]} to {@code
     * values[from + STANDARDISED_VALUES - 1]}, in the order of {@link Standardised#values()}, empty
     * where missing (the array is not kept).
     */
    public void set(int row, String[] values, int from, boolean verifiedEmail) {
      index(row);
      if (values == null || from < 0 || from > values.length - STANDARDISED_VALUES) {
        throw new InvalidValueException("ResolutionSteps.StandardisedRows.values", values == null ? null : from,
            STANDARDISED_VALUES + " values from a start within the array");
      }
      for (int v = from; v < from + STANDARDISED_VALUES; v++) {
        if (values[v] == null) {
          throw new InvalidValueException("ResolutionSteps.StandardisedRows.values", null, "a value (empty where missing)");
        }
      }
      prepared.setRow(row, values, from, verifiedEmail);
    }

    /** Sets row {@code row} to a record's standardised values. */
    public void set(int row, Standardised values) {
      Checks.present(values, "ResolutionSteps.StandardisedRows.values");
      set(row, values.values().toArray(new String[0]), 0, values.verifiedEmail());
    }

    private int index(int row) {
      if (row < 0 || row >= prepared.size) {
        throw new InvalidValueException("ResolutionSteps.StandardisedRows.row", row, "a row below " + prepared.size);
      }
      return row;
    }
  }

  /**
   * The standardised values of many records (in the given order), each as {@link
   * #standardise(SourceRecord)} gives it, in one call: the records share one preparation, and the
   * values that repeat over records (names, dates, streets, towns) are held once. Runs in the
   * calling thread.
   */
  public static StandardisedRows standardise(List<SourceRecord> records) {
    Checks.noNulls(records, "ResolutionSteps.standardise.records");
    return new StandardisedRows(Prepared.of(records, false));
  }

  /** The record's standardised values. */
  public static Standardised standardise(SourceRecord record) {
    Checks.present(record, "ResolutionSteps.standardise.record");
    Prepared p = Prepared.of(List.of(record));
    return new Standardised(List.of(p.given[0], p.givenCanon[0], p.family[0], p.familySoundex[0], p.dob[0],
        p.email[0], p.phone[0], p.streetNo[0], p.street[0], p.locality[0], p.postcode[0], p.nationalId[0],
        p.accountId[0]), p.verifiedEmail[0]);
  }

  /**
   * The blocks of a record: two records are candidates when they share a block that holds at most
   * {@link ResolverSettings#maxBlockSize()} entries (a block is counted with repetitions: a record
   * may be in one block more than once, and each time counts).
   */
  public static long[] blocks(Standardised record) {
    return Blocking.blocks(prepared(record), 0);
  }

  /** The blocks of row {@code row} of {@code rows}, as {@link #blocks(Standardised)} gives them for that record. */
  public static long[] blocks(StandardisedRows rows, int row) {
    Checks.present(rows, "ResolutionSteps.blocks.rows");
    return Blocking.blocks(rows.prepared, rows.index(row));
  }

  /**
   * The agreement pattern of two records, {@code first} the one with the smaller identity: an
   * opaque code of the level of every {@link Comparison}, as the model counts them.
   */
  public static int pattern(Standardised first, Standardised second) {
    return prepared(first, second).compare(0, 1);
  }

  /**
   * The agreement patterns of many pairs of records at once, as {@link #pattern} gives them one by
   * one: each pair is {@code a << 32 | b}, indices into {@code rows}, {@code a} the record with the
   * smaller identity. For a distributed engine that compares a partition's pairs in one call
   * instead of preparing two records for each pair.
   */
  public static int[] patterns(List<Standardised> rows, long[] pairs) {
    return patterns(prepared(rows, pairs, "ResolutionSteps.patterns"), pairs);
  }

  /**
   * The agreement patterns of many pairs of rows, as {@link #patterns(List, long[])} gives them:
   * each pair is {@code a << 32 | b}, row indices, {@code a} the record with the smaller identity.
   */
  public static int[] patterns(StandardisedRows rows, long[] pairs) {
    return patterns(prepared(rows, pairs, "ResolutionSteps.patterns"), pairs);
  }

  /** Whether a deterministic rule links each of many pairs of rows (as {@link #patterns(StandardisedRows, long[])}), as {@link #rule} decides it. */
  public static boolean[] rules(StandardisedRows rows, long[] pairs, ResolverSettings settings) {
    Checks.present(settings, "ResolutionSteps.rules.settings");
    return rules(prepared(rows, pairs, "ResolutionSteps.rules"), pairs, settings);
  }

  /** Whether a deterministic rule links each of many pairs (as {@link #patterns}), as {@link #rule} decides it. */
  public static boolean[] rules(List<Standardised> rows, long[] pairs, ResolverSettings settings) {
    Checks.present(settings, "ResolutionSteps.rules.settings");
    return rules(prepared(rows, pairs, "ResolutionSteps.rules"), pairs, settings);
  }

  /** Whether a deterministic rule links two records (and the settings apply rules). */
  public static boolean rule(Standardised first, Standardised second, ResolverSettings settings) {
    return settings.rules() && prepared(first, second).rule(0, 1) != null;
  }

  /**
   * The model of {@link Resolver#resolve}: the settings' model if given, otherwise estimated by EM
   * from how many candidate pairs have each agreement pattern, with term-frequency tables of the
   * given and family names counted over all records (empty names are not counted).
   *
   * @param patterns the distinct agreement patterns of the candidate pairs, in any order
   * @param counts how many candidate pairs have each pattern
   * @param givenNames how many records have each standardised given name
   * @param familyNames how many records have each standardised family name
   * @param settings the settings (the model if given, and the EM iteration limit)
   */
  public static MatchModel model(int[] patterns, long[] counts, Map<String, Long> givenNames,
      Map<String, Long> familyNames, ResolverSettings settings) {
    return model(patterns, counts, givenNames, familyNames, Map.of(), settings);
  }

  /**
   * {@link #model(int[], long[], Map, Map, ResolverSettings)} with the chance agreement of the
   * records' birth dates too ({@link TermFrequencies#agreementOnly}; empty dates are not counted),
   * as {@link Resolver#resolve} keeps it; without birth dates the model has no such table.
   *
   * @param birthDates how many records have each standardised birth date
   */
  public static MatchModel model(int[] patterns, long[] counts, Map<String, Long> givenNames,
      Map<String, Long> familyNames, Map<String, Long> birthDates, ResolverSettings settings) {
    Checks.present(settings, "ResolutionSteps.model.settings");
    if (settings.model().isPresent()) {
      return settings.model().get();
    }
    if (patterns.length != counts.length) {
      throw new InvalidValueException("ResolutionSteps.model.counts", counts.length + " counts",
          "one count per pattern (" + patterns.length + ")");
    }
    TreeMap<Integer, Long> byPattern = new TreeMap<>();
    for (int k = 0; k < patterns.length; k++) {
      byPattern.merge(patterns[k], counts[k], Long::sum);
    }
    int[] values = new int[byPattern.size()];
    long[] n = new long[byPattern.size()];
    int d = 0;
    for (Map.Entry<Integer, Long> e : byPattern.entrySet()) {
      values[d] = e.getKey();
      n[d++] = e.getValue();
    }
    Map<String, Long> dates = nonEmpty(Checks.present(birthDates, "ResolutionSteps.model.birthDates"));
    return MatchModel.builder().from(MatchModel.estimate(values, n, settings.maxIterations()))
        .putTermFrequencies(Comparison.GIVEN_NAME, TermFrequencies.ofCounts(nonEmpty(givenNames)))
        .putTermFrequencies(Comparison.FAMILY_NAME, TermFrequencies.ofCounts(nonEmpty(familyNames)))
        .putAllTermFrequencies(dates.isEmpty() ? Map.of()
            : Map.of(Comparison.BIRTH_DATE, TermFrequencies.agreementOnly(TermFrequencies.ofCounts(dates))))
        .build();
  }

  /**
   * Whether a candidate pair may be a matched pair under the model: a rule links it, or its weight
   * with the largest term-frequency adjustment reaches the match threshold. Every matched pair of
   * {@link Resolver#resolve} may match, so the connected components of these pairs hold whole
   * clusters (a component may hold several).
   */
  public static boolean mayMatch(int pattern, boolean rule, MatchModel model, ResolverSettings settings) {
    if (rule) {
      return true;
    }
    if (!Resolver.mayHaveEnoughEvidence(pattern)) {
      return false;
    }
    double best = model.weightOf(pattern) + 2 * TermFrequencies.CAP + model.priorLogOdds();
    // a margin against rounding: a pair let through needlessly only joins a component
    return best + 1e-6 >= Resolver.logit(settings.matchProbability());
  }

  /**
   * The name that two records of a pair agree on exactly, the value whose term-frequency
   * adjustment counts in the pair's weight: the given name ({@code family} false) or the family
   * name, when the pattern has exact agreement on it and the standardised names are equal;
   * otherwise empty (no adjustment). {@code first} is the record with the smaller identity.
   */
  public static String exactName(boolean family, Standardised first, Standardised second, int pattern) {
    Checks.present(first, "ResolutionSteps.exactName.first");
    Checks.present(second, "ResolutionSteps.exactName.second");
    String a = family ? first.familyName() : first.givenName();
    String b = family ? second.familyName() : second.givenName();
    return Prepared.level(pattern, family ? 1 : 0) == 3 && a.equals(b) ? a : "";
  }

  /**
   * The name that rows {@code first} and {@code second} of {@code rows} agree on exactly, as
   * {@link #exactName(boolean, Standardised, Standardised, int)} gives it for those records.
   */
  public static String exactName(boolean family, StandardisedRows rows, int first, int second, int pattern) {
    Checks.present(rows, "ResolutionSteps.exactName.rows");
    int i = rows.index(first);
    int j = rows.index(second);
    if (Prepared.level(pattern, family ? 1 : 0) != 3) {
      // most pairs: the pattern decides without reading the names
      return "";
    }
    String[] names = family ? rows.prepared.family : rows.prepared.given;
    return names[i].equals(names[j]) ? names[i] : "";
  }

  /**
   * Whether {@link Resolver#resolve}'s clustering takes a candidate pair as a matched pair (an edge
   * joined under the cluster guard): a rule links it, or its weight with its own term-frequency
   * adjustments reaches the match threshold. The connected components of these pairs are those the
   * single machine clusters, and much smaller than those of the pairs that {@link #mayMatch may match}.
   *
   * @param pattern the pair's agreement pattern ({@link #pattern})
   * @param rule whether a rule links the pair ({@link #rule})
   * @param exactGiven the given name the pair agrees on exactly ({@link #exactName}), or empty
   * @param exactFamily the family name the pair agrees on exactly ({@link #exactName}), or empty
   * @param model the model of all records ({@link #model})
   * @param settings the settings of the resolution
   */
  public static boolean matched(int pattern, boolean rule, String exactGiven, String exactFamily, MatchModel model,
      ResolverSettings settings) {
    Checks.present(model, "ResolutionSteps.matched.model");
    Checks.present(settings, "ResolutionSteps.matched.settings");
    if (rule) {
      return true;
    }
    // the arithmetic of Resolver.cluster, step by step (float adjustments as Prepared keeps them)
    double tf = adjustment(model.termFrequencies().get(Comparison.GIVEN_NAME), exactGiven)
        + adjustment(model.termFrequencies().get(Comparison.FAMILY_NAME), exactFamily);
    double weight = model.weightOf(pattern) + tf;
    double threshold = Resolver.logit(settings.matchProbability());
    return weight + model.priorLogOdds() >= threshold && Resolver.enoughEvidence(pattern, exactGiven, exactFamily, model, threshold);
  }

  private static double adjustment(TermFrequencies table, String exactName) {
    return Prepared.adjustment(table, Checks.present(exactName, "ResolutionSteps.matched.exactName"));
  }

  /**
   * Resolves one connected component of pairs that {@link #mayMatch may match} (or a record alone)
   * as {@link Resolver#resolve} does: matched pairs joined strongest first under the cluster guard,
   * then the golden record of each resulting customer by the settings' survivorship rules.
   *
   * @param records the component's records, in any order, each identity once
   * @param pairs the component's pairs as {@code a << 32 | b}, indices into {@code records}
   * @param model the model of all records ({@link #model})
   * @param settings the settings of the resolution
   * @return the golden records of the component's customers, in order of their smallest record
   */
  public static List<GoldenRecord> resolveComponent(List<SourceRecord> records, long[] pairs, MatchModel model,
      ResolverSettings settings) {
    Checks.noNulls(records, "ResolutionSteps.resolveComponent.records");
    List<SourceIdentity> identities = new ArrayList<>(records.size());
    records.forEach(r -> identities.add(r.identity()));
    List<GoldenRecord> out = new ArrayList<>();
    resolveComponent(identities, records::get, pairs, model, settings, out::add);
    return out;
  }

  /**
   * Resolves one connected component as {@link #resolveComponent(List, long[], MatchModel,
   * ResolverSettings)} does, with the records made only when needed: a component may be large
   * (millions of records when the matched pairs of a large table percolate), and its records
   * need not all be on the heap as {@link SourceRecord}s at once. Record {@code i} is asked for
   * once to standardise it (possibly from several threads) and once more for the golden record of
   * its customer; only a customer's records are held together.
   *
   * @param identities the identity of each record, in any order, each identity once
   * @param records record {@code i} (its identity {@code identities.get(i)}), made when asked; safe
   *     to call from several threads
   * @param pairs the component's pairs as {@code a << 32 | b}, indices into {@code identities}
   * @param model the model of all records ({@link #model})
   * @param settings the settings of the resolution
   * @param out takes the golden records of the component's customers, in order of their smallest
   *     record, one at a time
   */
  public static void resolveComponent(List<SourceIdentity> identities, java.util.function.IntFunction<SourceRecord> records,
      long[] pairs, MatchModel model, ResolverSettings settings, java.util.function.Consumer<GoldenRecord> out) {
    resolveComponent(identities, null, records, pairs, model, settings, out);
  }

  /**
   * Resolves one connected component as {@link #resolveComponent(List, java.util.function.IntFunction,
   * long[], MatchModel, ResolverSettings, java.util.function.Consumer)} does, with the records'
   * standardised values given instead of made again: a distributed engine that standardised every
   * record once (for its blocks and comparisons) ships those values with the component. Record
   * {@code i} is then asked for only once, for the golden record of its customer.
   *
   * @param identities the identity of each record, in any order, each identity once
   * @param standardised row {@code i}: the standardised values of record {@code i}, as {@link
   *     #standardise(SourceRecord)} gives them (otherwise the clusters are those of other values)
   * @param records record {@code i}, made when asked
   * @param pairs the component's pairs as {@code a << 32 | b}, indices into {@code identities}
   * @param model the model of all records ({@link #model})
   * @param settings the settings of the resolution
   * @param out takes the golden records of the component's customers, in order of their smallest
   *     record, one at a time
   */
  public static void resolveComponent(List<SourceIdentity> identities, StandardisedRows standardised,
      java.util.function.IntFunction<SourceRecord> records, long[] pairs, MatchModel model, ResolverSettings settings,
      java.util.function.Consumer<GoldenRecord> out) {
    resolveComponent(identities, standardised, records, pairs, null, model, settings, out);
  }

  /**
   * Resolves one connected component as {@link #resolveComponent(List, StandardisedRows,
   * java.util.function.IntFunction, long[], MatchModel, ResolverSettings,
   * java.util.function.Consumer)} does, with each pair's agreement pattern given instead of
   * compared again: a distributed engine compared every candidate pair once (for the model) and
   * can ship a matched pair's pattern with it. Same clusters and golden records as when the
   * patterns are compared here, provided each is the pattern of its pair.
   *
   * @param identities the identity of each record, in any order, each identity once
   * @param standardised row {@code i}: the standardised values of record {@code i}, as {@link
   *     #standardise(SourceRecord)} gives them
   * @param records record {@code i}, made when asked
   * @param pairs the component's pairs as {@code a << 32 | b}, indices into {@code identities}
   * @param patterns {@code patterns[k]}: the agreement pattern of pair {@code k}, as {@link
   *     #patterns(StandardisedRows, long[])} gives it with the record of the smaller identity first
   *     (whichever way round the pair is given); {@code null}: compared here
   * @param model the model of all records ({@link #model})
   * @param settings the settings of the resolution
   * @param out takes the golden records of the component's customers, in order of their smallest
   *     record, one at a time
   */
  public static void resolveComponent(List<SourceIdentity> identities, StandardisedRows standardised,
      java.util.function.IntFunction<SourceRecord> records, long[] pairs, int[] patterns, MatchModel model,
      ResolverSettings settings, java.util.function.Consumer<GoldenRecord> out) {
    Checks.noNulls(identities, "ResolutionSteps.resolveComponent.identities");
    Checks.present(records, "ResolutionSteps.resolveComponent.records");
    if (standardised != null && standardised.size() != identities.size()) {
      throw new InvalidValueException("ResolutionSteps.resolveComponent.standardised", standardised.size() + " rows",
          "one row per record (" + identities.size() + ")");
    }
    Checks.present(model, "ResolutionSteps.resolveComponent.model");
    Checks.present(settings, "ResolutionSteps.resolveComponent.settings");
    Checks.present(out, "ResolutionSteps.resolveComponent.out");
    if (patterns != null && (pairs == null || patterns.length != pairs.length)) {
      throw new InvalidValueException("ResolutionSteps.resolveComponent.patterns", patterns.length + " patterns",
          "one pattern per pair (" + (pairs == null ? 0 : pairs.length) + ")");
    }
    int n = identities.size();
    Integer[] byIdentity = new Integer[n];
    for (int i = 0; i < n; i++) {
      byIdentity[i] = i;
    }
    Arrays.sort(byIdentity, Comparator.comparing(identities::get));
    int[] order = new int[n];
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      order[r] = byIdentity[r];
      rank[order[r]] = r;
      if (r > 0 && identities.get(order[r]).equals(identities.get(order[r - 1]))) {
        throw new InvalidValueException("ResolutionSteps.resolveComponent.records", identities.get(order[r]).masked(),
            "each source identity once");
      }
    }
    byIdentity = null;
    Blocking.LongList local = new Blocking.LongList(Math.max(16, pairs.length));
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      if (a < 0 || a >= n || b < 0 || b >= n || a == b) {
        throw new InvalidValueException("ResolutionSteps.resolveComponent.pairs", a + "," + b,
            "two different record indices below " + n);
      }
      long x = Math.min(rank[a], rank[b]);
      long y = Math.max(rank[a], rank[b]);
      local.add(x << 32 | y);
    }
    long[] sortedPairs = local.sortedDistinct();
    local = null;
    if (sortedPairs.length == 0) {
      // no pairs (a record alone, as most are): each record its own customer, nothing to compare
      for (int r = 0; r < n; r++) {
        out.accept(Golden.ofOne(customerId(identities.get(order[r])), record(records, order[r], identities)));
      }
      return;
    }
    // the records in identity order, made when asked (the clustering reads them only for separations, of which there are none here)
    List<SourceRecord> sorted = new java.util.AbstractList<>() {
      @Override
      public SourceRecord get(int r) {
        return record(records, order[r], identities);
      }

      @Override
      public int size() {
        return n;
      }
    };
    Prepared p;
    if (standardised == null) {
      p = Prepared.of(n, sorted::get);
    } else {
      long[] refs = new long[n];
      for (int r = 0; r < n; r++) {
        refs[r] = order[r];
      }
      p = Prepared.gather(List.of(standardised.prepared), refs);
    }
    p.adjustedBy(model);
    int[] sortedPatterns = new int[sortedPairs.length];
    if (patterns == null) {
      for (int k = 0; k < sortedPairs.length; k++) {
        sortedPatterns[k] = p.compare((int) (sortedPairs[k] >>> 32), (int) sortedPairs[k]);
      }
    } else {
      // each given pattern to its pair's place among the distinct pairs in rank order
      for (int k = 0; k < pairs.length; k++) {
        long x = Math.min(rank[(int) (pairs[k] >>> 32)], rank[(int) pairs[k]]);
        long y = Math.max(rank[(int) (pairs[k] >>> 32)], rank[(int) pairs[k]]);
        sortedPatterns[Arrays.binarySearch(sortedPairs, x << 32 | y)] = patterns[k];
      }
    }
    int[] parent = Resolver.cluster(p, sortedPairs, sortedPatterns, model, settings, sorted, List.of()).parent();
    p = null;
    sortedPatterns = null;
    sortedPairs = null;
    // roots are the smallest index of their group: (root, index) in order gives the groups in order
    // of their smallest record, and each group's records in identity order
    long[] byRoot = new long[n];
    for (int i = 0; i < n; i++) {
      byRoot[i] = (long) parent[i] << 32 | i;
    }
    parent = null;
    Arrays.sort(byRoot);
    for (int s = 0; s < n; ) {
      int e = s + 1;
      while (e < n && byRoot[e] >>> 32 == byRoot[s] >>> 32) {
        e++;
      }
      List<SourceRecord> group = new ArrayList<>(e - s);
      for (int k = s; k < e; k++) {
        group.add(sorted.get((int) byRoot[k]));
      }
      out.accept(Golden.of(customerId(group.get(0).identity()), group, settings));
      s = e;
    }
  }

  /** Record {@code i} as {@code records} makes it, refused unless it has identity {@code identities.get(i)}. */
  private static SourceRecord record(java.util.function.IntFunction<SourceRecord> records, int i, List<SourceIdentity> identities) {
    SourceRecord r = Checks.present(records.apply(i), "ResolutionSteps.resolveComponent.records");
    if (!r.identity().equals(identities.get(i))) {
      throw new InvalidValueException("ResolutionSteps.resolveComponent.records", r.identity().masked(),
          "the record of identity " + identities.get(i).masked());
    }
    return r;
  }

  /** The customer id {@link Resolver#resolve} derives for a cluster whose smallest record identity is {@code first} (when no other cluster's id collides with it). */
  public static CustomerId customerId(SourceIdentity first) {
    Checks.present(first, "ResolutionSteps.customerId.first");
    // the first candidate: no id is in use yet (Resolver.Ids.derive with none in use)
    return Resolver.Ids.candidate(first.toString(), 0);
  }

  private static Map<String, Long> nonEmpty(Map<String, Long> counts) {
    Checks.noNulls(counts, "ResolutionSteps.model.names");
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((v, c) -> {
      if (!v.isEmpty() && c > 0) {
        out.merge(v, c, Long::sum);
      }
    });
    return out;
  }

  private static int[] patterns(Prepared p, long[] pairs) {
    int[] out = new int[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      out[k] = p.compare((int) (pairs[k] >>> 32), (int) pairs[k]);
    }
    return out;
  }

  private static boolean[] rules(Prepared p, long[] pairs, ResolverSettings settings) {
    boolean[] out = new boolean[pairs.length];
    for (int k = 0; k < pairs.length && settings.rules(); k++) {
      out[k] = p.rule((int) (pairs[k] >>> 32), (int) pairs[k]) != null;
    }
    return out;
  }

  private static Prepared prepared(List<Standardised> rows, long[] pairs, String field) {
    Checks.noNulls(rows, field + ".rows");
    if (pairs == null) {
      throw new InvalidValueException(field + ".pairs", null, "an array of pairs");
    }
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      if (a < 0 || a >= rows.size() || b < 0 || b >= rows.size()) {
        throw new InvalidValueException(field + ".pairs", a + "," + b, "two row indices below " + rows.size());
      }
    }
    return prepared(rows.toArray(new Standardised[0]));
  }

  private static Prepared prepared(StandardisedRows rows, long[] pairs, String field) {
    Checks.present(rows, field + ".rows");
    if (pairs == null) {
      throw new InvalidValueException(field + ".pairs", null, "an array of pairs");
    }
    int n = rows.size();
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      if (a < 0 || a >= n || b < 0 || b >= n) {
        throw new InvalidValueException(field + ".pairs", a + "," + b, "two row indices below " + n);
      }
    }
    return rows.prepared;
  }

  private static Prepared prepared(Standardised... rows) {
    Prepared p = new Prepared(rows.length);
    for (int r = 0; r < rows.length; r++) {
      List<String> v = rows[r].values();
      p.given[r] = v.get(0);
      p.givenCanon[r] = v.get(1);
      p.family[r] = v.get(2);
      p.familySoundex[r] = v.get(3);
      p.dob[r] = v.get(4);
      p.email[r] = v.get(5);
      p.phone[r] = v.get(6);
      p.streetNo[r] = v.get(7);
      p.street[r] = v.get(8);
      p.locality[r] = v.get(9);
      p.postcode[r] = v.get(10);
      p.nationalId[r] = v.get(11);
      p.accountId[r] = v.get(12);
      p.verifiedEmail[r] = rows[r].verifiedEmail();
    }
    return p.withRows();
  }
}
