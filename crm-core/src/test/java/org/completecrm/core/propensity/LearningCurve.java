package org.completecrm.core.propensity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.completecrm.core.testing.PropensityWorld;
import org.completecrm.core.testing.PropensityWorld.Customer;
import org.completecrm.core.timeline.OfferResponse;

/** Runs weeks of decisions and outcomes in the simulated world and measures the model. */
final class LearningCurve {
  static final double FIXED_PROPENSITY = 0.31;

  private LearningCurve() {}

  /** What a run produced. */
  record Run(AdaptiveModel model, double adaptiveValue, double fixedValue, long explored, long decisions) {}

  static Run run(List<Customer> customers, int weeks, Exploration exploration, long seed) {
    AdaptiveModel model = AdaptiveModel.standardPrior();
    SplittableRandom r = new SplittableRandom(seed);
    double adaptive = 0;
    double fixed = 0;
    long explored = 0;
    long decisions = 0;
    int fixedChoice = 0;
    for (int a = 1; a < PropensityWorld.VALUES.length; a++) {
      if (FIXED_PROPENSITY * PropensityWorld.VALUES[a] > FIXED_PROPENSITY * PropensityWorld.VALUES[fixedChoice]) {
        fixedChoice = a;
      }
    }
    for (int week = 0; week < weeks; week++) {
      List<Outcome> outcomes = new ArrayList<>(customers.size());
      for (Customer c : customers) {
        String key = c.id().value() + "/" + week;
        int best = -1;
        double bestScore = -1;
        int greedy = -1;
        double greedyScore = -1;
        for (int a = 0; a < PropensityWorld.OFFERS.size(); a++) {
          PropensityEstimate e = model.estimate(PropensityWorld.OFFERS.get(a), PropensityWorld.CHANNEL, c.predictors());
          double score = exploration.propensity(e, key) * PropensityWorld.VALUES[a];
          if (score > bestScore) {
            best = a;
            bestScore = score;
          }
          if (e.probability() * PropensityWorld.VALUES[a] > greedyScore) {
            greedy = a;
            greedyScore = e.probability() * PropensityWorld.VALUES[a];
          }
        }
        decisions++;
        explored += best != greedy ? 1 : 0;
        boolean accepted = r.nextDouble() < c.truePropensity(best);
        outcomes.add(Outcome.of(PropensityWorld.OFFERS.get(best), PropensityWorld.CHANNEL,
            accepted ? OfferResponse.ACCEPTED : OfferResponse.IGNORED, c.predictors()));
        adaptive += c.truePropensity(best) * PropensityWorld.VALUES[best];
        fixed += c.truePropensity(fixedChoice) * PropensityWorld.VALUES[fixedChoice];
      }
      model = model.learn(outcomes);
    }
    return new Run(model, adaptive, fixed, explored, decisions);
  }

  /** Expected calibration error of {@code predicted} against the true probabilities, 10 equal-width bins. */
  static double ece(double[] predicted, double[] truth) {
    double[] sumP = new double[10];
    double[] sumT = new double[10];
    int[] n = new int[10];
    for (int i = 0; i < predicted.length; i++) {
      int b = Math.min(9, (int) (predicted[i] * 10));
      sumP[b] += predicted[i];
      sumT[b] += truth[i];
      n[b]++;
    }
    double e = 0;
    for (int b = 0; b < 10; b++) {
      e += Math.abs(sumP[b] - sumT[b]) / predicted.length;
    }
    return e;
  }

  /**
   * The expected AUC of {@code score} when each customer is positive with probability {@code
   * truth}: every pair weighs {@code t_i (1 - t_j)}, ties count half.
   */
  static double auc(double[] score, double[] truth) {
    Integer[] order = new Integer[score.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(score[x], score[y]));
    double negBelow = 0;
    double num = 0;
    double pos = 0;
    double neg = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      double tiePos = 0;
      double tieNeg = 0;
      while (j < order.length && score[order[j]] == score[order[i]]) {
        tiePos += truth[order[j]];
        tieNeg += 1 - truth[order[j]];
        j++;
      }
      num += tiePos * (negBelow + tieNeg / 2);
      negBelow += tieNeg;
      pos += tiePos;
      neg += tieNeg;
      i = j;
    }
    return num / (pos * neg);
  }
}
