package org.completecrm.rules.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.ruleset.ActionDefinition;

/** Adds a plan up into its {@link PlanSummary}. */
final class PlanTotals {
  private PlanTotals() {}

  /**
   * The summary of the sends {@code chosen} (a candidate per customer of {@code t}, -1 for none),
   * added in the order {@code idOrder} (customers by id), of a run of {@code customers} customers
   * whose segments are those of {@code t}.
   */
  static PlanSummary summarise(CandidateTable t, int[] idOrder, int[] chosen, int customers, Constraints constraints,
      List<ActionDefinition> actionList, CampaignSettings settings, SendSchedule schedule, double upperBound,
      int iterations, Instant at, long seed) {
    int actions = actionList.size();
    int[] offerSends = new int[actions];
    double[] offerResponses = new double[actions];
    double[] offerValue = new double[actions];
    double[] offerCost = new double[actions];
    int channels = Channel.values().length;
    int[] channelSends = new int[channels];
    int segments = t.segments.size();
    int[] segmentSends = new int[segments];
    double[] segmentResponses = new double[segments];
    int planned = 0;
    double value = 0;
    double cost = 0;
    for (int i : idOrder) {
      int k = chosen[i];
      if (k < 0) {
        continue;
      }
      planned++;
      int a = t.action[k];
      double c = constraints.channelCost[t.channel[k]];
      offerSends[a]++;
      offerResponses[a] += t.propensity[k];
      offerValue[a] += t.expectedValue[k];
      offerCost[a] += c;
      channelSends[t.channel[k]]++;
      if (t.segment[i] >= 0) {
        segmentSends[t.segment[i]]++;
        segmentResponses[t.segment[i]] += t.propensity[k];
      }
      value += t.expectedValue[k];
      cost += c;
    }
    List<PlanSummary.OfferSummary> offers = new ArrayList<>();
    for (int a = 0; a < actions; a++) {
      ActionDefinition def = actionList.get(a);
      Optional<Integer> budget = Optional.ofNullable(settings.budgets().offers().get(def.id()));
      if (offerSends[a] > 0 || budget.isPresent()) {
        offers.add(new PlanSummary.OfferSummary(def.id(), offerSends[a], budget, offerResponses[a], offerValue[a],
            offerCost[a]));
      }
    }
    offers.sort((x, y) -> x.offer().value().compareTo(y.offer().value()));
    List<PlanSummary.ChannelSummary> channelList = new ArrayList<>();
    for (Channel c : Channel.values()) {
      Optional<Integer> perDay = Optional.ofNullable(settings.budgets().channelsPerDay().get(c));
      Optional<Integer> perHour = settings.sendWindow().throughputOf(c);
      if (channelSends[c.ordinal()] > 0 || perDay.isPresent() || perHour.isPresent()) {
        List<Integer> days = new ArrayList<>();
        for (int n : schedule.sendsPerDay[c.ordinal()]) {
          days.add(n);
        }
        channelList.add(new PlanSummary.ChannelSummary(c, channelSends[c.ordinal()], days, perDay, perHour,
            channelSends[c.ordinal()] * constraints.channelCost[c.ordinal()]));
      }
    }
    List<PlanSummary.TeamSummary> teams = new ArrayList<>();
    for (int x = 0; x < settings.teams().size(); x++) {
      List<Double> load = new ArrayList<>();
      for (double l : schedule.loadPerDay[x]) {
        load.add(l);
      }
      teams.add(new PlanSummary.TeamSummary(settings.teams().get(x).team(),
          settings.teams().get(x).capacityPerDay(), load));
    }
    TreeMap<String, PlanSummary.SegmentSummary> bySegment = new TreeMap<>();
    for (int s = 0; s < segments; s++) {
      String name = t.segments.name(s);
      Optional<Integer> budget = Optional.ofNullable(settings.budgets().segments().get(name));
      bySegment.put(name, new PlanSummary.SegmentSummary(name, segmentSends[s], budget, segmentResponses[s]));
    }
    settings.budgets().segments().forEach((name, b) -> bySegment.putIfAbsent(name,
        new PlanSummary.SegmentSummary(name, 0, Optional.of(b), 0)));
    double ub = Math.max(upperBound, value);
    double gap = Math.max(0, ub - value);
    return new PlanSummary(settings.campaign(), at, seed, customers, planned, customers - planned, value, ub,
        gap, ub > 0 ? gap / ub : 0, iterations, cost, offers, channelList, teams,
        new ArrayList<>(bySegment.values()));
  }
}
