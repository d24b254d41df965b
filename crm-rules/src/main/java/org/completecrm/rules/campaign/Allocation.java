package org.completecrm.rules.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The allocation of candidates to customers: at most one candidate per group (a customer, or a
 * household when the settings say one outbound per household) maximising total expected value
 * within the constraints, found by passes only ({@link Pass}): every step over the candidates is a
 * pure function of a part of the groups and a small state, summed exactly, so the driver keeps
 * only the multipliers and cut-offs, and the result does not depend on how the groups are split.
 *
 * <p>Bound: Lagrangian relaxation (Fisher 1981), {@code L(lambda) = sum_g max(0, max_k v_k - sum_j
 * lambda_j a_jk / b_j) + sum_j lambda_j} bounds the linear relaxation from above for every
 * {@code lambda >= 0}; subgradient steps with Polyak's step length (Held, Wolfe and Crowder 1974)
 * towards the best plan found so far, halved when the bound stalls.
 *
 * <p>Warm start: the search is first run on a seeded sample of the groups ({@link Units#level}:
 * about {@code 2^-level} of them, the capacities scaled by the sample's share), where a pass costs
 * a fraction of one over the whole base; the whole search then starts from the sample's best
 * multipliers (a multiplier prices its whole capacity, so the sample's is divided by the share)
 * and makes its first plan there, a close target for Polyak's step. Only the whole search's
 * bound is reported: any {@code lambda >= 0} gives a true one.
 *
 * <p>Plan ({@link #primal}): in each of {@link #ROUNDS} rounds every group not yet admitted takes
 * its candidate of highest positive key (reduced value at the prices in the first two rounds,
 * expected value after) that fits alone in what earlier rounds left; each constraint gets a
 * cut-off on the keys (a key is the value, then the seeded order of the group), found by a
 * distributed selection (a byte of the key per pass, all violated constraints at once), and a
 * group is admitted when its key is above the cut-off of every constraint its choice uses. Cut-offs
 * only rise, so one selection makes the round feasible. The final assignment is a function of the
 * final rounds evaluated per household.
 */
final class Allocation {
  static final int MAX_ITERATIONS = 300;
  static final int REPAIR_EVERY = 20;
  static final int ROUNDS = 4;
  /**
   * The plans of the search are made at the multipliers times this: prices a little low let the
   * choices overshoot a binding constraint, which the cut-offs trim by key, where prices a little
   * high leave capacity that only the last rounds fill, by expected value.
   */
  static final double PLAN_AT = 0.99;
  /** The best multipliers are also tried a little lower and higher, unless the plan is already close enough. */
  private static final double[] SCALES = {1.0, 0.97, 0.99, 1.01, 1.03, 1.1};
  /** The deepest sample the search starts on: about 1/32 of the groups. */
  static final int SAMPLE_LEVEL = 5;
  /** The fewest groups a sample to start on holds; fewer in the whole run, no sample. */
  static final int SAMPLE_GROUPS = 256;

  final double value;
  final double upperBound;
  /** Subgradient iterations over the whole base. */
  final int iterations;
  /** Subgradient iterations over the sample the search started on (0: none). */
  final int sampleIterations;
  /** The rounds of the plan kept: the state every part evaluates to give its customers' sends. */
  final List<Round> rounds;
  int[] chosen;
  /** Per candidate of the table: excluded because it does not fit even alone (one machine only). */
  boolean[] excluded;

  /** The allocation over the parts {@code runner} runs passes on. */
  Allocation(Constraints constraints, Pass.Runner runner) {
    this(constraints, runner, SAMPLE_GROUPS);
  }

  /**
   * The allocation over the parts {@code runner} runs passes on, the search started on the
   * deepest sample up to {@link #SAMPLE_LEVEL} that holds at least {@code sampleGroups} groups
   * (from zero when none does).
   */
  Allocation(Constraints constraints, Pass.Runner runner, int sampleGroups) {
    long[] groups = runner.run(new Pass.Count());
    double[] start = null;
    int sampled = 0;
    for (int level = SAMPLE_LEVEL; level > 0; level--) {
      if (groups[level] >= sampleGroups) {
        Search s = new Search(constraints, runner, level, groups[level] / (double) groups[0], null);
        start = s.bestLambda();
        sampled = s.iterations;
        break;
      }
    }
    Search whole = new Search(constraints, runner, 0, 1.0, start);
    this.rounds = whole.best.rounds;
    this.value = whole.best.value();
    this.upperBound = Math.max(whole.ub, whole.best.value());
    this.iterations = whole.iterations;
    this.sampleIterations = sampled;
  }

  /**
   * The subgradient search over the sample of {@code level} (a {@code share} of the groups, the
   * capacities scaled by it; level 0: the whole base, share 1), from {@code start} (multipliers of
   * the whole problem; zero when null): the bound, the best plan and the multipliers of the best
   * bound.
   */
  private static final class Search {
    final Primal best;
    final double ub;
    final int iterations;
    private final double[] bestLambda;
    private final double share;

    Search(Constraints constraints, Pass.Runner runner, int level, double share, double[] start) {
      this.share = share;
      int m = constraints.count();
      double[] cap = new double[m];
      long[] capacity = new long[m];
      for (int j = 0; j < m; j++) {
        cap[j] = constraints.capacity[j] * share;
        capacity[j] = Fixed.capacity(cap[j]);
      }
      // Multipliers in the sample's units: lambda_j prices a share of b_j, so the same price per
      // unit of the constraint is lambda_j / share in the whole problem's (whole()).
      double[] lambda = new double[m];
      if (start != null) {
        for (int j = 0; j < m; j++) {
          lambda[j] = start[j] * share;
        }
      }
      double[] bestLambda = lambda.clone();
      List<double[]> tried = new ArrayList<>();
      tried.add(planAt(lambda, PLAN_AT));
      Primal best = primal(runner, whole(tried.get(0)), capacity, level);
      double ub = Double.POSITIVE_INFINITY;
      double theta = 2.0;
      int stall = 0;
      int it = 0;
      double[] g = new double[m];
      for (; it < MAX_ITERATIONS; it++) {
        long[] d = runner.run(new Pass.Dual(whole(lambda), level));
        double l = Fixed.toValue(d[0]);
        for (int j = 0; j < m; j++) {
          l += lambda[j];
        }
        if (ub == Double.POSITIVE_INFINITY || l < ub - 1e-12 * Math.abs(ub)) {
          ub = l;
          bestLambda = lambda.clone();
          stall = 0;
        } else if (++stall >= 10) {
          theta /= 2;
          stall = 0;
        }
        if (it % REPAIR_EVERY == REPAIR_EVERY - 1) {
          for (double[] at : new double[][] {lambda, bestLambda}) {
            double[] p = planAt(at, PLAN_AT);
            if (isNew(tried, p)) {
              Primal r = primal(runner, whole(p), capacity, level);
              if (r.fixedValue() > best.fixedValue()) {
                best = r;
              }
            }
          }
        }
        double norm = 0;
        for (int j = 0; j < m; j++) {
          g[j] = cap[j] > 0 ? 1 - Fixed.toUse(d[1 + j]) / cap[j] : 0;
          if (lambda[j] > 0 || g[j] < 0) {
            norm += g[j] * g[j];
          }
        }
        if (norm == 0 || closeEnough(ub, best.value(), constraints.targetGap) || theta < 1e-6) {
          it++;
          break;
        }
        double step = theta * (l - best.value()) / norm;
        for (int j = 0; j < m; j++) {
          lambda[j] = Math.max(0, lambda[j] - step * g[j]);
        }
      }
      // on a sample only the multipliers are kept, so its plans serve only as the step's target
      for (int s = 0; level == 0 && s < SCALES.length && !closeEnough(ub, best.value(), constraints.targetGap);
          s++) {
        double[] scaled = planAt(bestLambda, SCALES[s]);
        if (isNew(tried, scaled)) {
          Primal r = primal(runner, whole(scaled), capacity, level);
          if (r.fixedValue() > best.fixedValue()) {
            best = r;
          }
        }
      }
      this.best = best;
      this.ub = ub;
      this.iterations = it;
      this.bestLambda = bestLambda;
    }

    private static double[] planAt(double[] lambda, double scale) {
      double[] p = lambda.clone();
      for (int j = 0; j < p.length; j++) {
        p[j] *= scale;
      }
      return p;
    }

    /** The sample's multipliers as the whole problem's (the same prices per unit; the identity on the whole). */
    private double[] whole(double[] lambda) {
      double[] w = lambda.clone();
      if (share != 1.0) {
        for (int j = 0; j < w.length; j++) {
          w[j] /= share;
        }
      }
      return w;
    }

    /** The multipliers of the best bound, as the whole problem's. */
    double[] bestLambda() {
      return whole(bestLambda);
    }
  }

  /** The single machine's allocation: the table's units in fixed blocks, passes on {@code threads} threads. */
  static Allocation local(CandidateTable table, Constraints constraints, Groups groups, HouseholdCaps caps,
      boolean byHousehold, int threads) {
    boolean[] excluded = Part.excluded(table, constraints);
    LocalPasses passes = new LocalPasses(table, groups, constraints, caps, excluded, byHousehold, threads,
        LocalPasses.BLOCK);
    Allocation a = new Allocation(constraints, passes);
    a.excluded = excluded;
    a.chosen = passes.assign(a.rounds, table.customers);
    return a;
  }

  /** Whether a plan of value {@code value} is within the share {@code target} of the bound {@code ub}. */
  private static boolean closeEnough(double ub, double value, double target) {
    return ub - value <= target * Math.max(1, Math.abs(ub));
  }

  /** Whether {@code lambda} is not in {@code tried}; then adds it. */
  private static boolean isNew(List<double[]> tried, double[] lambda) {
    for (double[] t : tried) {
      if (Arrays.equals(t, lambda)) {
        return false;
      }
    }
    tried.add(lambda.clone());
    return true;
  }

  private record Primal(List<Round> rounds, long fixedValue) {
    double value() {
      return Fixed.toValue(fixedValue);
    }
  }

  /** A feasible plan from prices {@code lambda}: {@link #ROUNDS} rounds of choices and cut-offs. */
  static Primal primal(Pass.Runner runner, double[] lambda, long[] capacity, int level) {
    int m = capacity.length;
    List<Round> committed = new ArrayList<>();
    long[] residual = capacity.clone();
    long value = 0;
    for (int r = 0; r < ROUNDS; r++) {
      List<Round> before = List.copyOf(committed);
      Round round = Round.open(r < 2 ? lambda : null, residual);
      long[] u = runner.run(new Pass.Usage(before, round, level));
      for (int attempt = 0; ; attempt++) {
        int[] cut = violated(u, residual);
        if (cut.length == 0) {
          break;
        }
        if (attempt == 8) {
          throw new org.completecrm.core.CrmException("campaign allocation: cut-offs did not make a round feasible");
        }
        round = select(runner, before, round, cut, u, residual, level);
        u = runner.run(new Pass.Usage(before, round, level));
      }
      committed.add(round);
      value += u[0];
      residual = residual.clone();
      for (int j = 0; j < m; j++) {
        residual[j] -= u[Part.SUMMARY + j];
      }
    }
    return new Primal(List.copyOf(committed), value);
  }

  private static int[] violated(long[] u, long[] residual) {
    int n = 0;
    int[] out = new int[residual.length];
    for (int j = 0; j < residual.length; j++) {
      if (u[Part.SUMMARY + j] > residual[j]) {
        out[n++] = j;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The cut-off of each constraint of {@code cut}: the highest key at which the use of the groups
   * above it (and above every other constraint's cut-off) first passes the residual capacity, found
   * a byte at a time from the top of the 128-bit key, all constraints in one pass a byte; a
   * constraint is done as soon as one group alone is in the byte that crosses (its key, summed
   * over the parts, is then the cut-off: what the remaining bytes would have found), so a selection
   * takes a few passes, not sixteen.
   */
  private static Round select(Pass.Runner runner, List<Round> before, Round round, int[] cut, long[] u,
      long[] residual, int level) {
    int v = cut.length;
    long[] prefixHi = new long[v];
    long[] prefixLo = new long[v];
    long[] above = new long[v];
    boolean[] found = new boolean[v];
    boolean[] done = new boolean[v];
    Arrays.fill(found, true);
    for (int depth = 0; depth < 16; depth++) {
      int[] open = new int[v];
      int w = 0;
      for (int q = 0; q < v; q++) {
        if (found[q] && !done[q]) {
          open[w++] = q;
        }
      }
      if (w == 0) {
        break;
      }
      int[] cutNow = new int[w];
      long[] hiNow = new long[w];
      long[] loNow = new long[w];
      for (int a = 0; a < w; a++) {
        cutNow[a] = cut[open[a]];
        hiNow[a] = prefixHi[open[a]];
        loNow[a] = prefixLo[open[a]];
      }
      long[] h = runner.run(new Pass.Histogram(before, round, cutNow, hiNow, loNow, depth, level));
      for (int a = 0; a < w; a++) {
        int q = open[a];
        int crossing = -1;
        for (int b = 255; b >= 0; b--) {
          if (above[q] + h[a * 256 + b] > residual[cut[q]]) {
            crossing = b;
            break;
          }
          above[q] += h[a * 256 + b];
        }
        if (crossing < 0) {
          found[q] = false;
          continue;
        }
        int at = a * 256 + crossing;
        if (h[at + 256 * w] == 1) {
          prefixHi[q] = h[at + 512 * w];
          prefixLo[q] = h[at + 768 * w];
          done[q] = true;
        } else if (depth < 8) {
          prefixHi[q] |= (long) crossing << (56 - 8 * depth);
        } else {
          prefixLo[q] |= (long) crossing << (56 - 8 * (depth - 8));
        }
      }
    }
    long[] hi = round.cutHi.clone();
    long[] lo = round.cutLo.clone();
    for (int q = 0; q < v; q++) {
      if (found[q]) {
        hi[cut[q]] = prefixHi[q] ^ Long.MIN_VALUE;
        lo[cut[q]] = prefixLo[q] ^ Long.MIN_VALUE;
      }
    }
    return new Round(round.lambda, round.residual, hi, lo);
  }
}
