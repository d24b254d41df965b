package org.completecrm.analytics.loyalty;

import java.util.Arrays;
import org.completecrm.core.InvalidValueException;

/**
 * {@link PurchaseOutlook}s of many members in columns, indexed like the programme's statements:
 * P(alive), rate per week while alive, and (0 where unknown) the rate's Gamma shape and the
 * dropout per purchase.
 */
public final class MemberOutlooks {
  private final double[] probabilityAlive;
  private final double[] rate;
  private final double[] shape;
  private final double[] dropout;

  private MemberOutlooks(double[] probabilityAlive, double[] rate, double[] shape, double[] dropout) {
    this.probabilityAlive = probabilityAlive;
    this.rate = rate;
    this.shape = shape;
    this.dropout = dropout;
  }

  /** Outlooks for {@code n} members, every one unknown until set (P(alive) 0: no redemption expected). */
  public static MemberOutlooks empty(int n) {
    if (n < 0) {
      throw new InvalidValueException("MemberOutlooks.n", n, "a count >= 0");
    }
    return new MemberOutlooks(new double[n], new double[n], new double[n], new double[n]);
  }

  /**
   * From score columns: P(alive) and expected purchases over {@code horizonWeeks} per member.
   *
   * @throws InvalidValueException naming the member index of a value out of range
   */
  public static MemberOutlooks fromScores(double[] probabilityAlive, double[] expectedPurchases, double horizonWeeks) {
    if (probabilityAlive == null || expectedPurchases == null || probabilityAlive.length != expectedPurchases.length) {
      throw new InvalidValueException("MemberOutlooks.fromScores", "arrays of different lengths or null",
          "P(alive) and expected purchases per member");
    }
    MemberOutlooks o = empty(probabilityAlive.length);
    for (int i = 0; i < probabilityAlive.length; i++) {
      o.set(i, PurchaseOutlook.fromScores(probabilityAlive[i], expectedPurchases[i], horizonWeeks));
    }
    return o;
  }

  /** Sets member {@code i}'s outlook. */
  public MemberOutlooks set(int i, PurchaseOutlook outlook) {
    if (outlook == null || i < 0 || i >= rate.length) {
      throw new InvalidValueException("MemberOutlooks.set", i, "a member index from 0 to " + (rate.length - 1) + " and an outlook");
    }
    probabilityAlive[i] = outlook.probabilityAlive();
    rate[i] = outlook.ratePerWeekIfAlive();
    shape[i] = outlook.shape().orElse(0);
    dropout[i] = outlook.dropoutPerPurchase().orElse(0);
    return this;
  }

  /** The number of members. */
  public int size() {
    return rate.length;
  }

  /** The chance that member {@code i} redeems within {@code weeks}, redeeming on a purchase with probability {@code q}. */
  public double probabilityOfRedeemingWithin(int i, double q, double weeks) {
    return PurchaseOutlook.probabilityOfRedeeming(probabilityAlive[i], rate[i], shape[i], dropout[i], q, weeks);
  }

  MemberOutlooks copy() {
    return new MemberOutlooks(Arrays.copyOf(probabilityAlive, probabilityAlive.length), Arrays.copyOf(rate, rate.length),
        Arrays.copyOf(shape, shape.length), Arrays.copyOf(dropout, dropout.length));
  }
}
