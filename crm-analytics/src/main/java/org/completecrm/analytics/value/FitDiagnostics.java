package org.completecrm.analytics.value;

/**
 * How a maximum-likelihood fit ended: convergence is judged on the gradient and on the relative
 * change of the log-likelihood between the last two optimiser runs, not on the optimiser's own
 * stopping rule.
 *
 * @param converged whether both criteria hold
 * @param gradientNorm the largest absolute derivative of the log-likelihood with respect to the
 *     log of a parameter, per unit of customer weight
 * @param relativeChange the relative change of the log-likelihood over the last restart
 * @param evaluations the number of log-likelihood evaluations
 * @param restarts how many times the optimiser was restarted from its previous optimum
 * @param optimiser the optimiser used
 */
public record FitDiagnostics(
    boolean converged,
    double gradientNorm,
    double relativeChange,
    int evaluations,
    int restarts,
    String optimiser) {}
