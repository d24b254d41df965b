package org.completecrm.core.propensity;

/** How a predictor's values are put into bins. */
public enum PredictorKind {
  /** A number from {@code Scores.values()}, binned by ascending edges. */
  NUMERIC,
  /** A label from {@code Scores.labels()}, one bin per label seen. */
  SYMBOLIC
}
