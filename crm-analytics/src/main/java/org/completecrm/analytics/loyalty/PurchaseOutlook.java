package org.completecrm.analytics.loyalty;

import java.util.OptionalDouble;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.MbgNbdModel;
import org.completecrm.analytics.value.ParetoNbdModel;
import org.completecrm.analytics.value.TransactionModel;
import org.completecrm.core.InvalidValueException;

/**
 * What the value models say about a member's future purchases: P(alive), the purchase rate per
 * week while alive and, where the model gives them, the Gamma shape of that rate given the
 * member's history and the chance of dropping out after a purchase.
 *
 * <p>The chance of redeeming within {@code w} weeks, when each purchase is a redemption with
 * probability {@code q} and otherwise ends the relationship with probability {@code d}: every
 * purchase ends the wait, by a redemption or a dropout, with probability {@code c = q + (1 - q)
 * d}, so for a known rate {@code λ} a redemption comes first with probability {@code q / c * (1 -
 * exp(-c λ w))}. With a rate drawn from a Gamma of shape {@code k} and mean {@code λ} the
 * exponential becomes {@code (1 + c λ w / k)^-k} (the negative binomial's zero term). Weighted by
 * P(alive). With {@code d = 0} this is the chance of at least one redeeming purchase.
 *
 * @param probabilityAlive P(alive), in [0, 1]
 * @param ratePerWeekIfAlive expected purchases per week while alive, finite and >= 0
 * @param shape the Gamma shape of the rate given the history (r + x for BG/NBD, MBG/NBD and Pareto/NBD)
 * @param dropoutPerPurchase the chance of dropping out after a purchase, for models with dropout at purchases
 */
public record PurchaseOutlook(double probabilityAlive, double ratePerWeekIfAlive, OptionalDouble shape,
    OptionalDouble dropoutPerPurchase) {
  /** Validates the outlook. */
  public PurchaseOutlook {
    if (shape == null || dropoutPerPurchase == null) {
      throw new InvalidValueException("PurchaseOutlook.shape", "null", "a shape and a dropout, each present or empty");
    }
    check(probabilityAlive, ratePerWeekIfAlive, shape.orElse(1), dropoutPerPurchase.orElse(0));
  }

  static void check(double probabilityAlive, double rate, double shape, double dropout) {
    if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
      throw new InvalidValueException("PurchaseOutlook.probabilityAlive", probabilityAlive, "a probability in [0, 1]");
    }
    if (!(rate >= 0) || !Double.isFinite(rate)) {
      throw new InvalidValueException("PurchaseOutlook.ratePerWeekIfAlive", rate, "a finite rate >= 0");
    }
    if (!(shape > 0) || !Double.isFinite(shape)) {
      throw new InvalidValueException("PurchaseOutlook.shape", shape, "a finite shape > 0");
    }
    if (!(dropout >= 0 && dropout <= 1)) {
      throw new InvalidValueException("PurchaseOutlook.dropoutPerPurchase", dropout, "a probability in [0, 1]");
    }
  }

  /**
   * From a score file's P(alive) and expected purchases over {@code horizonWeeks}: the rate while
   * alive is the expected purchases divided by P(alive) and the horizon (dropout within the
   * horizon is averaged into it); neither shape nor dropout is known.
   */
  public static PurchaseOutlook fromScores(double probabilityAlive, double expectedPurchases, double horizonWeeks) {
    if (!(horizonWeeks > 0) || !Double.isFinite(horizonWeeks)) {
      throw new InvalidValueException("PurchaseOutlook.horizonWeeks", horizonWeeks, "a finite horizon > 0 weeks");
    }
    if (!(expectedPurchases >= 0) || !Double.isFinite(expectedPurchases)) {
      throw new InvalidValueException("PurchaseOutlook.expectedPurchases", expectedPurchases, "a finite number >= 0");
    }
    double rate = probabilityAlive <= 1e-12 ? 0 : expectedPurchases / (probabilityAlive * horizonWeeks);
    return new PurchaseOutlook(probabilityAlive, rate, OptionalDouble.empty(), OptionalDouble.empty());
  }

  /**
   * From a model fitted in weeks and the member's summary. For BG/NBD and MBG/NBD, whose rate
   * given alive is Gamma(r + x, alpha + T) and whose dropout after a purchase is Beta(a, b + x)
   * (Beta(a, b + x + 1) for MBG/NBD) given alive, the rate, shape and dropout are those
   * posteriors' means; for other models the rate is the expected purchases over {@code
   * horizonWeeks} while alive per week, and for Pareto/NBD the shape is r + x.
   */
  public static PurchaseOutlook fromModel(TransactionModel model, CustomerSummary summary, double horizonWeeks) {
    if (model == null || summary == null) {
      throw new InvalidValueException("PurchaseOutlook.fromModel", "null", "a model and a summary");
    }
    if (!(horizonWeeks > 0) || !Double.isFinite(horizonWeeks)) {
      throw new InvalidValueException("PurchaseOutlook.horizonWeeks", horizonWeeks, "a finite horizon > 0 weeks");
    }
    int x = summary.frequency();
    double alive = model.probabilityAlive(summary);
    if (model instanceof BgNbdModel m) {
      return new PurchaseOutlook(alive, (m.r() + x) / (m.alpha() + summary.age()), OptionalDouble.of(m.r() + x),
          OptionalDouble.of(m.a() / (m.a() + m.b() + x)));
    }
    if (model instanceof MbgNbdModel m) {
      return new PurchaseOutlook(alive, (m.r() + x) / (m.alpha() + summary.age()), OptionalDouble.of(m.r() + x),
          OptionalDouble.of(m.a() / (m.a() + m.b() + x + 1)));
    }
    double rate = model.expectedPurchasesIfAlive(x, summary.age(), horizonWeeks) / horizonWeeks;
    OptionalDouble shape = model instanceof ParetoNbdModel m ? OptionalDouble.of(m.r() + x) : OptionalDouble.empty();
    return new PurchaseOutlook(alive, rate, shape, OptionalDouble.empty());
  }

  /** The chance of redeeming within {@code weeks}, redeeming on a purchase with probability {@code q}. */
  public double probabilityOfRedeemingWithin(double q, double weeks) {
    return probabilityOfRedeeming(probabilityAlive, ratePerWeekIfAlive, shape.orElse(0), dropoutPerPurchase.orElse(0),
        q, weeks);
  }

  /** The formula of the class comment; {@code shape} 0 for a known rate. */
  static double probabilityOfRedeeming(double pAlive, double rate, double shape, double dropout, double q, double weeks) {
    if (weeks <= 0 || rate == 0 || q == 0) {
      return 0;
    }
    double ending = q + (1 - q) * dropout;
    double mean = ending * rate * weeks;
    double none = shape > 0 ? Math.exp(-shape * Math.log1p(mean / shape)) : Math.exp(-mean);
    return pAlive * q / ending * (1 - none);
  }
}
