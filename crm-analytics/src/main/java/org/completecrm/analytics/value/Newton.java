package org.completecrm.analytics.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;

/**
 * Maximum likelihood by Newton's method on the logarithms of the positive parameters, with the
 * models' analytic gradients: the Hessian is the forward difference of the analytic gradient
 * (n gradient evaluations), the step is damped (Levenberg) where the Hessian is not negative
 * definite and halved until the log-likelihood does not decrease. Near the optimum the
 * convergence is quadratic, so a fit costs a few dozen evaluations instead of BOBYQA's
 * hundreds, and stops at the optimum to about 1e-10 relative in the parameters, not at a
 * trust-region radius. A large data set is first fitted on a sample of its groups for the start.
 *
 * <p>Standard errors come from the last Hessian, by the delta method as in {@link
 * MaximumLikelihood}.
 */
final class Newton {
  static final String OPTIMISER = "Newton on log-parameters with analytic gradients";
  private static final double BOUND = 25;
  private static final int MAX_ITERATIONS = 200;
  /** Stop when the step changes every parameter by less than this (relative). */
  private static final double STEP_TOLERANCE = 1e-9;
  /** Stop when the gradient per unit of weight is below this. */
  private static final double GRADIENT_FLOOR = 1e-13;
  /** The convergence criteria reported, as those of {@link MaximumLikelihood}. */
  private static final double GRADIENT_TOLERANCE = 1e-5;
  private static final double RELATIVE_TOLERANCE = 1e-10;
  private static final double HESSIAN_STEP = 1e-6;

  private Newton() {}

  /** A log-likelihood with its gradient. */
  interface Objective {
    /**
     * The log-likelihood at {@code theta} (natural parameters), writing its derivatives with
     * respect to {@code theta} into {@code gradient}.
     */
    double value(double[] theta, double[] gradient);
  }

  private static final class Counted {
    final Objective f;
    final int n;
    int evaluations;

    Counted(Objective f, int n) {
      this.f = f;
      this.n = n;
    }

    /** The value at log-parameters {@code u}, the gradient in u into {@code g}; -inf if not finite. */
    double at(double[] u, double[] g) {
      evaluations++;
      double[] theta = new double[n];
      for (int i = 0; i < n; i++) {
        theta[i] = Math.exp(u[i]);
      }
      double v = f.value(theta, g);
      boolean finite = Double.isFinite(v);
      for (int i = 0; i < n; i++) {
        g[i] *= theta[i];
        finite &= Double.isFinite(g[i]);
      }
      return finite ? v : Double.NEGATIVE_INFINITY;
    }
  }

  /** The state of one run: point, value, gradient and the last Hessian. */
  private static final class Run {
    double[] u;
    double value;
    double[] gradient;
    double[][] hessian;
    double relativeChange = Double.MAX_VALUE;
    int iterations;
  }

  /**
   * Maximises {@code logLikelihood} from {@code start}; when {@code preliminary} (the
   * log-likelihood of a sample of the data, of weight {@code preliminaryWeight}) is given, it is
   * maximised first, and the full fit starts at its optimum with its Hessian scaled to the full
   * weight (steps with a fixed Hessian, the chord method, cost one evaluation each).
   */
  static MaximumLikelihood.Estimate maximise(Objective logLikelihood, Objective preliminary,
      double[] start, String[] names, double weight, double preliminaryWeight) {
    int n = start.length;
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = clamp(Math.log(start[i]));
    }
    int evaluations = 0;
    double[][] hessian = null;
    if (preliminary != null) {
      Counted warm = new Counted(preliminary, n);
      Run w = run(warm, u, 1e-6, null);
      evaluations += warm.evaluations;
      if (w.value > Double.NEGATIVE_INFINITY) {
        u = w.u;
        hessian = w.hessian;
        double scale = weight / Math.max(1, preliminaryWeight);
        for (double[] row : hessian) {
          for (int j = 0; j < n; j++) {
            row[j] *= scale;
          }
        }
      }
    }
    Counted full = new Counted(logLikelihood, n);
    Run run = run(full, u, STEP_TOLERANCE, hessian);
    evaluations += full.evaluations;
    double[] theta = new double[n];
    double gradNorm = 0;
    for (int i = 0; i < n; i++) {
      theta[i] = Math.exp(run.u[i]);
      gradNorm = Math.max(gradNorm, Math.abs(run.gradient[i]));
    }
    gradNorm /= Math.max(1, weight);
    List<String> warnings = new ArrayList<>();
    RealMatrix info = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        info.setEntry(i, j, -run.hessian[i][j]);
      }
    }
    Map<String, Double> se = MaximumLikelihood.standardErrors(info, theta, names, warnings);
    for (int i = 0; i < n; i++) {
      if (Math.abs(run.u[i]) > BOUND - 1) {
        warnings.add(names[i] + " is at the edge of the search range (" + theta[i]
            + "): the data barely identify it");
      }
    }
    boolean converged = gradNorm < GRADIENT_TOLERANCE && run.relativeChange < RELATIVE_TOLERANCE;
    if (!converged) {
      warnings.add("the optimiser did not converge: gradient " + gradNorm
          + " per customer, relative log-likelihood change " + run.relativeChange);
    }
    FitDiagnostics diagnostics = new FitDiagnostics(converged, gradNorm, run.relativeChange,
        evaluations, run.iterations, OPTIMISER);
    return new MaximumLikelihood.Estimate(theta, run.value, se, diagnostics, warnings);
  }

  /**
   * Newton iterations from {@code u0}: with a fresh Hessian when none is given, when a step
   * with the current one fails to improve, or when the gradient shrinks by less than half; the
   * returned Hessian is one computed at the returned point.
   */
  private static Run run(Counted f, double[] u0, double stepTolerance, double[][] hessian) {
    int n = u0.length;
    Run run = new Run();
    run.u = u0.clone();
    run.gradient = new double[n];
    run.value = f.at(run.u, run.gradient);
    if (run.value == Double.NEGATIVE_INFINITY) {
      run.hessian = new double[n][n];
      return run;
    }
    double scale = Math.max(1, Math.abs(run.value));
    boolean fresh = hessian == null;
    double[][] h = fresh ? hessian(f, run.u, run.gradient) : hessian;
    for (; run.iterations < MAX_ITERATIONS; run.iterations++) {
      if (maxAbs(run.gradient) / scale < GRADIENT_FLOOR) {
        run.relativeChange = 0;
        break;
      }
      double[] step = dampedStep(h, run.gradient);
      double before = maxAbs(run.gradient);
      double t = 1;
      boolean accepted = false;
      double[] g = new double[n];
      double[] next = new double[n];
      for (int halvings = 0; halvings < 60; halvings++) {
        for (int i = 0; i < n; i++) {
          next[i] = clamp(run.u[i] + t * step[i]);
        }
        double v = f.at(next, g);
        // near the optimum the value is flat to its rounding, the gradient still exact enough
        // to find it: a step within rounding of the value that shrinks the gradient is taken
        boolean withinRounding = v >= run.value - 1e-14 * Math.abs(run.value)
            && maxAbs(g) < maxAbs(run.gradient);
        if (v >= run.value || withinRounding) {
          run.relativeChange = Math.abs(v - run.value) / Math.max(1, Math.abs(v));
          run.value = v;
          double[] moved = new double[n];
          double[] change = new double[n];
          for (int i = 0; i < n; i++) {
            moved[i] = next[i] - run.u[i];
            change[i] = g[i] - run.gradient[i];
          }
          System.arraycopy(next, 0, run.u, 0, n);
          System.arraycopy(g, 0, run.gradient, 0, n);
          accepted = true;
          if (!fresh) {
            h = quasiNewtonUpdate(h, moved, change);
          }
          break;
        }
        t *= 0.5;
        if (!fresh && halvings >= 2) {
          break;
        }
      }
      if (!accepted && fresh) {
        // no step improves on the value in its last bits: the optimum to machine precision
        run.relativeChange = 0;
        break;
      }
      if (accepted && t * maxAbs(step) < stepTolerance) {
        break;
      }
      fresh = false;
      if (!accepted || maxAbs(run.gradient) > 0.5 * before) {
        h = hessian(f, run.u, run.gradient);
        fresh = true;
      }
    }
    run.hessian = fresh ? h : hessian(f, run.u, run.gradient);
    return run;
  }

  /**
   * The BFGS update of a Hessian kept between fresh ones (Nocedal and Wright 2006, eq. 6.19, for
   * the Hessian of a maximised function): {@code H + y y' / (s' y) - (H s)(H s)' / (s' H s)} for
   * the step s and the change of the gradient y, so that steps with a kept Hessian converge
   * superlinearly instead of linearly; H itself where the curvature along s is not negative.
   */
  private static double[][] quasiNewtonUpdate(double[][] h, double[] s, double[] y) {
    int n = s.length;
    double[] hs = new double[n];
    double sy = 0;
    double shs = 0;
    double ss = 0;
    double yy = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hs[i] += h[i][j] * s[j];
      }
      sy += s[i] * y[i];
      ss += s[i] * s[i];
      yy += y[i] * y[i];
    }
    for (int i = 0; i < n; i++) {
      shs += s[i] * hs[i];
    }
    if (!(sy < -1e-12 * Math.sqrt(ss * yy)) || !(shs < 0)) {
      return h;
    }
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i][j] = h[i][j] + y[i] * y[j] / sy - hs[i] * hs[j] / shs;
      }
    }
    return out;
  }

  /** The forward-difference Hessian of the log-likelihood in u, from the analytic gradient. */
  private static double[][] hessian(Counted f, double[] u, double[] g) {
    int n = u.length;
    double[][] h = new double[n][n];
    double[] gp = new double[n];
    for (int j = 0; j < n; j++) {
      double[] p = u.clone();
      p[j] += HESSIAN_STEP;
      f.at(p, gp);
      for (int i = 0; i < n; i++) {
        h[i][j] = (gp[i] - g[i]) / HESSIAN_STEP;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double m = (h[i][j] + h[j][i]) / 2;
        h[i][j] = m;
        h[j][i] = m;
      }
    }
    return h;
  }

  /**
   * The Newton step {@code (-H)^-1 g}, with {@code lambda diag(-H)} (or lambda times the identity
   * where the diagonal is not positive) added until the matrix is positive definite.
   */
  private static double[] dampedStep(double[][] h, double[] g) {
    int n = g.length;
    double lambda = 0;
    for (int attempt = 0; attempt < 40; attempt++) {
      double[][] m = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m[i][j] = -h[i][j];
        }
        m[i][i] += lambda * Math.max(Math.abs(h[i][i]), 1e-8);
      }
      double[] step = choleskySolve(m, g);
      if (step != null) {
        return step;
      }
      lambda = lambda == 0 ? 1e-4 : lambda * 10;
    }
    // a plain gradient step, scaled to at most 1 in the log-parameters
    double norm = Math.max(maxAbs(g), 1e-300);
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      step[i] = g[i] / norm;
    }
    return step;
  }

  /** Solves {@code m x = b} for a symmetric positive definite m; null when it is not. */
  private static double[] choleskySolve(double[][] m, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = m[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 0) || !Double.isFinite(s)) {
            return null;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return null;
      }
    }
    return x;
  }

  private static double maxAbs(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, Math.abs(d));
    }
    return m;
  }

  private static double clamp(double v) {
    return Math.max(-BOUND + 1e-9, Math.min(BOUND - 1e-9, v));
  }
}
