package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A Fellegi-Sunter record-linkage model: for each comparison, the probability of each agreement
 * level among matching pairs ({@code m}) and among non-matching pairs ({@code u}), and the share
 * of matches among candidate pairs ({@code prior}).
 *
 * <p>The weight of a level is {@code log2(m / u)}; a pair's weight is the sum over the comparisons
 * whose values are present on both sides, and its match probability is
 * {@code 1 / (1 + (1 - prior) / prior * 2^-weight)} (Fellegi and Sunter, "A theory for record
 * linkage", JASA 64, 1969). The model can be given, or estimated from the candidate pairs without
 * labels by {@link #estimate expectation-maximisation} (Winkler 1988; Jaro, JASA 84, 1989).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMatchModel.class)
@JsonDeserialize(as = ImmutableMatchModel.class)
public abstract class MatchModel {
  private static final double FLOOR = 1e-6;

  /**
   * The least probability EM gives a level: no level is impossible, so that one disagreement (a
   * second e-mail address, a new phone) never outweighs everything else; weights stay within
   * about +-10 bits.
   */
  static final double MIN_PROBABILITY = 1e-3;

  MatchModel() {}

  /** A builder. */
  public static ImmutableMatchModel.Builder builder() {
    return ImmutableMatchModel.builder();
  }

  /**
   * A hand-set model typical of person data from several systems: agreement on each attribute is
   * likely among matches and unlikely among non-matches, names and birth dates weighing most. It
   * is the prior of {@link #estimate} (worth {@link #PRIOR_PAIRS} pairs per class), so that a
   * handful of records still gets sensible weights while thousands of records speak for
   * themselves.
   */
  public static MatchModel typical() {
    Map<Comparison, List<Double>> m = new EnumMap<>(Comparison.class);
    Map<Comparison, List<Double>> u = new EnumMap<>(Comparison.class);
    m.put(Comparison.GIVEN_NAME, List.of(0.02, 0.05, 0.13, 0.80));
    u.put(Comparison.GIVEN_NAME, List.of(0.90, 0.04, 0.02, 0.04));
    m.put(Comparison.FAMILY_NAME, List.of(0.04, 0.04, 0.07, 0.85));
    u.put(Comparison.FAMILY_NAME, List.of(0.90, 0.05, 0.02, 0.03));
    m.put(Comparison.BIRTH_DATE, List.of(0.02, 0.02, 0.06, 0.90));
    u.put(Comparison.BIRTH_DATE, List.of(0.98, 0.01, 0.008, 0.002));
    m.put(Comparison.EMAIL, List.of(0.10, 0.05, 0.85));
    u.put(Comparison.EMAIL, List.of(0.995, 0.004, 0.001));
    m.put(Comparison.PHONE, List.of(0.15, 0.05, 0.80));
    u.put(Comparison.PHONE, List.of(0.99, 0.009, 0.001));
    m.put(Comparison.ADDRESS, List.of(0.10, 0.05, 0.05, 0.10, 0.70));
    u.put(Comparison.ADDRESS, List.of(0.80, 0.15, 0.03, 0.01, 0.01));
    m.put(Comparison.NATIONAL_ID, List.of(0.01, 0.01, 0.04, 0.94));
    u.put(Comparison.NATIONAL_ID, List.of(0.997, 0.0019, 0.001, 0.0001));
    m.put(Comparison.ACCOUNT_ID, List.of(0.04, 0.02, 0.94));
    u.put(Comparison.ACCOUNT_ID, List.of(0.998, 0.001, 0.001));
    return builder().prior(0.1).m(m).u(u).build();
  }

  /** How many candidate pairs the {@link #typical()} prior is worth in each class when estimating. */
  public static final double PRIOR_PAIRS = 20;

  /** The share of matches among candidate pairs, in (0, 1). */
  public abstract double prior();

  /** For each comparison, the probability of each level (lowest first) among matches. */
  public abstract Map<Comparison, List<Double>> m();

  /** For each comparison, the probability of each level (lowest first) among non-matches. */
  public abstract Map<Comparison, List<Double>> u();

  /**
   * Term-frequency tables of the given and family names (estimated from the records with the
   * model); without a table a comparison gets no adjustment.
   */
  public abstract Map<Comparison, TermFrequencies> termFrequencies();

  /**
   * The log-odds (bits) that two records agreeing exactly on the given name {@code given} and the
   * family name {@code family}, and on nothing else that both have, are the same person: {@code
   * -log2(E)}, with {@code E} the number of records expected to have both names by chance (the
   * records with the family name times the share of the given name). That is, one other record of
   * the person against {@code E} namesakes: the prior of a random pair matching falls as one over
   * the table's size, and so does this, where the weight of the names does not. Negative infinity
   * without both term-frequency tables with their counts.
   */
  double namesOnlyLogOdds(String given, String family) {
    TermFrequencies g = termFrequencies().get(Comparison.GIVEN_NAME);
    TermFrequencies f = termFrequencies().get(Comparison.FAMILY_NAME);
    if (g == null || f == null || f.records() == 0 || given.isEmpty() || family.isEmpty()) {
      return Double.NEGATIVE_INFINITY;
    }
    double expected = f.records() * f.share(family) * g.share(given);
    return -log2(expected);
  }

  /**
   * The log-odds (bits) that two records whose agreement is {@code pattern} are the same person
   * when nothing identifies one person or household in what they agree on: {@code -log2(E)}, with
   * {@code E} the number of records expected to agree with one record in that way by chance in a
   * table of this size (the records counted in the family-name table). {@code E} is that count
   * times, for each comparison that agrees at some level (any level above different), the chance
   * that a record agrees with it so: the share of the name in the term-frequency table where the
   * pair agrees on it exactly ({@code exactGiven}, {@code exactFamily}; empty when not), the chance
   * agreement of two records' birth dates where they agree exactly (the birth-date table's {@link
   * TermFrequencies#agreement()}, when the model has one), and the level's {@code u} otherwise (a
   * share among candidate pairs, which blocking makes larger than among all records: the count
   * errs towards more coincidences). Disagreeing and missing comparisons add no factor (about
   * every record disagrees with a given one). The names alone ({@link #namesOnlyLogOdds}) are the
   * case of two exact names and nothing else. Agreement is told by the level, not by the sign of
   * its weight: among candidate pairs blocked on the family name most agree on it, and its weight
   * can be near zero although one record in hundreds carries the name.
   *
   * <p>Positive infinity when some comparison agrees at a level that identifies ({@link
   * #identifies}): an e-mail, phone, id or address belongs to one person or household however
   * large the table, while a given name, family name and birth date are shared by more people the
   * more there are, so their chance coincidences grow with the square of the table. Without both
   * term-frequency tables with their counts the size is unknown: positive infinity where the
   * pattern has evidence beyond the names ({@link Resolver#beyondNames}), negative otherwise.
   */
  double coincidenceLogOdds(int pattern, String exactGiven, String exactFamily) {
    TermFrequencies g = termFrequencies().get(Comparison.GIVEN_NAME);
    TermFrequencies f = termFrequencies().get(Comparison.FAMILY_NAME);
    if (g == null || f == null || f.records() == 0) {
      // the table's size unknown: only evidence beyond the names counts, as before the tables
      return Resolver.beyondNames(pattern) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    TermFrequencies dates = termFrequencies().get(Comparison.BIRTH_DATE);
    double expected = f.records();
    for (Comparison c : Prepared.FIELDS) {
      int level = Prepared.level(pattern, c.ordinal());
      if (level <= 0) {
        continue;
      }
      if (identifies(c, level)) {
        return Double.POSITIVE_INFINITY;
      }
      if (c == Comparison.GIVEN_NAME && !exactGiven.isEmpty()) {
        expected *= g.share(exactGiven);
      } else if (c == Comparison.FAMILY_NAME && !exactFamily.isEmpty()) {
        expected *= f.share(exactFamily);
      } else if (c == Comparison.BIRTH_DATE && level == c.levels() - 1 && dates != null && dates.records() > 0) {
        expected *= dates.agreement();
      } else {
        expected *= Math.max(FLOOR, u().get(c).get(level));
      }
    }
    return -log2(expected);
  }

  /**
   * Whether agreement at {@code level} of {@code c} points to one person or household whatever
   * the size of the table: the same e-mail address, a phone, national or account id at any level
   * above different (one typing error apart), an address from the same street or postcode up (the
   * same area is shared by many). A similar e-mail address (the same local part at another domain,
   * or Jaro-Winkler at least 0.92) is shared by more people the larger the table, as names are:
   * addresses are made from names ({@code john.smith} and {@code john.smith2} are namesakes as
   * often as one person), so it counts towards the coincidences of {@link #coincidenceLogOdds}
   * with its level's {@code u} instead (since 2026-12-07: among 4.4 million generated records,
   * 39,001 matched pairs between households rested on a similar e-mail address, both names equal
   * and the birth dates different).
   */
  static boolean identifies(Comparison c, int level) {
    switch (c) {
      case GIVEN_NAME:
      case FAMILY_NAME:
      case BIRTH_DATE:
        return false;
      case EMAIL:
        return level == c.levels() - 1;
      case ADDRESS:
        return level >= 2;
      default:
        return level >= 1;
    }
  }

  /** The number of EM iterations the estimate took (0 for a given model). */
  @Value.Default
  public int iterations() {
    return 0;
  }

  /** The weight {@code log2(m / u)} of {@code level} of comparison {@code c}; 0 when the comparison is not in the model. */
  public double weight(Comparison c, int level) {
    List<Double> mc = m().get(c);
    List<Double> uc = u().get(c);
    if (mc == null || uc == null) {
      return 0;
    }
    if (level < 0 || level >= mc.size()) {
      throw new InvalidValueException("MatchModel.level", level, "a level in [0, " + (mc.size() - 1) + "] for " + c);
    }
    return log2(Math.max(FLOOR, mc.get(level)) / Math.max(FLOOR, uc.get(level)));
  }

  /** The match probability of a pair with total weight {@code weight}. */
  public double probability(double weight) {
    double logOdds = weight + log2(prior() / (1 - prior()));
    if (logOdds > 60) {
      return 1;
    }
    if (logOdds < -60) {
      return 0;
    }
    return 1 / (1 + Math.pow(2, -logOdds));
  }

  /** The prior log-odds of a match, {@code log2(prior / (1 - prior))}. */
  double priorLogOdds() {
    return log2(prior() / (1 - prior()));
  }

  /** The weight table per comparison and level, in {@link Comparison} order. */
  @Value.Lazy
  double[][] table() {
    double[][] t = new double[Prepared.FIELDS.length][];
    for (Comparison c : Prepared.FIELDS) {
      t[c.ordinal()] = new double[c.levels()];
      for (int l = 0; l < c.levels(); l++) {
        t[c.ordinal()][l] = weight(c, l);
      }
    }
    return t;
  }

  /** The number of possible agreement patterns: patterns are {@code 0} to this minus one. */
  static int possiblePatterns() {
    int patterns = 1;
    for (Comparison c : Prepared.FIELDS) {
      patterns *= c.levels() + 1;
    }
    return patterns;
  }

  /** The total weight of an agreement pattern (from {@link #patternWeights()}). */
  double weightOf(int pattern) {
    return patternWeights()[pattern];
  }

  /**
   * The total weight of every agreement pattern, indexed by the pattern: a few hundred thousand
   * patterns are possible (the product of the comparisons' levels plus one), so adding up eight
   * weights from eight digits once per possible pattern is cheaper than once per candidate pair.
   */
  @Value.Lazy
  double[] patternWeights() {
    double[][] t = table();
    int patterns = possiblePatterns();
    double[] out = new double[patterns];
    for (int pattern = 0; pattern < patterns; pattern++) {
      double w = 0;
      for (int f = 0; f < t.length; f++) {
        int l = Prepared.level(pattern, f);
        if (l >= 0) {
          w += t[f][l];
        }
      }
      out[pattern] = w;
    }
    return out;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Value.Check
  void check() {
    if (!(prior() > 0 && prior() < 1)) {
      throw new InvalidValueException("MatchModel.prior", prior(), "a probability strictly between 0 and 1");
    }
    checkTable(m(), "MatchModel.m");
    checkTable(u(), "MatchModel.u");
    Checks.noNulls(termFrequencies(), "MatchModel.termFrequencies");
    if (!m().keySet().equals(u().keySet())) {
      throw new InvalidValueException("MatchModel.u", u().keySet(), "the same comparisons as m " + m().keySet());
    }
  }

  private static void checkTable(Map<Comparison, List<Double>> t, String field) {
    Checks.noNulls(t, field);
    for (Map.Entry<Comparison, List<Double>> e : t.entrySet()) {
      String f = field + "[" + e.getKey() + "]";
      Checks.noNulls(e.getValue(), f);
      if (e.getValue().size() != e.getKey().levels()) {
        throw new InvalidValueException(f, e.getValue(), e.getKey().levels() + " probabilities, one per level");
      }
      for (int l = 0; l < e.getValue().size(); l++) {
        Checks.probability(e.getValue().get(l), f + "[" + l + "]");
      }
    }
  }

  /**
   * Estimates a model from the agreement patterns of candidate pairs, without labels, by
   * expectation-maximisation of the two-class latent mixture under conditional independence
   * (Jaro 1989). Missing comparisons are ignorable: they count towards neither m nor u. Patterns
   * are aggregated first, so an iteration costs one pass over the distinct patterns. The
   * estimate is a posterior mode: the {@link #typical()} model enters as Dirichlet and beta priors
   * worth {@link #PRIOR_PAIRS} pairs per class, and is also the starting point.
   *
   * @param patterns distinct agreement patterns in ascending order
   * @param counts how many candidate pairs have each pattern
   * @param maxIterations the iteration limit
   */
  static MatchModel estimate(int[] patterns, long[] counts, int maxIterations) {
    int nf = Prepared.FIELDS.length;
    double[][] m = new double[nf][];
    double[][] u = new double[nf][];
    int[][] levels = new int[patterns.length][nf];
    double total = 0;
    for (int p = 0; p < patterns.length; p++) {
      total += counts[p];
      for (int f = 0; f < nf; f++) {
        levels[p][f] = Prepared.level(patterns[p], f);
      }
    }
    MatchModel typical = typical();
    double[][] m0 = new double[nf][];
    double[][] u0 = new double[nf][];
    for (int f = 0; f < nf; f++) {
      Comparison c = Prepared.FIELDS[f];
      m0[f] = c.levels() == typical.m().get(c).size() ? unboxed(typical.m().get(c)) : uniform(c.levels());
      u0[f] = c.levels() == typical.u().get(c).size() ? unboxed(typical.u().get(c)) : uniform(c.levels());
      m[f] = m0[f].clone();
      u[f] = u0[f].clone();
    }
    double prior = typical.prior();
    int it = 0;
    if (total > 0) {
      for (; it < maxIterations; it++) {
        double[][] mn = new double[nf][];
        double[][] un = new double[nf][];
        for (int f = 0; f < nf; f++) {
          mn[f] = new double[m[f].length];
          un[f] = new double[u[f].length];
        }
        double sumG = 0;
        double lp = Math.log(prior);
        double lq = Math.log(1 - prior);
        for (int p = 0; p < patterns.length; p++) {
          double lm = lp;
          double lu = lq;
          for (int f = 0; f < nf; f++) {
            int l = levels[p][f];
            if (l >= 0) {
              lm += Math.log(m[f][l]);
              lu += Math.log(u[f][l]);
            }
          }
          double g = 1 / (1 + Math.exp(Math.max(-700, Math.min(700, lu - lm))));
          double wm = counts[p] * g;
          double wu = counts[p] * (1 - g);
          sumG += wm;
          for (int f = 0; f < nf; f++) {
            int l = levels[p][f];
            if (l >= 0) {
              mn[f][l] += wm;
              un[f][l] += wu;
            }
          }
        }
        double next = (sumG + PRIOR_PAIRS * typical.prior()) / (total + PRIOR_PAIRS);
        double change = Math.abs(next - prior);
        prior = Math.min(1 - 1e-6, Math.max(1e-6, next));
        for (int f = 0; f < nf; f++) {
          double[] before = m[f].clone();
          double[] beforeU = u[f].clone();
          update(m[f], mn[f], m0[f]);
          update(u[f], un[f], u0[f]);
          dominant(m[f], u[f], mn[f], un[f], m0[f], u0[f]);
          for (int l = 0; l < before.length; l++) {
            change = Math.max(change, Math.max(Math.abs(m[f][l] - before[l]), Math.abs(u[f][l] - beforeU[l])));
          }
        }
        if (change < 1e-7) {
          it++;
          break;
        }
      }
    }
    Map<Comparison, List<Double>> mm = new EnumMap<>(Comparison.class);
    Map<Comparison, List<Double>> uu = new EnumMap<>(Comparison.class);
    for (int f = 0; f < nf; f++) {
      mm.put(Prepared.FIELDS[f], boxed(m[f]));
      uu.put(Prepared.FIELDS[f], boxed(u[f]));
    }
    return builder().prior(prior).m(mm).u(uu).iterations(it).build();
  }

  /**
   * The M-step of one comparison under the constraint that matches agree at least as well as
   * non-matches: for every level {@code l}, the share of pairs at level {@code l} or above is at
   * least as large among matches as among non-matches (first-order stochastic dominance of {@code
   * m} over {@code u}). Where the unconstrained step broke it, the levels are cut where it binds
   * and each run of levels between cuts gets the same share in both classes, the pooled share of
   * both classes' counts (their priors as pseudo-counts), its levels within each class in
   * proportion to that class's counts: the maximum of the two multinomial likelihoods with those
   * tail shares equal. Cuts are added, most violated first, until no level breaks it.
   *
   * <p>Why: a convex constraint of the kind Winkler put on EM for record linkage (Winkler 1993;
   * Herzog, Scheuren and Winkler 2007, ch. 9), because without it the two latent classes need not
   * be matches and non-matches. Among millions of candidate pairs, most of them strangers paired by
   * one blocking key (a birth date and an initial), the likelihood is higher when the classes are
   * "pairs of that key" and "the rest" than "the same person" and "not": at 4.4 million generated
   * records EM weighed a disagreeing birth date at +9.4 bits and an agreeing one at -1.9, and
   * matched strangers at one address with every name different (the graph of matched pairs then
   * held a component of 1.4 million records). No comparison agrees better among non-matches than
   * among matches under a sound model. Where the plain step holds it, nothing changes (returns
   * {@code false}): the labelled data of the accuracy tests resolve as before; it binds on small
   * tables where most non-matches are members of one household (an exact address) and on large
   * tables dominated by one blocking key.
   *
   * @return whether the constraint was broken and applied
   */
  static boolean dominant(double[] m, double[] u, double[] mCounts, double[] uCounts, double[] m0, double[] u0) {
    int n = m.length;
    boolean[] cut = new boolean[n];
    boolean applied = false;
    while (true) {
      int worst = -1;
      double worstGap = 1e-12;
      double tm = 0;
      double tu = 0;
      for (int l = n - 1; l >= 1; l--) {
        tm += m[l];
        tu += u[l];
        if (!cut[l] && tu - tm > worstGap) {
          worstGap = tu - tm;
          worst = l;
        }
      }
      if (worst < 0) {
        return applied;
      }
      cut[worst] = true;
      applied = true;
      pooled(m, u, mCounts, uCounts, m0, u0, cut);
    }
  }

  /** The end (exclusive) of the run of levels that starts at {@code from}: the next cut, or the last level. */
  private static int runEnd(boolean[] cut, int from) {
    int to = from + 1;
    while (to < cut.length && !cut[to]) {
      to++;
    }
    return to;
  }

  /** The sum of {@code a[from..to)}. */
  private static double sum(double[] a, int from, int to) {
    double s = 0;
    for (int l = from; l < to; l++) {
      s += a[l];
    }
    return s;
  }

  /** The posterior mode with each run of levels between cuts given the same share in both classes. */
  private static void pooled(double[] m, double[] u, double[] mCounts, double[] uCounts, double[] m0, double[] u0,
      boolean[] cut) {
    int n = m.length;
    double[] mc = new double[n];
    double[] uc = new double[n];
    double mt = 0;
    double ut = 0;
    for (int l = 0; l < n; l++) {
      mc[l] = mCounts[l] + PRIOR_PAIRS * m0[l];
      uc[l] = uCounts[l] + PRIOR_PAIRS * u0[l];
      mt += mc[l];
      ut += uc[l];
    }
    for (int from = 0; from < n; ) {
      int to = runEnd(cut, from);
      double ms = sum(mc, from, to);
      double us = sum(uc, from, to);
      double share = (ms + us) / (mt + ut);
      for (int l = from; l < to; l++) {
        m[l] = Math.max(MIN_PROBABILITY, share * (ms > 0 ? mc[l] / ms : 1.0 / (to - from)));
        u[l] = Math.max(MIN_PROBABILITY, share * (us > 0 ? uc[l] / us : 1.0 / (to - from)));
      }
      from = to;
    }
    normalise(m);
    normalise(u);
    // the floor moved one class's runs and not the other's: give u each run's share in m again
    for (int from = 0; from < n; ) {
      int to = runEnd(cut, from);
      double ms = sum(m, from, to);
      double us = sum(u, from, to);
      for (int l = from; l < to; l++) {
        u[l] *= ms / us;
      }
      from = to;
    }
  }

  /** Replaces {@code p} by the posterior mode of {@code counts} under the prior {@code p0}. */
  private static void update(double[] p, double[] counts, double[] p0) {
    double sum = PRIOR_PAIRS;
    for (double c : counts) {
      sum += c;
    }
    double[] next = new double[p.length];
    for (int l = 0; l < p.length; l++) {
      next[l] = Math.max(MIN_PROBABILITY, (counts[l] + PRIOR_PAIRS * p0[l]) / sum);
    }
    normalise(next);
    System.arraycopy(next, 0, p, 0, p.length);
  }

  private static void normalise(double[] p) {
    double s = 0;
    for (double x : p) {
      s += x;
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= s;
    }
  }

  private static double[] unboxed(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  private static double[] uniform(int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, 1.0 / n);
    return out;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "MatchModel{prior=%.4f, comparisons=%d, iterations=%d}",
        prior(), m().size(), iterations());
  }
}
