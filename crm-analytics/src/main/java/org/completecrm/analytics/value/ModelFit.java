package org.completecrm.analytics.value;

import java.util.List;
import java.util.Map;

/**
 * A model fitted by maximum likelihood, with the log-likelihood, the standard errors of its
 * parameters (from the inverse of the numerical Hessian), the customer weight it was fitted
 * on, convergence diagnostics and plain-language warnings.
 *
 * @param <M> the model type
 * @param model the fitted model (its parameters at the maximum)
 * @param logLikelihood the maximised log-likelihood
 * @param standardErrors the standard error of each parameter by name (a parameter is absent
 *     when the Hessian is singular in its direction; a warning then says so)
 * @param customers the number of customers (sum of weights) used by the fit
 * @param diagnostics how the optimisation ended
 * @param warnings plain-language warnings (e.g. spend correlated with frequency)
 */
public record ModelFit<M extends ValueModel>(
    M model,
    double logLikelihood,
    Map<String, Double> standardErrors,
    long customers,
    FitDiagnostics diagnostics,
    List<String> warnings) {
  /** Copies the collections; a fit whose likelihood is zero (or not a number) is a failure, not a model. */
  public ModelFit {
    if (!(logLikelihood > MaximumLikelihood.IMPOSSIBLE) || !Double.isFinite(logLikelihood)) {
      throw new UnidentifiedModelException(model.name(), "the likelihood is zero at every parameter tried (log-likelihood "
          + logLikelihood + "): amounts or times too extreme for the model");
    }
    standardErrors = Map.copyOf(standardErrors);
    warnings = List.copyOf(warnings);
  }

  /** Whether the fit converged (gradient and log-likelihood change both small). */
  public boolean converged() {
    return diagnostics.converged();
  }
}
