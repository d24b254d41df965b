package org.completecrm.examples.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.completecrm.core.CustomerId;
import org.completecrm.core.score.Scores;

/**
 * A simulated customer with features and the true, hidden probabilities of taking each offer:
 * {@code logit p_a = b_a + c_a ln(1 + clv/100) + d_a pAlive + tier_a + segment_a}, lower by
 * {@link #UPLIFT_LOG_ODDS} without contact.
 *
 * @param id the customer's id
 * @param clv customer lifetime value
 * @param pAlive probability alive
 * @param tier value tier (0 bronze, 1 silver, 2 gold), following CLV
 * @param segment needs-based segment, 0 to 3
 */
record SimulatedCustomer(CustomerId id, double clv, double pAlive, int tier, int segment) {
  static final double UPLIFT_LOG_ODDS = 0.7;
  static final String[] TIERS = {"bronze", "silver", "gold"};
  static final String[] SEGMENTS = {"family", "saver", "digital", "traditional"};
  private static final double[] BASE = {-3.2, -1.6, -2.4};
  private static final double[] CLV_SLOPE = {0.55, -0.25, 0.15};
  private static final double[] ALIVE_SLOPE = {1.2, 0.8, -0.6};
  private static final double[][] TIER = {{-0.4, 0, 0.5}, {0.3, 0, -0.3}, {0, 0.2, 0.1}};
  private static final double[][] SEGMENT = {{0, -0.3, 0.6, -0.5}, {0.4, 0.9, -0.2, 0}, {0.7, -0.4, 0, 0.3}};

  static List<SimulatedCustomer> draw(int n, String prefix, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<SimulatedCustomer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double clv = Math.exp(5 + 1.2 * r.nextGaussian());
      double pAlive = Math.min(1, Math.max(0, 0.25 + 0.75 * r.nextDouble() - 0.1 * r.nextGaussian()));
      int tier = clv > 600 ? 2 : clv > 150 ? 1 : 0;
      out.add(new SimulatedCustomer(CustomerId.of(prefix + i), clv, pAlive, tier, r.nextInt(SEGMENTS.length)));
    }
    return out;
  }

  Scores scores() {
    return Scores.builder().putValues(Scores.CLV, clv).putValues(Scores.P_ALIVE, pAlive)
        .putLabels(Scores.VALUE_TIER, TIERS[tier]).putLabels(Scores.SEGMENT, SEGMENTS[segment]).build();
  }

  double contacted(int offer) {
    return 1 / (1 + Math.exp(-logOdds(offer)));
  }

  double uncontacted(int offer) {
    return 1 / (1 + Math.exp(-(logOdds(offer) - UPLIFT_LOG_ODDS)));
  }

  private double logOdds(int a) {
    return BASE[a] + CLV_SLOPE[a] * Math.log1p(clv / 100) + ALIVE_SLOPE[a] * pAlive + TIER[a][tier] + SEGMENT[a][segment];
  }
}
