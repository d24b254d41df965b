package org.completecrm.core.propensity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.score.Scores;
import org.jspecify.annotations.Nullable;

/**
 * One action's evidence turned into log-likelihood ratios, ready to score.
 *
 * <p>Naive Bayes with evidence counts: {@code logit P(accept | bins) = logit p0 + sum_j (logit
 * P(accept | b_j) - logit p0)}, which is Bayes' rule when the predictors are independent given the
 * response, since {@code log(P(b | +) / P(b | -)) = logit P(+ | b) - logit P(+)}. The base rate is
 * {@code p0 = (N+ + s m) / (N + s)} with prior mean {@code m} and strength {@code s}; each bin's
 * rate is Cestnik's m-estimate {@code (n+_b + M p0) / (n_b + M)} with {@code M =} {@link
 * AdaptiveModel#BIN_STRENGTH} ("Estimating probabilities: a crucial task in machine learning",
 * ECAI 1990), so a bin without evidence (a label never seen, a missing value) contributes 0 and a
 * sparse one little. The sum {@code r} is then calibrated: {@code
 * logit p = A r + B + delta_k}, where {@code A, B} are Platt's scaling fitted to the calibration
 * bins ({@link Platt}) and {@code delta_k = logit((c+ + T e) / (n + T)) - logit(e)} corrects what
 * is left in the bin {@code k} of width {@link AdaptiveModel#CALIBRATION_WIDTH} that {@code r}
 * falls in, {@code e = sigmoid(A rbar_k + B)} and {@code T = } {@link
 * AdaptiveModel#CALIBRATION_SHRINKAGE}. Every term is the log of a ratio of positive finite
 * numbers, so the result is finite for any evidence.
 */
final class CompiledEvidence {
  final double base;
  final long outcomes;
  /** Per predictor, the ratio for each bin: index 0 is "missing", then the value bins. */
  final double[][] binRatios;
  final Map<String, Double>[] labelRatios;
  final double[] unseenLabelRatio;
  final double[] delta;
  final long[] calibrationCount;
  final double slope;
  final double intercept;

  @SuppressWarnings({"unchecked", "rawtypes"})
  CompiledEvidence(AdaptiveModel model, @Nullable ActionEvidence ev) {
    List<Predictor> predictors = model.predictors();
    int p = predictors.size();
    long pos = ev == null ? 0 : ev.outcomes().positives();
    long neg = ev == null ? 0 : ev.outcomes().negatives();
    double s = model.priorStrength();
    double m = model.priorMean();
    base = Math.log(pos + s * m) - Math.log(neg + s * (1 - m));
    final double p0 = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(base)));
    outcomes = pos + neg;
    binRatios = new double[p][];
    labelRatios = new Map[p];
    unseenLabelRatio = new double[p];
    for (int j = 0; j < p; j++) {
      Predictor predictor = predictors.get(j);
      PredictorEvidence pe = ev == null ? null : ev.predictors().get(j);
      BinCount missing = pe == null ? BinCount.EMPTY : pe.missing();
      if (predictor.kind() == PredictorKind.NUMERIC) {
        int bins = predictor.valueBins();
        double[] r = new double[bins + 1];
        r[0] = ratio(missing, p0);
        for (int b = 0; b < bins; b++) {
          r[b + 1] = ratio(pe == null ? BinCount.EMPTY : pe.bins().get(b), p0);
        }
        binRatios[j] = r;
        labelRatios[j] = Map.of();
      } else {
        Map<String, BinCount> labels = pe == null ? Map.of() : pe.labels();
        binRatios[j] = new double[] {ratio(missing, p0)};
        Map<String, Double> r = new HashMap<>(labels.size() * 2);
        labels.forEach((k, v) -> r.put(k, ratio(v, p0)));
        labelRatios[j] = r;
        unseenLabelRatio[j] = 0;
      }
    }
    int k = AdaptiveModel.CALIBRATION_BINS;
    delta = new double[k];
    calibrationCount = new long[k];
    double[] meanRaw = new double[k];
    long[] positives = new long[k];
    if (ev != null) {
      for (int i = 0; i < k; i++) {
        CalibrationBin c = ev.calibration().get(i);
        calibrationCount[i] = c.positives() + c.negatives();
        positives[i] = c.positives();
        meanRaw[i] = calibrationCount[i] == 0 ? 0 : c.logOddsMillionths() / 1e6 / calibrationCount[i];
      }
    }
    double[] platt = Platt.fit(meanRaw, positives, calibrationCount);
    slope = platt[0];
    intercept = platt[1];
    for (int i = 0; i < k; i++) {
      long n = calibrationCount[i];
      if (n > 0) {
        double e = clamp(sigmoid(slope * meanRaw[i] + intercept));
        double t = AdaptiveModel.CALIBRATION_SHRINKAGE;
        double q = clamp((positives[i] + t * e) / (n + t));
        delta[i] = logit(q) - logit(e);
      }
    }
  }

  /** The calibrated probability of uncalibrated log-odds {@code raw}. */
  double calibrated(double raw) {
    return sigmoid(slope * raw + intercept + delta[calibrationBin(raw)]);
  }

  private double ratio(BinCount c, double p0) {
    double strength = AdaptiveModel.BIN_STRENGTH;
    return Math.log(c.positives() + strength * p0) - Math.log(c.negatives() + strength * (1 - p0)) - base;
  }

  /** The uncalibrated log-odds; writes each predictor's ratio to {@code ratios} when not null. */
  double raw(List<Predictor> predictors, Scores values, double @Nullable [] ratios) {
    double sum = base;
    for (int j = 0; j < binRatios.length; j++) {
      double r = ratio(j, predictors.get(j), values);
      if (ratios != null) {
        ratios[j] = r;
      }
      sum += r;
    }
    return sum;
  }

  private double ratio(int j, Predictor predictor, Scores values) {
    if (predictor.kind() == PredictorKind.NUMERIC) {
      Double v = values.values().get(predictor.name());
      return binRatios[j][v == null ? 0 : AdaptiveModel.valueBin(predictor, v) + 1];
    }
    String label = values.labels().get(predictor.name());
    if (label == null) {
      return binRatios[j][0];
    }
    Double r = labelRatios[j].get(label);
    return r == null ? unseenLabelRatio[j] : r;
  }

  static int calibrationBin(double raw) {
    double x = (raw - AdaptiveModel.CALIBRATION_LOW) / AdaptiveModel.CALIBRATION_WIDTH;
    if (!(x > 0)) {
      return 0;
    }
    return (int) Math.min(AdaptiveModel.CALIBRATION_BINS - 1, Math.floor(x));
  }

  static double sigmoid(double x) {
    return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  private static double clamp(double p) {
    return Math.min(1 - 1e-6, Math.max(1e-6, p));
  }

  @Override
  public String toString() {
    return "CompiledEvidence{" + outcomes + " outcomes, base " + base + ", delta " + Arrays.toString(delta) + "}";
  }
}
