package org.completecrm.rules.campaign;

import java.io.Serializable;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;

/**
 * One pass of a campaign allocation, opaque to the host that runs it: a pure function of one
 * {@link CampaignPart} and a small state (the multipliers, or the rounds and cut-offs of the plan
 * being searched) returning a few longs that add up exactly over the parts. Serializable and
 * small (a few kilobytes at most), to be shipped with every task of a pass.
 */
public final class AllocationPass implements Serializable {
  private static final long serialVersionUID = 1L;

  final Pass pass;

  AllocationPass(Pass pass) {
    this.pass = pass;
  }

  /**
   * The seeded sample of the customers this pass runs over: 0 for every customer; {@code l > 0}
   * for the sample of about {@code 2^-l} of the groups that the search starts on. A host may run a
   * pass of level {@code l > 0} over the parts' samples of that level ({@link CampaignPart#sample})
   * instead of over the parts: the result is the same. A Spark job collects the samples once and
   * runs their passes on the driver, sparing a job per pass.
   */
  public int sampleLevel() {
    return pass.level();
  }

  /**
   * The sum of two parts' results, element by element: exact (fixed point, in longs), so
   * associative and commutative, and the same however the parts are grouped. Neither argument is
   * changed.
   *
   * @throws InvalidValueException for results of different lengths (of different passes)
   */
  public static long[] add(long[] a, long[] b) {
    Checks.present(a, "AllocationPass.add.a");
    Checks.present(b, "AllocationPass.add.b");
    if (a.length != b.length) {
      throw new InvalidValueException("AllocationPass.add.b.length", b.length,
          "the length of the other result, " + a.length + " (results of one pass)");
    }
    return Fixed.add(a.clone(), b);
  }

  @Override
  public String toString() {
    return "AllocationPass{" + pass.getClass().getSimpleName() + "}";
  }
}
