package org.completecrm.analytics.voice;

import org.completecrm.core.InvalidValueException;

/**
 * A Net Promoter Score with its confidence interval, on the usual scale from -100 to 100.
 *
 * <p>Promoters answered 9 or 10, passives 7 or 8, detractors 0 to 6 (Reichheld 2003); the score is
 * the percentage of promoters less the percentage of detractors. The interval is the adjusted Wald
 * interval, which Rocks (2016) found, with an iterative score method, to perform best among the
 * methods he compared, in the form Lewis and Sauro (2021) evaluated: add 3/4 of a response to
 * promoters and to detractors and 3/2 to passives ({@code n' = n + 3}), then take
 * {@code NPS' ± z sqrt((p'_P + p'_D - (p'_P - p'_D)²) / n')}, the variance of the difference of
 * two proportions of one trinomial sample, clipped to [-100, 100]. The interval is centred on the
 * adjusted estimate {@code NPS'}, so with very few answers it is pulled towards zero and need not
 * contain the raw score (one detractor alone: score -100, interval -98.5 to 48.5).
 *
 * <p>B. Rocks, "Interval Estimation for the 'Net Promoter Score'", The American Statistician
 * 70(4):365-372, 2016; J. R. Lewis, J. Sauro, "Confidence Intervals for Net Promoter Scores", MeasuringU, 2021.
 *
 * @param responses the number of answers
 * @param promoters answers of 9 or 10
 * @param passives answers of 7 or 8
 * @param detractors answers of 0 to 6
 * @param score the NPS, from -100 to 100
 * @param lower the lower end of the interval
 * @param upper the upper end of the interval
 * @param standardError the adjusted standard error, in NPS points
 * @param confidence the confidence level of the interval, such as 0.95
 * @param method the interval method, in words
 */
public record NpsEstimate(
    long responses,
    long promoters,
    long passives,
    long detractors,
    double score,
    double lower,
    double upper,
    double standardError,
    double confidence,
    String method) {

  /** The method name reported with every estimate. */
  public static final String METHOD = "adjusted Wald, 3/4 added to promoters and detractors (Rocks 2016; Lewis and Sauro 2021)";

  /** Validates counts and range. */
  public NpsEstimate {
    if (responses < 1 || promoters < 0 || passives < 0 || detractors < 0
        || promoters + passives + detractors != responses) {
      throw new InvalidValueException(
          "NpsEstimate.responses", responses, "at least one response, the sum of promoters, passives and detractors");
    }
    for (double v : new double[] {score, lower, upper}) {
      if (!(v >= -100 && v <= 100)) {
        throw new InvalidValueException("NpsEstimate.score", v, "a score from -100 to 100");
      }
    }
    if (!(lower <= upper) || !(standardError >= 0) || !(confidence > 0 && confidence < 1) || method == null) {
      throw new InvalidValueException("NpsEstimate", lower + ".." + upper, "an interval with lower <= upper and a method");
    }
  }

  /** The estimate from the three counts at the given confidence level. */
  public static NpsEstimate of(long promoters, long passives, long detractors, double confidence) {
    double z = Intervals.z(confidence, "NpsEstimate.confidence");
    long n = promoters + passives + detractors;
    if (promoters < 0 || passives < 0 || detractors < 0 || n < 1) {
      throw new InvalidValueException(
          "NpsEstimate.responses", promoters + "/" + passives + "/" + detractors, "non-negative counts, at least one response");
    }
    double score = 100.0 * (promoters - detractors) / n;
    double nAdj = n + 3.0;
    double pP = (promoters + 0.75) / nAdj;
    double pD = (detractors + 0.75) / nAdj;
    double centre = pP - pD;
    double se = Math.sqrt(Math.max(0, pP + pD - centre * centre) / nAdj);
    double lower = Math.max(-1, centre - z * se) * 100;
    double upper = Math.min(1, centre + z * se) * 100;
    return new NpsEstimate(n, promoters, passives, detractors, score, lower, upper, se * 100, confidence, METHOD);
  }
}
