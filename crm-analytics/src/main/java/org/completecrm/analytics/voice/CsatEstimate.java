package org.completecrm.analytics.voice;

import org.completecrm.core.InvalidValueException;

/**
 * Customer satisfaction: the percentage of satisfied answers (4 or 5 on the 1-5 scale, the usual
 * "top-two-box"), with a Wilson score interval, and the mean score.
 *
 * <p>The Wilson (1927) interval keeps close to its nominal coverage for small samples and
 * proportions near 0 or 1, where the Wald interval does not (Brown, Cai and DasGupta 2001). E. B.
 * Wilson, "Probable inference, the law of succession, and statistical inference", JASA
 * 22(158):209-212, 1927; L. D. Brown, T. T. Cai, A. DasGupta, "Interval Estimation for a Binomial
 * Proportion", Statistical Science 16(2):101-133, 2001.
 *
 * @param responses the number of answers
 * @param satisfied answers of 4 or 5
 * @param score the percentage satisfied, 0 to 100
 * @param lower the lower end of the Wilson interval, in percent
 * @param upper the upper end of the Wilson interval, in percent
 * @param meanScore the mean answer on the 1-5 scale
 * @param confidence the confidence level, such as 0.95
 * @param method the interval method, in words
 */
public record CsatEstimate(
    long responses, long satisfied, double score, double lower, double upper, double meanScore,
    double confidence, String method) {

  /** The method name reported with every estimate. */
  public static final String METHOD = "share answering 4 or 5, Wilson score interval (Wilson 1927)";

  /** Validates counts and ranges. */
  public CsatEstimate {
    if (responses < 1 || satisfied < 0 || satisfied > responses) {
      throw new InvalidValueException("CsatEstimate.satisfied", satisfied, "from 0 to the " + responses + " responses (at least one)");
    }
    if (!(lower >= 0 && lower <= score && score <= upper && upper <= 100)) {
      throw new InvalidValueException("CsatEstimate.score", lower + " <= " + score + " <= " + upper, "0 <= lower <= score <= upper <= 100");
    }
    if (!(meanScore >= 1 && meanScore <= 5) || !(confidence > 0 && confidence < 1) || method == null) {
      throw new InvalidValueException("CsatEstimate.meanScore", meanScore, "a mean from 1 to 5, a confidence level and a method");
    }
  }

  /** The estimate from the count of each answer 1 to 5 ({@code counts[0]} is the count of 1s). */
  public static CsatEstimate of(long[] counts, double confidence) {
    double z = Intervals.z(confidence, "CsatEstimate.confidence");
    if (counts == null || counts.length != 5) {
      throw new InvalidValueException("CsatEstimate.counts", counts == null ? "null" : counts.length, "five counts, for answers 1 to 5");
    }
    long n = 0;
    double sum = 0;
    for (int i = 0; i < 5; i++) {
      if (counts[i] < 0) {
        throw new InvalidValueException("CsatEstimate.counts[" + i + "]", counts[i], "a count >= 0");
      }
      n += counts[i];
      sum += (i + 1) * (double) counts[i];
    }
    if (n < 1) {
      throw new InvalidValueException("CsatEstimate.counts", "0 responses", "at least one response");
    }
    long satisfied = counts[3] + counts[4];
    double[] ci = Intervals.wilson(satisfied, n, z);
    double score = 100.0 * satisfied / n;
    return new CsatEstimate(n, satisfied, score, Math.min(score, ci[0] * 100), Math.max(score, ci[1] * 100),
        sum / n, confidence, METHOD);
  }
}
