package org.completecrm.analytics.experiment;

import org.completecrm.core.InvalidValueException;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The customers each of two arms needs to detect a stated difference in response rate with a
 * two-sided test: {@code n = (z_{1-alpha/2} sqrt(2 pbar (1 - pbar)) + z_{1-beta} sqrt(p1 (1 - p1) +
 * p2 (1 - p2)))^2 / (p2 - p1)^2}, {@code pbar = (p1 + p2) / 2} (Fleiss, <em>Statistical Methods
 * for Rates and Proportions</em>, 2nd ed., 1981, §3.2, without the continuity correction).
 */
public final class SampleSize {
  private SampleSize() {}

  /**
   * Customers per arm to detect a change from {@code baseRate} to {@code baseRate + effect} at
   * significance {@code alpha} with power {@code power}.
   */
  public static long perArm(double baseRate, double effect, double alpha, double power) {
    double p2 = baseRate + effect;
    if (!(baseRate > 0 && baseRate < 1)) {
      throw new InvalidValueException("SampleSize.baseRate", baseRate, "a rate in (0, 1)");
    }
    if (!(effect != 0 && p2 > 0 && p2 < 1)) {
      throw new InvalidValueException("SampleSize.effect", effect, "a change other than 0 keeping the rate in (0, 1)");
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new InvalidValueException("SampleSize.alpha", alpha, "a significance level in (0, 1)");
    }
    if (!(power > 0 && power < 1)) {
      throw new InvalidValueException("SampleSize.power", power, "a power in (0, 1)");
    }
    NormalDistribution normal = new NormalDistribution(0, 1);
    double za = normal.inverseCumulativeProbability(1 - alpha / 2);
    double zb = normal.inverseCumulativeProbability(power);
    double pbar = (baseRate + p2) / 2;
    double root = za * Math.sqrt(2 * pbar * (1 - pbar)) + zb * Math.sqrt(baseRate * (1 - baseRate) + p2 * (1 - p2));
    return (long) Math.ceil(root * root / (effect * effect));
  }
}
