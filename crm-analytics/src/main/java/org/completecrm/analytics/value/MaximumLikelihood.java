package org.completecrm.analytics.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximum-likelihood estimation shared by the models: Hipparchus' BOBYQA (Powell 2009) on the
 * logarithms of the positive parameters, judged on the numerical gradient and on the relative
 * change of the log-likelihood at the last improvement, and restarted from its optimum (with a
 * small trust region) until both are small; standard errors from the inverse of
 * the numerical Hessian (delta method from log to natural parameters).
 */
final class MaximumLikelihood {
  static final String OPTIMISER = "Hipparchus BOBYQA on log-parameters";
  private static final double BOUND = 25;
  /** The log-likelihood given to parameters where it is not finite: far below any real one. */
  static final double IMPOSSIBLE = -1e300;
  private static final double RELATIVE_TOLERANCE = 1e-10;
  private static final double GRADIENT_TOLERANCE = 1e-5;
  private static final int MAX_RESTARTS = 6;
  private static final double STOP_RADIUS = 1e-6;

  private MaximumLikelihood() {}

  /** The estimate: natural parameters, log-likelihood, standard errors and diagnostics. */
  record Estimate(double[] theta, double logLikelihood, Map<String, Double> standardErrors,
      FitDiagnostics diagnostics, List<String> warnings) {}

  static Estimate maximise(
      ToDoubleFunction<double[]> logLikelihood, double[] start, String[] names, double weight) {
    return maximise(logLikelihood, null, start, names, weight);
  }

  /**
   * As {@link #maximise(ToDoubleFunction, double[], String[], double)}, first maximising {@code
   * preliminary} (a cheap approximation, e.g. the log-likelihood of a sample of the groups) to
   * start the real optimisation close to its maximum with a small trust region.
   */
  static Estimate maximise(ToDoubleFunction<double[]> logLikelihood,
      ToDoubleFunction<double[]> preliminary, double[] start, String[] names, double weight) {
    int n = start.length;
    if (preliminary != null) {
      double[] lo = new double[n];
      double[] hi = new double[n];
      double[] u0 = new double[n];
      for (int i = 0; i < n; i++) {
        lo[i] = -BOUND;
        hi[i] = BOUND;
        u0[i] = clamp(Math.log(start[i]));
      }
      ToDoubleFunction<double[]> onLog = u -> {
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
          theta[i] = Math.exp(u[i]);
        }
        double v = preliminary.applyAsDouble(theta);
        return Double.isFinite(v) ? v : IMPOSSIBLE;
      };
      double[] warm = new BOBYQAOptimizer(2 * n + 1, 1.0, 1e-4).optimize(new MaxEval(20_000),
          new ObjectiveFunction(onLog::applyAsDouble), GoalType.MAXIMIZE, new InitialGuess(u0),
          new SimpleBounds(lo, hi)).getPoint();
      start = new double[n];
      for (int i = 0; i < n; i++) {
        start[i] = Math.exp(warm[i]);
      }
    }
    int[] evaluations = {0};
    // best[0]: best value so far; best[1]: the best value before the latest improvement
    double[] best = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    ToDoubleFunction<double[]> onLog =
        u -> {
          evaluations[0]++;
          double[] theta = new double[n];
          for (int i = 0; i < n; i++) {
            theta[i] = Math.exp(u[i]);
          }
          double v = logLikelihood.applyAsDouble(theta);
          v = Double.isFinite(v) ? v : IMPOSSIBLE;
          if (v > best[0]) {
            best[1] = best[0];
            best[0] = v;
          }
          return v;
        };
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = clamp(Math.log(start[i]));
    }
    double[] lower = new double[n];
    double[] upper = new double[n];
    java.util.Arrays.fill(lower, -BOUND);
    java.util.Arrays.fill(upper, BOUND);
    double previous = onLog.applyAsDouble(u);
    double relChange = Double.MAX_VALUE;
    double gradNorm = Double.MAX_VALUE;
    double value = previous;
    int restarts = 0;
    double radius = preliminary == null ? 1.0 : 0.1;
    boolean converged = false;
    for (; restarts <= MAX_RESTARTS; restarts++) {
      BOBYQAOptimizer optimiser = new BOBYQAOptimizer(2 * n + 1, radius, STOP_RADIUS);
      PointValuePair optimum =
          optimiser.optimize(
              new MaxEval(20_000),
              new ObjectiveFunction(onLog::applyAsDouble),
              GoalType.MAXIMIZE,
              new InitialGuess(u),
              new SimpleBounds(lower, upper));
      if (optimum.getValue() >= value) {
        u = optimum.getPoint();
        value = optimum.getValue();
      }
      // the last improvement within this run, or the change over the restart
      double lastStep = Double.isFinite(best[1]) ? best[0] - best[1] : Double.MAX_VALUE;
      relChange = (restarts == 0 ? lastStep : Math.abs(value - previous))
          / Math.max(1, Math.abs(value));
      previous = value;
      gradNorm = gradientNorm(onLog, u, value) / Math.max(1, weight);
      if (gradNorm < GRADIENT_TOLERANCE && relChange < RELATIVE_TOLERANCE) {
        converged = true;
        break;
      }
      radius = 0.05;
    }
    double[] theta = new double[n];
    for (int i = 0; i < n; i++) {
      theta[i] = Math.exp(u[i]);
    }
    List<String> warnings = new ArrayList<>();
    Map<String, Double> se = standardErrors(onLog, u, value, theta, names, warnings);
    for (int i = 0; i < n; i++) {
      if (Math.abs(u[i]) > BOUND - 1) {
        warnings.add(names[i] + " is at the edge of the search range (" + theta[i]
            + "): the data barely identify it");
      }
    }
    if (!converged) {
      warnings.add("the optimiser did not converge: gradient " + gradNorm
          + " per customer, relative log-likelihood change " + relChange);
    }
    FitDiagnostics diagnostics =
        new FitDiagnostics(converged, gradNorm, relChange, evaluations[0], restarts, OPTIMISER);
    return new Estimate(theta, value, se, diagnostics, warnings);
  }

  private static double clamp(double v) {
    return Math.max(-BOUND + 1, Math.min(BOUND - 1, v));
  }

  /** The largest absolute central-difference derivative in log-parameter space. */
  static double gradientNorm(ToDoubleFunction<double[]> f, double[] u, double fu) {
    double h = 1e-5;
    double max = 0;
    for (int i = 0; i < u.length; i++) {
      double[] p = u.clone();
      double[] m = u.clone();
      p[i] += h;
      m[i] -= h;
      max = Math.max(max, Math.abs((f.applyAsDouble(p) - f.applyAsDouble(m)) / (2 * h)));
    }
    return max;
  }

  private static Map<String, Double> standardErrors(
      ToDoubleFunction<double[]> f, double[] u, double fu, double[] theta, String[] names,
      List<String> warnings) {
    int n = u.length;
    double h = 1e-4;
    RealMatrix hess = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      double[] p = u.clone();
      double[] m = u.clone();
      p[i] += h;
      m[i] -= h;
      hess.setEntry(i, i, -(f.applyAsDouble(p) - 2 * fu + f.applyAsDouble(m)) / (h * h));
      for (int j = 0; j < i; j++) {
        double[] pp = u.clone();
        double[] pm = u.clone();
        double[] mp = u.clone();
        double[] mm = u.clone();
        pp[i] += h;
        pp[j] += h;
        pm[i] += h;
        pm[j] -= h;
        mp[i] -= h;
        mp[j] += h;
        mm[i] -= h;
        mm[j] -= h;
        double v = -(f.applyAsDouble(pp) - f.applyAsDouble(pm) - f.applyAsDouble(mp)
            + f.applyAsDouble(mm)) / (4 * h * h);
        hess.setEntry(i, j, v);
        hess.setEntry(j, i, v);
      }
    }
    return standardErrors(hess, theta, names, warnings);
  }

  /**
   * Standard errors from the negated Hessian of the log-likelihood in log-parameters (the
   * observed information), by the delta method from log to natural parameters.
   */
  static Map<String, Double> standardErrors(RealMatrix hess, double[] theta, String[] names,
      List<String> warnings) {
    int n = theta.length;
    Map<String, Double> se = new LinkedHashMap<>();
    LUDecomposition lu = new LUDecomposition(hess, 1e-300);
    if (!lu.getSolver().isNonSingular()) {
      warnings.add("the Hessian is singular: no standard errors");
      return se;
    }
    RealMatrix cov = lu.getSolver().getInverse();
    for (int i = 0; i < n; i++) {
      double var = cov.getEntry(i, i);
      double s = theta[i] * Math.sqrt(var);
      if (var > 0 && Double.isFinite(s)) {
        se.put(names[i], s);
      } else {
        warnings.add("no finite standard error for " + names[i]
            + ": the log-likelihood is flat or not concave in its direction");
      }
    }
    return se;
  }
}
