package org.completecrm.rules.campaign;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The allocation of candidates to customers: at most one candidate per group (a customer, or a
 * household when the settings say one outbound per household) maximising total expected value
 * within the constraints.
 *
 * <p>Lagrangian relaxation (Fisher, "The Lagrangian relaxation method for solving integer
 * programming problems", Management Science 27(1), 1981): pricing the budget and capacity
 * constraints with multipliers {@code lambda >= 0} leaves one easy choice per group, and
 * {@code L(lambda) = sum_g max(0, max_k v_k - sum_j lambda_j a_jk / b_j) + sum_j lambda_j} bounds
 * the optimum of the linear relaxation, hence of the plan, from above for every {@code lambda}.
 * The multipliers are found by subgradient steps with Polyak's step length (Held, Wolfe and
 * Crowder, Mathematical Programming 6, 1974), halved when the bound stalls. A greedy repair turns
 * the priced choices into a feasible plan: groups in order of reduced value take their best
 * candidate that still fits, then groups left out take any candidate of positive expected value
 * that fits. The best repaired plan and the least bound are kept; ties are broken by a seeded
 * order of the customers.
 */
final class Allocation {
  static final int MAX_ITERATIONS = 300;
  static final int REPAIR_EVERY = 20;
  /** The search stops once the plan is within this share of the bound (0.01%). */
  static final double CLOSE_ENOUGH = 1e-4;
  /** The best multipliers are also tried a little lower and higher: near the optimum, many reduced values tie. */
  private static final double[] SCALES = {1.0, 0.97, 0.99, 1.01, 1.03, 1.1};

  final int[] chosen;
  final double value;
  final double upperBound;
  final int iterations;
  final double[] used;

  private final CandidateTable table;
  private final Constraints constraints;
  private final Groups groups;
  private final HouseholdCaps caps;
  private final boolean[] excluded;
  private final GroupChoices choices;

  /** Allocates with the passes over every candidate on {@code threads} threads; the result is the same on any number. */
  Allocation(CandidateTable table, Constraints constraints, Groups groups, HouseholdCaps caps, int threads) {
    this.table = table;
    this.constraints = constraints;
    this.groups = groups;
    this.caps = caps;
    int m = constraints.count();
    excluded = new boolean[table.candidates];
    double[] zero = new double[m];
    for (int i = 0; i < table.customers; i++) {
      for (int k = table.first(i); k < table.end(i); k++) {
        excluded[k] = constraints.firstWithoutRoom(table, k, table.segment[i], zero) >= 0;
      }
    }
    choices = new GroupChoices(table, groups, excluded, threads);
    double[] lambda = new double[m];
    double[] bestLambda = lambda.clone();
    Repaired best = repair(new Constraints.Prices(constraints, lambda));
    RepairedAt repairedAt = new RepairedAt(lambda);
    int[] groupK = new int[groups.count()];
    double[] groupR = new double[groups.count()];
    double ub = Double.POSITIVE_INFINITY;
    double theta = 2.0;
    int stall = 0;
    int it = 0;
    double[] use = new double[m];
    double[] g = new double[m];
    for (; it < MAX_ITERATIONS; it++) {
      Constraints.Prices prices = new Constraints.Prices(constraints, lambda);
      Arrays.fill(use, 0);
      double l = 0;
      for (int j = 0; j < m; j++) {
        l += lambda[j];
      }
      choices.best(prices, groupK, groupR);
      for (int gi = 0; gi < groups.count(); gi++) {
        int bestK = groupK[gi];
        if (bestK >= 0) {
          l += groupR[gi];
          constraints.addUse(table, bestK, table.segment[groups.owner(bestK, table)], use, 1.0);
        }
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
          if (!repairedAt.add(at)) {
            continue;
          }
          Repaired r = repair(at == lambda ? prices : new Constraints.Prices(constraints, at));
          if (r.value > best.value) {
            best = r;
          }
        }
      }
      double norm = 0;
      for (int j = 0; j < m; j++) {
        double cap = constraints.capacity[j];
        g[j] = cap > 0 ? 1 - use[j] / cap : 0;
        if (lambda[j] > 0 || g[j] < 0) {
          norm += g[j] * g[j];
        }
      }
      if (norm == 0 || ub - best.value <= CLOSE_ENOUGH * Math.max(1, Math.abs(ub)) || theta < 1e-6) {
        it++;
        break;
      }
      double step = theta * (l - best.value) / norm;
      for (int j = 0; j < m; j++) {
        lambda[j] = Math.max(0, lambda[j] - step * g[j]);
      }
    }
    for (double scale : SCALES) {
      double[] scaled = bestLambda.clone();
      for (int j = 0; j < m; j++) {
        scaled[j] *= scale;
      }
      if (!repairedAt.add(scaled)) {
        continue;
      }
      Repaired r = repair(new Constraints.Prices(constraints, scaled));
      if (r.value > best.value) {
        best = r;
      }
    }
    this.chosen = best.chosen;
    this.value = best.value;
    this.used = best.used;
    this.upperBound = Math.max(ub, best.value);
    this.iterations = it;
  }

  boolean excluded(int k) {
    return excluded[k];
  }

  /** A feasible plan from prices: reduced value first, then a fill by expected value. */
  private Repaired repair(Constraints.Prices prices) {
    int n = groups.count();
    double[] bestR = new double[n];
    double[] bestV = new double[n];
    choices.maxima(prices, bestR, bestV);
    int[] chosenK = new int[table.customers];
    Arrays.fill(chosenK, -1);
    boolean[] done = new boolean[n];
    double[] usedNow = new double[constraints.count()];
    Set<Long> capsUsed = new HashSet<>();
    double total = 0;
    for (int pass = 0; pass < 3; pass++) {
      double[] key = pass == 2 ? bestV : bestR;
      int[] order = groups.orderBy(key, pass == 0 ? key : bestV, done);
      for (int gi : order) {
        if (done[gi] || !(pass == 0 ? key[gi] > 0 : bestV[gi] > 0)) {
          continue;
        }
        int k = bestFitting(gi, prices, pass < 2, pass == 0, usedNow, capsUsed);
        if (k >= 0) {
          int i = groups.owner(k, table);
          chosenK[i] = k;
          done[gi] = true;
          constraints.addUse(table, k, table.segment[i], usedNow, 1.0);
          caps.take(table, i, k, capsUsed);
          total += table.expectedValue[k];
        }
      }
      if (pass == 1) {
        total += upgrade(chosenK, usedNow, capsUsed);
      }
    }
    return new Repaired(chosenK, total, usedNow);
  }

  /** The group's candidate of highest reduced (or expected) value, positive, that fits; -1 if none. */
  private int bestFitting(int gi, Constraints.Prices prices, boolean reduced, boolean positive, double[] usedNow,
      Set<Long> capsUsed) {
    int bestK = -1;
    double best = positive ? 0 : Double.NEGATIVE_INFINITY;
    for (int x = groups.start[gi]; x < groups.start[gi + 1]; x++) {
      int i = groups.members[x];
      for (int k = table.first(i); k < table.end(i); k++) {
        if (excluded[k]) {
          continue;
        }
        double v = reduced ? prices.reduced(table, k, table.segment[i]) : table.expectedValue[k];
        if (v > best && table.expectedValue[k] > 0
            && constraints.firstWithoutRoom(table, k, table.segment[i], usedNow) < 0 && caps.free(table, i, k, capsUsed)) {
          best = v;
          bestK = k;
        }
      }
    }
    return bestK;
  }

  /**
   * Moves each chosen group to a candidate of higher expected value in the same group where that
   * fits once the group's own send is released; returns the value gained.
   */
  private double upgrade(int[] chosenK, double[] usedNow, Set<Long> capsUsed) {
    double gained = 0;
    for (int gi = 0; gi < groups.count(); gi++) {
      int current = -1;
      for (int x = groups.start[gi]; x < groups.start[gi + 1] && current < 0; x++) {
        current = chosenK[groups.members[x]];
      }
      if (current < 0) {
        continue;
      }
      int ci = groups.owner[current];
      constraints.addUse(table, current, table.segment[ci], usedNow, -1.0);
      int bestK = current;
      for (int x = groups.start[gi]; x < groups.start[gi + 1]; x++) {
        int i = groups.members[x];
        for (int k = table.first(i); k < table.end(i); k++) {
          if (!excluded[k] && table.expectedValue[k] > table.expectedValue[bestK]
              && constraints.firstWithoutRoom(table, k, table.segment[i], usedNow) < 0
              && (groups.owner[k] == ci && caps.sameCaps(table, current, k) || caps.free(table, i, k, capsUsed))) {
            bestK = k;
          }
        }
      }
      int bi = groups.owner[bestK];
      constraints.addUse(table, bestK, table.segment[bi], usedNow, 1.0);
      if (bestK != current) {
        chosenK[ci] = -1;
        chosenK[bi] = bestK;
        caps.take(table, bi, bestK, capsUsed);
        gained += table.expectedValue[bestK] - table.expectedValue[current];
      }
    }
    return gained;
  }

  private record Repaired(int[] chosen, double value, double[] used) {}

  /**
   * The multipliers a plan was already repaired at: a repair is a pure function of them, so the
   * same multipliers again (the best so far, unchanged since the last repair, or equal to the
   * current ones) would give the same plan, already compared. Skipping them changes no result.
   */
  private static final class RepairedAt {
    private final java.util.List<double[]> seen = new java.util.ArrayList<>();

    RepairedAt(double[] first) {
      seen.add(first.clone());
    }

    /** Whether {@code lambda} is new; remembers it. */
    boolean add(double[] lambda) {
      for (double[] s : seen) {
        if (Arrays.equals(s, lambda)) {
          return false;
        }
      }
      seen.add(lambda.clone());
      return true;
    }
  }
}
