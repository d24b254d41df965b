package org.completecrm.analytics.propensity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;

/**
 * A logistic-regression propensity model: {@code P(accept | x) = 1 / (1 + exp(-(b + w·x)))},
 * trained by stochastic gradient descent on the log-loss with an L2 penalty on {@code w}, and
 * updated online, one offer response at a time.
 *
 * <p>Each step: {@code g = p(x) − y}; {@code b ← b − η·g}; {@code w ← w − η·(g·x + λ·w)}
 * (Bishop, <em>Pattern Recognition and Machine Learning</em>, 2006, §4.3.2–4.3.3). Batch
 * training visits the examples in a seeded random order each epoch, with rate {@code η/√(1+epoch)},
 * and returns the average of the last epoch's iterates (Polyak and Juditsky, "Acceleration of
 * Stochastic Approximation by Averaging", SIAM J. Control Optim. 30(4), 1992), which removes most
 * of the noise of a constant-rate SGD; it is deterministic for a seed. Online updates take one
 * step at rate {@code η}.
 * Immutable: {@link #update} returns a new model.
 */
public final class PropensityModel {
  private final List<String> names;
  private final double intercept;
  private final double[] weights;
  private final double learningRate;
  private final double l2;
  private final long updates;

  private PropensityModel(List<String> names, double intercept, double[] weights, double learningRate, double l2, long updates) {
    this.names = names;
    this.intercept = intercept;
    this.weights = weights;
    this.learningRate = learningRate;
    this.l2 = l2;
    this.updates = updates;
  }

  /** An untrained model (all weights zero, so every propensity is 0.5) over the named features. */
  public static PropensityModel untrained(List<String> featureNames, double learningRate, double l2) {
    Checks.noNulls(Checks.present(featureNames, "PropensityModel.featureNames"), "PropensityModel.featureNames");
    if (!(learningRate > 0 && learningRate <= 10)) {
      throw new InvalidValueException("PropensityModel.learningRate", learningRate, "a rate in (0, 10]");
    }
    Checks.finiteNonNegative(l2, "PropensityModel.l2");
    return new PropensityModel(List.copyOf(featureNames), 0, new double[featureNames.size()], learningRate, l2, 0);
  }

  /** An untrained model over {@link ViewFeatures#NAMES} with learning rate 0.1 and L2 penalty 0.0001. */
  public static PropensityModel overViewFeatures() {
    return untrained(ViewFeatures.NAMES, 0.1, 1e-4);
  }

  /** The model trained from {@code this} by {@code epochs} passes of SGD over {@code examples} in a seeded order. */
  public PropensityModel train(List<Example> examples, int epochs, long seed) {
    Checks.noNulls(Checks.present(examples, "PropensityModel.train.examples"), "PropensityModel.train.examples");
    if (epochs < 1) {
      throw new InvalidValueException("PropensityModel.train.epochs", epochs, "a number of epochs >= 1");
    }
    examples.forEach(this::checkWidth);
    SplittableRandom random = new SplittableRandom(seed);
    double b = intercept;
    double[] w = weights.clone();
    int[] order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    double avgB = b;
    double[] avgW = w.clone();
    for (int e = 0; e < epochs; e++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double rate = learningRate / Math.sqrt(1 + e);
      boolean last = e == epochs - 1;
      long k = 0;
      for (int i : order) {
        b = step(examples.get(i).features(), examples.get(i).accepted(), b, w, rate);
        if (last) {
          // Polyak-Ruppert averaging of the last epoch's iterates.
          k++;
          avgB += (b - avgB) / k;
          for (int j = 0; j < w.length; j++) {
            avgW[j] += (w[j] - avgW[j]) / k;
          }
        }
      }
    }
    if (!examples.isEmpty()) {
      b = avgB;
      w = avgW;
    }
    return new PropensityModel(names, b, w, learningRate, l2, updates + (long) epochs * examples.size());
  }

  /** The model after one online update from an offer response with these features. */
  public PropensityModel update(double[] features, boolean accepted) {
    Example e = new Example(Checks.present(features, "PropensityModel.update.features"), accepted);
    checkWidth(e);
    double[] w = weights.clone();
    double b = step(e.features(), accepted, intercept, w, learningRate);
    return new PropensityModel(names, b, w, learningRate, l2, updates + 1);
  }

  private double step(double[] x, boolean accepted, double b, double[] w, double rate) {
    double g = sigmoid(b + dot(w, x)) - (accepted ? 1 : 0);
    for (int j = 0; j < w.length; j++) {
      w[j] -= rate * (g * x[j] + l2 * w[j]);
    }
    return b - rate * g;
  }

  private void checkWidth(Example e) {
    if (e.features().length != weights.length) {
      throw new InvalidValueException("PropensityModel.features", e.features().length + " values", weights.length + " values " + names);
    }
  }

  /** The propensity to accept, in (0, 1), for these features. */
  public double probability(double[] features) {
    Checks.present(features, "PropensityModel.probability.features");
    if (features.length != weights.length) {
      throw new InvalidValueException("PropensityModel.features", features.length + " values", weights.length + " values " + names);
    }
    for (int i = 0; i < features.length; i++) {
      Checks.finite(features[i], "PropensityModel.features[" + i + "]");
    }
    return sigmoid(intercept + dot(weights, features));
  }

  /** The propensity to accept for a customer's view and probability alive (a model over {@link ViewFeatures#NAMES}). */
  public double probability(CustomerView view, double pAlive) {
    return probability(ViewFeatures.of(view, pAlive));
  }

  /** The mean log-loss of the model on {@code examples} (lower is better; ln 2 ≈ 0.693 for a coin). */
  public double logLoss(List<Example> examples) {
    Checks.noNulls(Checks.present(examples, "PropensityModel.logLoss.examples"), "PropensityModel.logLoss.examples");
    if (examples.isEmpty()) {
      throw new InvalidValueException("PropensityModel.logLoss.examples", "[]", "at least one example");
    }
    double sum = 0;
    for (Example e : examples) {
      double p = Math.min(1 - 1e-15, Math.max(1e-15, probability(e.features())));
      sum -= e.accepted() ? Math.log(p) : Math.log(1 - p);
    }
    return sum / examples.size();
  }

  /** The score a rule set reads for {@code offerId}: {@code propensity.<offerId>} = the probability. */
  public static Scores toScores(String offerId, double probability) {
    Checks.notBlank(offerId, "PropensityModel.toScores.offerId");
    Checks.probability(probability, "PropensityModel.toScores.probability");
    return Scores.builder().putValues(Scores.propensityOf(offerId), probability).build();
  }

  private static double sigmoid(double z) {
    // Numerically stable for large |z|; never exactly 0 or 1 for the feature ranges used.
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  private static double dot(double[] w, double[] x) {
    double s = 0;
    for (int j = 0; j < w.length; j++) {
      s += w[j] * x[j];
    }
    return s;
  }

  /** The feature names. */
  public List<String> featureNames() {
    return names;
  }

  /** The intercept {@code b}. */
  public double intercept() {
    return intercept;
  }

  /** A copy of the weights {@code w}, one per feature. */
  public double[] weights() {
    return weights.clone();
  }

  /** The number of SGD steps taken so far. */
  public long updates() {
    return updates;
  }

  /** The weights by feature name, for explanations. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    out.add(String.format(java.util.Locale.ROOT, "intercept=%.4f", intercept));
    for (int j = 0; j < names.size(); j++) {
      out.add(String.format(java.util.Locale.ROOT, "%s=%.4f", names.get(j), weights[j]));
    }
    return out;
  }

  @Override
  public String toString() {
    return "PropensityModel{" + describe() + ", updates=" + updates + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PropensityModel m && names.equals(m.names) && Double.compare(intercept, m.intercept) == 0
        && Arrays.equals(weights, m.weights) && Double.compare(learningRate, m.learningRate) == 0
        && Double.compare(l2, m.l2) == 0 && updates == m.updates;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31 + names.hashCode();
  }
}
