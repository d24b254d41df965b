package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.channel.Channel;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The optimum of a plan's linear relaxation, computed independently of the plan's own allocation
 * with ojAlgo: the same candidates, each {@code 0 <= x_k <= 1}, at most one per customer (or
 * household), every budget and capacity over the window, candidates that alone exceed a budget or
 * are worth nothing fixed at 0.
 */
final class LinearRelaxation {
  private LinearRelaxation() {}

  /**
   * The LP solved directly by ojAlgo's simplex, household caps across the run included (only for
   * small instances: ojAlgo's tableau grows with customers x constraints).
   */
  static double direct(PlanParts p) {
    CandidateTable t = p.table;
    Constraints c = p.constraints;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Expression[] budget = new Expression[c.count()];
    for (int j = 0; j < c.count(); j++) {
      budget[j] = model.addExpression("budget-" + j).upper(c.capacity[j]);
    }
    Map<Integer, Expression> groups = new HashMap<>();
    Map<Integer, Expression> householdPost = new HashMap<>();
    for (int i = 0; i < t.customers; i++) {
      for (int k = t.first(i); k < t.end(i); k++) {
        if (t.expectedValue[k] <= 0 || p.excluded(k)) {
          continue;
        }
        Variable x = model.addVariable("x" + k).lower(0).upper(1).weight(t.expectedValue[k]);
        groups.computeIfAbsent(p.groups.groupOf[i], g -> model.addExpression("group-" + g).upper(1)).set(x, 1);
        double[] a = new double[c.count()];
        c.addUse(t, k, t.segment[i], a, 1.0);
        for (int j = 0; j < a.length; j++) {
          if (a[j] != 0) {
            budget[j].set(x, a[j]);
          }
        }
        if (!p.settings.oneOutboundPerHousehold() && t.household[i] >= 0 && t.channel[k] == Channel.POST.ordinal()) {
          householdPost.computeIfAbsent(t.household[i], h -> model.addExpression("post-" + h).upper(1)).set(x, 1);
        }
      }
    }
    Optimisation.Result result = model.maximise();
    assertTrue(result.getState().isOptimal(), "LP state " + result.getState());
    return result.getValue();
  }

  /**
   * The same LP (without household caps across members, so for plans of one send per household,
   * where they are implied) by its dual: by LP duality its optimum is {@code min over mu >= 0 of
   * L(mu) = sum_g max(0, max_k v_k - mu . a_k) + mu . b}, a convex piecewise-linear function of as
   * many variables as there are budgets. Kelley's cutting-plane method (Kelley, "The cutting-plane
   * method for solving convex programs", J. SIAM 8(4), 1960) minimises it exactly: each master
   * problem, an LP in the multipliers solved by ojAlgo, bounds the minimum from below, each
   * evaluation from above; they meet at the optimum. Returns {@code {lower, upper}}, closed to a
   * relative 1e-7.
   */
  static double[] byCuttingPlanes(PlanParts p) {
    CandidateTable t = p.table;
    Constraints c = p.constraints;
    int m = c.count();
    List<int[]> groupCandidates = new ArrayList<>();
    List<double[]> coefficients = new ArrayList<>();
    Map<Integer, Integer> coefficientRow = new HashMap<>();
    double vmax = 0;
    for (int g = 0; g < p.groups.count(); g++) {
      List<Integer> ks = new ArrayList<>();
      double best = 0;
      for (int x = p.groups.start[g]; x < p.groups.start[g + 1]; x++) {
        int i = p.groups.members[x];
        for (int k = t.first(i); k < t.end(i); k++) {
          if (t.expectedValue[k] > 0 && !p.excluded(k)) {
            ks.add(k);
            double[] a = new double[m];
            c.addUse(t, k, t.segment[i], a, 1.0);
            coefficientRow.put(k, coefficients.size());
            coefficients.add(a);
            best = Math.max(best, t.expectedValue[k]);
          }
        }
      }
      vmax += best;
      groupCandidates.add(ks.stream().mapToInt(Integer::intValue).toArray());
    }
    ExpressionsBasedModel master = new ExpressionsBasedModel();
    Variable theta = master.addVariable("theta").lower(0).weight(1);
    Variable[] mu = new Variable[m];
    for (int j = 0; j < m; j++) {
      mu[j] = master.addVariable("mu" + j).lower(0).upper(c.capacity[j] > 0 ? vmax / c.capacity[j] : 0);
    }
    double[] point = new double[m];
    double upper = Double.POSITIVE_INFINITY;
    double lower = Double.NEGATIVE_INFINITY;
    for (int iteration = 0; iteration < 5000; iteration++) {
      double value = 0;
      double[] slope = new double[m];
      for (int j = 0; j < m; j++) {
        value += point[j] * c.capacity[j];
        slope[j] = c.capacity[j];
      }
      for (int[] ks : groupCandidates) {
        double best = 0;
        int bestK = -1;
        for (int k : ks) {
          double[] a = coefficients.get(coefficientRow.get(k));
          double r = t.expectedValue[k];
          for (int j = 0; j < m; j++) {
            r -= point[j] * a[j];
          }
          if (r > best) {
            best = r;
            bestK = k;
          }
        }
        value += best;
        if (bestK >= 0) {
          double[] a = coefficients.get(coefficientRow.get(bestK));
          for (int j = 0; j < m; j++) {
            slope[j] -= a[j];
          }
        }
      }
      upper = Math.min(upper, value);
      // theta >= value + slope . (mu - point)  <=>  theta - slope . mu >= value - slope . point
      double rhs = value;
      Expression cut = master.addExpression("cut" + iteration);
      cut.set(theta, 1);
      for (int j = 0; j < m; j++) {
        cut.set(mu[j], -slope[j]);
        rhs -= slope[j] * point[j];
      }
      cut.lower(rhs);
      Optimisation.Result result = master.minimise();
      assertTrue(result.getState().isOptimal(), "master LP state " + result.getState());
      lower = result.getValue();
      if (upper - lower <= 1e-7 * Math.max(1, Math.abs(upper))) {
        break;
      }
      for (int j = 0; j < m; j++) {
        point[j] = result.doubleValue(j + 1);
      }
    }
    assertTrue(upper - lower <= 1e-7 * Math.max(1, Math.abs(upper)), "cutting planes did not close: " + lower + " "
        + upper);
    return new double[] {lower, upper};
  }
}
