package org.completecrm.analytics.value;

import java.util.Map;

/** A fitted customer-value model: a name as used on the command line and its named parameters. */
public interface ValueModel {
  /** The model's name: {@code bg-nbd}, {@code mbg-nbd}, {@code pareto-nbd}, {@code bg-bb} or {@code gamma-gamma}. */
  String name();

  /** The parameters, named and ordered as in the papers (e.g. {@code r, alpha, a, b}). */
  Map<String, Double> parameters();
}
