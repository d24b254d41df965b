package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.internal.Checks;
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

  /** The share of matches among candidate pairs, in (0, 1). */
  public abstract double prior();

  /** For each comparison, the probability of each level (lowest first) among matches. */
  public abstract Map<Comparison, List<Double>> m();

  /** For each comparison, the probability of each level (lowest first) among non-matches. */
  public abstract Map<Comparison, List<Double>> u();

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

  /** The total weight of an agreement pattern. */
  double weightOf(int pattern) {
    double[][] t = table();
    double w = 0;
    for (int f = 0; f < t.length; f++) {
      int l = Prepared.level(pattern, f);
      if (l >= 0) {
        w += t[f][l];
      }
    }
    return w;
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
   * are aggregated first, so an iteration costs one pass over the distinct patterns.
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
    for (int f = 0; f < nf; f++) {
      int nl = Prepared.FIELDS[f].levels();
      m[f] = new double[nl];
      u[f] = new double[nl];
      double[] freq = new double[nl];
      double seen = 0;
      for (int p = 0; p < patterns.length; p++) {
        if (levels[p][f] >= 0) {
          freq[levels[p][f]] += counts[p];
          seen += counts[p];
        }
      }
      for (int l = 0; l < nl; l++) {
        m[f][l] = l == nl - 1 ? 0.9 : 0.1 / (nl - 1);
        u[f][l] = seen == 0 ? 1.0 / nl : Math.max(MIN_PROBABILITY, freq[l] / seen);
      }
      normalise(u[f]);
    }
    double prior = 0.1;
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
        double change = Math.abs(sumG / total - prior);
        prior = Math.min(1 - 1e-6, Math.max(1e-6, sumG / total));
        for (int f = 0; f < nf; f++) {
          change = Math.max(change, update(m[f], mn[f]));
          change = Math.max(change, update(u[f], un[f]));
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

  /** Replaces {@code p} by the smoothed normalised {@code counts}; returns the largest change. */
  private static double update(double[] p, double[] counts) {
    double sum = 0;
    for (double c : counts) {
      sum += c;
    }
    double[] next = new double[p.length];
    for (int l = 0; l < p.length; l++) {
      next[l] = Math.max(MIN_PROBABILITY, counts[l] / Math.max(sum, 1e-300));
    }
    normalise(next);
    double change = 0;
    for (int l = 0; l < p.length; l++) {
      change = Math.max(change, Math.abs(next[l] - p[l]));
      p[l] = next[l];
    }
    return change;
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
