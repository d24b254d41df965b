package org.completecrm.core.propensity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.score.Scores;

/**
 * A model's propensity for one action, channel and customer: the calibrated probability, the
 * evidence behind it, and each predictor's contribution for the explanation.
 */
public final class PropensityEstimate {
  private final AdaptiveModel model;
  private final OfferId action;
  private final Channel channel;
  private final Scores predictorValues;
  private final double probability;
  private final long evidence;
  private final long calibrationEvidence;
  private final double[] ratios;

  PropensityEstimate(AdaptiveModel model, OfferId action, Channel channel, Scores predictorValues,
      double probability, long evidence, long calibrationEvidence, double[] ratios) {
    this.model = model;
    this.action = action;
    this.channel = channel;
    this.predictorValues = predictorValues;
    this.probability = probability;
    this.evidence = evidence;
    this.calibrationEvidence = calibrationEvidence;
    this.ratios = ratios;
  }

  /** The model's name. */
  public String modelName() {
    return model.name();
  }

  /** The model's version. */
  public long modelVersion() {
    return model.version();
  }

  /** The action. */
  public OfferId action() {
    return action;
  }

  /** The channel. */
  public Channel channel() {
    return channel;
  }

  /** The calibrated probability of acceptance, finite in [0, 1]. */
  public double probability() {
    return probability;
  }

  /** How many outcomes of this action and channel the model has learned from. */
  public long evidence() {
    return evidence;
  }

  /** How many of them fell in this estimate's calibration bin. */
  public long calibrationEvidence() {
    return calibrationEvidence;
  }

  /**
   * A Thompson sample: a draw from {@code Beta(p n, (1 - p) n)}, the posterior with this
   * estimate's mean and the evidence behind it, {@code n} = calibration evidence + the prior's
   * strength (Thompson 1933; Chapelle and Li, "An empirical evaluation of Thompson sampling",
   * NIPS 2011). Little evidence gives wide draws, much evidence draws near the mean.
   */
  public double sample(long seed) {
    double n = calibrationEvidence + model.priorStrength();
    double p = Math.min(1 - 1e-9, Math.max(1e-9, probability));
    return BetaSampler.beta(p * n, (1 - p) * n, new SplittableRandom(seed));
  }

  /** Every predictor's contribution, in the model's order. */
  public List<Contribution> contributions() {
    List<Contribution> out = new ArrayList<>(ratios.length);
    List<Predictor> predictors = model.predictors();
    for (int j = 0; j < ratios.length; j++) {
      Predictor p = predictors.get(j);
      out.add(new Contribution(p.name(), binWords(p), ratios[j]));
    }
    return out;
  }

  /** The {@code n} largest contributions by size, the larger first (ties by predictor name). */
  public List<Contribution> mainContributions(int n) {
    List<Predictor> predictors = model.predictors();
    Integer[] order = new Integer[ratios.length];
    for (int j = 0; j < order.length; j++) {
      order[j] = j;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -Math.abs(ratios[j]))
        .thenComparing(j -> predictors.get(j).name()));
    int k = Math.min(Math.max(n, 0), order.length);
    List<Contribution> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      Predictor p = predictors.get(order[i]);
      out.add(new Contribution(p.name(), binWords(p), ratios[order[i]]));
    }
    return List.copyOf(out);
  }

  /**
   * The estimate in words: {@code propensity 0.23 (model propensity v4, 1,204 outcomes); likely to
   * accept because of valueTier = gold (+0.85); less likely because of pAlive below 0.1 (-0.60)}.
   */
  public String because() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "propensity %.2f (model %s v%d, %,d outcomes)",
        probability, model.name(), model.version(), evidence));
    List<Contribution> main = mainContributions(3);
    appendSide(s, main, true, "likely to accept because of ");
    appendSide(s, main, false, "less likely because of ");
    return s.toString();
  }

  private static void appendSide(StringBuilder s, List<Contribution> main, boolean up, String words) {
    List<String> side = new ArrayList<>();
    for (Contribution c : main) {
      if (up ? c.logOdds() >= 0.05 : c.logOdds() <= -0.05) {
        side.add(c.words());
      }
    }
    if (!side.isEmpty()) {
      s.append("; ").append(words).append(String.join(", ", side));
    }
  }

  private String binWords(Predictor p) {
    if (p.kind() == PredictorKind.NUMERIC) {
      Double v = predictorValues.values().get(p.name());
      return v == null ? p.name() + " unknown" : p.describeBin(AdaptiveModel.valueBin(p, v));
    }
    String label = predictorValues.labels().get(p.name());
    return label == null ? p.name() + " unknown" : p.name() + " = " + label;
  }

  @Override
  public String toString() {
    return because();
  }
}
