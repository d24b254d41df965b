package org.completecrm.rules.campaign;

import java.io.Serializable;
import java.util.List;

/**
 * The allocation of a distributed campaign run ({@link CampaignRun#allocate}): the rounds of the
 * plan kept (a few kilobytes: prices, residual capacities and cut-offs), which every {@link
 * CampaignPart} evaluates for its own customers, with the plan's expected value, the upper bound
 * and the iterations of the search. Serializable, to be broadcast to the parts.
 */
public final class CampaignAllocation implements Serializable {
  private static final long serialVersionUID = 1L;

  final long run;
  final List<Round> rounds;
  private final double expectedValue;
  private final double upperBound;
  private final int iterations;

  CampaignAllocation(long run, List<Round> rounds, double expectedValue, double upperBound, int iterations) {
    this.run = run;
    this.rounds = List.copyOf(rounds);
    this.expectedValue = expectedValue;
    this.upperBound = upperBound;
    this.iterations = iterations;
  }

  /** The total expected value of the allocated sends, before the send schedule. */
  public double expectedValue() {
    return expectedValue;
  }

  /** The Lagrangian upper bound on the total expected value of any plan within the budgets. */
  public double upperBound() {
    return upperBound;
  }

  /** Subgradient iterations run over the whole base (after those over the seeded sample the search started on). */
  public int iterations() {
    return iterations;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "CampaignAllocation{expectedValue=%.4f, upperBound=%.4f, iterations=%d}",
        expectedValue, upperBound, iterations);
  }
}
