package org.completecrm.analytics.value;

import java.util.Map;

/** A fitted customer-value model: a name as used on the command line and its named parameters. */
public interface ValueModel {
  /** Smallest parameter a model accepts (the fits search from e^-25, about 1.4e-11, up). */
  double MIN_PARAMETER = 1e-12;
  /** Largest parameter a model accepts (the fits search up to e^25, about 7.2e10). */
  double MAX_PARAMETER = 1e12;

  /** The model's name: {@code bg-nbd}, {@code mbg-nbd}, {@code pareto-nbd}, {@code bg-bb} or {@code gamma-gamma}. */
  String name();

  /** The parameters, named and ordered as in the papers (e.g. {@code r, alpha, a, b}). */
  Map<String, Double> parameters();
}
