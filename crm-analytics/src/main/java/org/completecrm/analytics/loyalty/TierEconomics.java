package org.completecrm.analytics.loyalty;

/**
 * Whether a tier pays over a period: its members' profit after cost-to-serve against what the
 * programme costs for them (rewards redeemed, the change in the liability of their points, the
 * tier's benefits).
 *
 * @param tier the tier's id
 * @param members members in the tier at the period's end
 * @param profit their profit after cost-to-serve in the period
 * @param rewardsCost the cost to the firm of the points they redeemed in the period
 * @param liabilityChange the liability of their points at the period's end less at its start
 * @param benefitsCost the cost of the tier's benefits for its members
 */
public record TierEconomics(String tier, long members, double profit, double rewardsCost, double liabilityChange,
    double benefitsCost) {

  /** What the programme cost for the tier's members: rewards, liability change and benefits. */
  public double programmeCost() {
    return rewardsCost + liabilityChange + benefitsCost;
  }

  /** Profit after the programme's cost. */
  public double net() {
    return profit - programmeCost();
  }

  /** The programme's cost per member, 0 for an empty tier. */
  public double costPerMember() {
    return members == 0 ? 0 : programmeCost() / members;
  }

  /** The programme's cost as a share of the tier's profit (0 when the profit is not positive). */
  public double costShareOfProfit() {
    return profit > 0 ? programmeCost() / profit : 0;
  }
}
