package org.completecrm.rules.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CampaignId;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;

/**
 * What a plan adds up to: per offer, channel, team and segment the sends, expected responses,
 * expected inbound load against capacity and cost, with the plan's expected value, the
 * Lagrangian upper bound on any plan's (and the linear relaxation's) and the gap between them.
 *
 * @param campaign the campaign
 * @param at the run's instant
 * @param seed the seed of the tie-breaking order
 * @param customers customers considered
 * @param planned customers with a send
 * @param leftOut customers without one
 * @param expectedValue the plan's total expected value
 * @param upperBound an upper bound on the total expected value of any plan within the budgets
 * @param gap {@code upperBound - expectedValue}, at least 0
 * @param relativeGap the gap as a share of the upper bound (0 when the bound is 0)
 * @param iterations subgradient iterations run over the whole base (after those over the sample the search started on)
 * @param cost the total cost of the sends
 * @param offers per offer sent
 * @param channels per channel used or budgeted
 * @param teams per team with capacity
 * @param segments per segment with a send or a budget
 */
public record PlanSummary(CampaignId campaign, Instant at, long seed, int customers, int planned, int leftOut,
    double expectedValue, double upperBound, double gap, double relativeGap, int iterations, double cost,
    List<OfferSummary> offers, List<ChannelSummary> channels, List<TeamSummary> teams,
    List<SegmentSummary> segments) {
  /** Copies the lists. */
  public PlanSummary {
    offers = List.copyOf(offers);
    channels = List.copyOf(channels);
    teams = List.copyOf(teams);
    segments = List.copyOf(segments);
  }

  /**
   * One offer's sends.
   *
   * @param offer the offer (or service action)
   * @param sends planned sends
   * @param budget its budget, if any
   * @param expectedResponses the sum of the propensities
   * @param expectedValue the sum of the expected values
   * @param cost the cost of its sends
   */
  public record OfferSummary(OfferId offer, int sends, Optional<Integer> budget, double expectedResponses,
      double expectedValue, double cost) {}

  /**
   * One channel's sends.
   *
   * @param channel the channel
   * @param sends planned sends
   * @param sendsPerDay per day of the window
   * @param budgetPerDay its daily budget, if any
   * @param throughputPerHour its hourly throughput, if limited
   * @param cost the cost of its sends
   */
  public record ChannelSummary(Channel channel, int sends, List<Integer> sendsPerDay, Optional<Integer> budgetPerDay,
      Optional<Integer> throughputPerHour, double cost) {
    /** Copies the list. */
    public ChannelSummary {
      sendsPerDay = List.copyOf(sendsPerDay);
    }
  }

  /**
   * One team's expected inbound load.
   *
   * @param team the team
   * @param capacityPerDay its capacity per day
   * @param loadPerDay expected inbound responses per day of the window
   */
  public record TeamSummary(TeamId team, double capacityPerDay, List<Double> loadPerDay) {
    /** Copies the list. */
    public TeamSummary {
      loadPerDay = List.copyOf(loadPerDay);
    }
  }

  /**
   * One segment's sends.
   *
   * @param segment the segment label
   * @param sends planned sends
   * @param budget its budget, if any
   * @param expectedResponses the sum of the propensities
   */
  public record SegmentSummary(String segment, int sends, Optional<Integer> budget, double expectedResponses) {}
}
