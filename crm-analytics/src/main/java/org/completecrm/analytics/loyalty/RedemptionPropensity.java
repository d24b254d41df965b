package org.completecrm.analytics.loyalty;

import java.util.List;
import org.hipparchus.special.Gamma;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.loyalty.ProgrammeStatements;

/**
 * The chance that a member redeems on a purchase: a beta-binomial model of redemptions per
 * purchase, whose Beta(alpha, beta) prior is fitted across the programme's members and updated
 * with each member's own history, so that a member with few purchases is pulled towards the
 * programme's rate and one with many is judged by their own.
 *
 * <p>The prior is estimated by the method of moments for proportions with extra-binomial
 * variation (Kleinman 1973, "Proportions with extraneous variance: single and independent
 * samples", JASA 68(341)), weighting each member by their purchases.
 *
 * @param alpha the prior's alpha, > 0
 * @param beta the prior's beta, > 0
 */
public record RedemptionPropensity(double alpha, double beta) {
  /** The weights of {@link #nodes}: five-point Gauss-Hermite for a standard normal. */
  public static final List<Double> WEIGHTS = List.of(0.011257411327721, 0.222075922005613, 0.533333333333333,
      0.222075922005613, 0.011257411327721);
  private static final double[] HERMITE = {-2.856970013872806, -1.355626179974266, 0, 1.355626179974266,
      2.856970013872806};
  private static final double MIN_RHO = 1e-4;
  private static final double MAX_RHO = 0.999;

  /** Validates the prior. */
  public RedemptionPropensity {
    if (!(alpha > 0) || !Double.isFinite(alpha)) {
      throw new InvalidValueException("RedemptionPropensity.alpha", alpha, "a finite number > 0");
    }
    if (!(beta > 0) || !Double.isFinite(beta)) {
      throw new InvalidValueException("RedemptionPropensity.beta", beta, "a finite number > 0");
    }
  }

  /** The member's chance of redeeming on a purchase, given their purchases and redemptions so far. */
  public double probability(long purchases, long redemptions) {
    if (purchases < 0 || redemptions < 0) {
      throw new InvalidValueException("RedemptionPropensity.probability", Math.min(purchases, redemptions), "counts >= 0");
    }
    long k = Math.min(redemptions, purchases);
    return (alpha + k) / (alpha + beta + purchases);
  }

  /**
   * Five chances that stand for the member's posterior Beta(alpha + redemptions, beta + purchases
   * - redemptions) in an expectation, with {@link #WEIGHTS}: Gauss-Hermite nodes on the logit
   * scale, whose mean and variance are the posterior's (digamma and trigamma). A forecast averages
   * over them rather than using the posterior mean alone, because the chance of redeeming is
   * concave in the propensity and the mean alone overstates it. A posterior with a parameter
   * below 1 (U- or J-shaped, far from logit-normal) is stood for by its mean at every node.
   */
  public double[] nodes(long purchases, long redemptions) {
    long k = Math.min(redemptions, purchases);
    double a = alpha + k;
    double b = beta + purchases - k;
    if (a < 1 || b < 1) {
      double[] q = new double[HERMITE.length];
      java.util.Arrays.fill(q, a / (a + b));
      return q;
    }
    double mean = Gamma.digamma(a) - Gamma.digamma(b);
    double sd = Math.sqrt(Gamma.trigamma(a) + Gamma.trigamma(b));
    double[] q = new double[HERMITE.length];
    for (int j = 0; j < q.length; j++) {
      q[j] = 1 / (1 + Math.exp(-(mean + sd * HERMITE[j])));
    }
    return q;
  }

  /** The programme-wide rate, alpha / (alpha + beta). */
  public double mean() {
    return alpha / (alpha + beta);
  }

  /** The prior fitted on every member's purchases and redemptions. */
  public static RedemptionPropensity fit(ProgrammeStatements statements) {
    int n = statements.memberCount();
    long[] purchases = new long[n];
    long[] redemptions = new long[n];
    for (int i = 0; i < n; i++) {
      purchases[i] = statements.purchases(i);
      redemptions[i] = statements.redemptions(i);
    }
    return fit(purchases, redemptions);
  }

  /**
   * The prior fitted on purchases and redemptions per member; members without purchases carry
   * no information and are left out.
   *
   * @throws InvalidValueException if no member has a purchase, or no member ever redeemed
   */
  public static RedemptionPropensity fit(long[] purchases, long[] redemptions) {
    if (purchases == null || redemptions == null || purchases.length != redemptions.length) {
      throw new InvalidValueException("RedemptionPropensity.fit", "arrays of different lengths or null",
          "purchases and redemptions per member");
    }
    double sumN = 0;
    double sumK = 0;
    double sumN2 = 0;
    int members = 0;
    for (int i = 0; i < purchases.length; i++) {
      if (purchases[i] > 0) {
        sumN += purchases[i];
        sumK += Math.min(redemptions[i], purchases[i]);
        sumN2 += (double) purchases[i] * purchases[i];
        members++;
      }
    }
    if (members < 2 || sumK == 0 || sumK == sumN) {
      throw new InvalidValueException("RedemptionPropensity.fit", members + " members, " + (long) sumK + " redemptions in "
          + (long) sumN + " purchases", "at least two members with purchases and some, but not all, purchases redeemed on");
    }
    double mu = sumK / sumN;
    double s = 0;
    for (int i = 0; i < purchases.length; i++) {
      if (purchases[i] > 0) {
        double p = Math.min(redemptions[i], purchases[i]) / (double) purchases[i];
        s += purchases[i] * (p - mu) * (p - mu);
      }
    }
    double denominator = sumN - members - sumN2 / sumN + 1;
    double rho = denominator > 0 ? (s / (mu * (1 - mu)) - (members - 1)) / denominator : MIN_RHO;
    rho = Math.min(MAX_RHO, Math.max(MIN_RHO, rho));
    double total = 1 / rho - 1;
    return new RedemptionPropensity(mu * total, (1 - mu) * total);
  }
}
