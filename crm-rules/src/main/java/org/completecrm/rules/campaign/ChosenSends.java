package org.completecrm.rules.campaign;

import java.io.Serializable;

/**
 * The sends one {@link CampaignPart} gets from a {@link CampaignAllocation}, before the send
 * schedule: for each of its customers with a send, in order of customer id, the candidate chosen
 * (action, channel, expected value, propensity, free send hours) and the seeded order of its
 * group. Compact and serializable: what a cluster's driver collects to make the schedule and the
 * totals ({@link CampaignRun#schedule}), a few dozen bytes per send and nothing of the customers
 * left out.
 */
public final class ChosenSends implements Serializable {
  private static final long serialVersionUID = 1L;

  final long run;
  /** The part's first customer id (its name in the schedule), null for a part without customers. */
  final String part;
  final int customers;
  final int maskWords;
  final String[] ids;
  /** Per send: the first customer id of its group and the group's seeded key (the order of ties). */
  final String[] groupFirst;
  final long[] tieKey;
  final int[] segment;
  final int[] action;
  final byte[] channel;
  final double[] expectedValue;
  final double[] propensity;
  final long[] masks;

  ChosenSends(long run, String part, int customers, int maskWords, int sends) {
    this.run = run;
    this.part = part;
    this.customers = customers;
    this.maskWords = maskWords;
    ids = new String[sends];
    groupFirst = new String[sends];
    tieKey = new long[sends];
    segment = new int[sends];
    action = new int[sends];
    channel = new byte[sends];
    expectedValue = new double[sends];
    propensity = new double[sends];
    masks = new long[sends * maskWords];
  }

  /** The part's customers, with or without a send. */
  public int customers() {
    return customers;
  }

  /** The sends. */
  public int sends() {
    return ids.length;
  }

  @Override
  public String toString() {
    return "ChosenSends{customers=" + customers + ", sends=" + ids.length + "}";
  }
}
