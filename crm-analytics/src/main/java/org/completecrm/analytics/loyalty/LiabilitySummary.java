package org.completecrm.analytics.loyalty;

/**
 * The liability of a group of members (the programme, a tier, a household): their outstanding
 * points, how many of them are expected to be redeemed and to break (expire unredeemed), and the
 * money value of the expected redemptions.
 *
 * @param members members in the group
 * @param outstandingPoints their balances added up
 * @param expectedRedemption points expected to be redeemed before they expire
 * @param expectedBreakage points expected to expire unredeemed
 * @param liability the expected redemptions' value in the programme's currency
 */
public record LiabilitySummary(
    long members, long outstandingPoints, double expectedRedemption, double expectedBreakage, double liability) {

  /** The share of outstanding points expected to break, 0 without points. */
  public double breakageRate() {
    return outstandingPoints == 0 ? 0 : expectedBreakage / outstandingPoints;
  }
}
