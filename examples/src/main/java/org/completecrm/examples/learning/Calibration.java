package org.completecrm.examples.learning;

import java.util.Arrays;

/** Expected calibration error and AUC of predicted probabilities against the true ones. */
final class Calibration {
  private Calibration() {}

  /** The expected calibration error over 10 equal-width bins, against the true probabilities. */
  static double expectedError(double[] predicted, double[] truth) {
    double[] sumP = new double[10];
    double[] sumT = new double[10];
    for (int i = 0; i < predicted.length; i++) {
      int b = Math.min(9, (int) (predicted[i] * 10));
      sumP[b] += predicted[i];
      sumT[b] += truth[i];
    }
    double e = 0;
    for (int b = 0; b < 10; b++) {
      e += Math.abs(sumP[b] - sumT[b]) / predicted.length;
    }
    return e;
  }

  /** The expected AUC of {@code score} when customer {@code i} is positive with probability {@code truth[i]}. */
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
