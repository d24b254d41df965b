package org.completecrm.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.score.Scores;

/**
 * A seeded simulated world for learning and experiments: customers with features (CLV, P(alive),
 * a value tier that follows CLV, a segment), three offers whose true, hidden acceptance
 * probabilities depend on the features in different ways, and a true uplift of contact: a
 * customer who is not contacted takes an offer with a lower probability.
 *
 * <p>True model of offer {@code a}: {@code logit p_a(x) = b_a + c_a ln(1 + clv/100) + d_a pAlive +
 * tier_a + segment_a}; without contact the log-odds are lower by {@link #UPLIFT_LOG_ODDS}.
 */
public final class PropensityWorld {
  /** The log-odds contact adds. */
  public static final double UPLIFT_LOG_ODDS = 0.7;
  /** The offers, their values to the firm in order. */
  public static final List<OfferId> OFFERS = List.of(OfferId.of("upgrade"), OfferId.of("savings"), OfferId.of("insurance"));
  /** The value of each offer if taken. */
  public static final double[] VALUES = {120, 60, 90};
  /** The channel every offer goes on. */
  public static final Channel CHANNEL = Channel.EMAIL;

  private static final String[] TIERS = {"bronze", "silver", "gold"};
  private static final String[] SEGMENTS = {"family", "saver", "digital", "traditional"};
  private static final double[] BASE = {-3.2, -1.6, -2.4};
  private static final double[] CLV_SLOPE = {0.55, -0.25, 0.15};
  private static final double[] ALIVE_SLOPE = {1.2, 0.8, -0.6};
  private static final double[][] TIER = {{-0.4, 0, 0.5}, {0.3, 0, -0.3}, {0, 0.2, 0.1}};
  private static final double[][] SEGMENT = {{0, -0.3, 0.6, -0.5}, {0.4, 0.9, -0.2, 0}, {0.7, -0.4, 0, 0.3}};

  /** One simulated customer with their features. */
  public record Customer(CustomerId id, HouseholdId household, double clv, double pAlive, int tier, int segment) {
    /** The features as the predictor values a model reads. */
    public Scores predictors() {
      return Scores.builder().putValues(Scores.CLV, clv).putValues(Scores.P_ALIVE, pAlive)
          .putLabels(Scores.VALUE_TIER, TIERS[tier]).putLabels(Scores.SEGMENT, SEGMENTS[segment]).build();
    }

    /** The true probability that the customer takes offer {@code a} when contacted with it. */
    public double truePropensity(int a) {
      return sigmoid(trueLogOdds(a));
    }

    /** The true probability that the customer takes offer {@code a} without being contacted. */
    public double trueBaseline(int a) {
      return sigmoid(trueLogOdds(a) - UPLIFT_LOG_ODDS);
    }

    private double trueLogOdds(int a) {
      return BASE[a] + CLV_SLOPE[a] * Math.log1p(clv / 100) + ALIVE_SLOPE[a] * pAlive + TIER[a][tier] + SEGMENT[a][segment];
    }
  }

  private PropensityWorld() {}

  /** {@code n} customers drawn with {@code seed}, two per household on average. */
  public static List<Customer> customers(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Customer> out = new ArrayList<>(n);
    int household = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || r.nextDouble() < 0.5) {
        household++;
      }
      double clv = Math.exp(5 + 1.2 * normal(r));
      double pAlive = Math.min(1, Math.max(0, 0.25 + 0.75 * r.nextDouble() - 0.1 * normal(r)));
      int tier = clv > 600 ? 2 : clv > 150 ? 1 : 0;
      out.add(new Customer(CustomerId.of("c-" + i), HouseholdId.of("h-" + household), clv, pAlive, tier,
          r.nextInt(SEGMENTS.length)));
    }
    return out;
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static double normal(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
