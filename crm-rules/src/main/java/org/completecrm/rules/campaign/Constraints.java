package org.completecrm.rules.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.completecrm.core.channel.Channel;
import org.completecrm.rules.ruleset.ActionDefinition;

/**
 * The budgets and capacities of a run as linear constraints {@code sum_k a_jk x_k <= b_j} over
 * the candidates: sends per offer, per channel (the smaller of the daily budget times the days
 * and the hourly throughput times the hours), the total cost, sends per segment and expected
 * responses per team (capacity per day times the days). Coefficients are worked out from a
 * candidate's action, channel, segment and propensity, never stored per candidate.
 */
final class Constraints {
  static final int CHANNELS = Channel.values().length;
  static final double TOLERANCE = 1e-9;

  final List<String> describe = new ArrayList<>();
  final List<Double> capacityList = new ArrayList<>();
  double[] capacity;
  final int[] offerCon;
  final int[] channelCon = new int[CHANNELS];
  final boolean[] channelByDay = new boolean[CHANNELS];
  int costCon = -1;
  final double[] channelCost = new double[CHANNELS];
  final int[] segmentCon;
  final int[] teamCon;
  final double[][] share;
  /** The settings' {@link CampaignSettings#targetRelativeGap()}: the allocation's search stops within it. */
  final double targetGap;

  Constraints(CampaignSettings settings, CandidateEvaluator evaluator, CandidateTable.Names segments) {
    this.targetGap = settings.targetRelativeGap();
    List<ActionDefinition> actions = evaluator.actions();
    offerCon = new int[actions.size()];
    for (int a = 0; a < actions.size(); a++) {
      Integer b = settings.budgets().offers().get(actions.get(a).id());
      offerCon[a] = b == null ? -1 : add(b, "the budget of " + actions.get(a).displayName() + " (" + b + " sends)");
    }
    SendWindow window = settings.sendWindow();
    for (Channel c : Channel.values()) {
      channelCost[c.ordinal()] = evaluator.costOf(c);
      Integer perDay = settings.budgets().channelsPerDay().get(c);
      Integer perHour = window.throughputPerHour().get(c);
      long byDay = perDay == null ? Long.MAX_VALUE : (long) perDay * window.days();
      long byHour = perHour == null ? Long.MAX_VALUE : (long) perHour * window.hours();
      if (byDay == Long.MAX_VALUE && byHour == Long.MAX_VALUE) {
        channelCon[c.ordinal()] = -1;
      } else if (byDay <= byHour) {
        channelByDay[c.ordinal()] = true;
        channelCon[c.ordinal()] = add(byDay, "the " + c + " budget (" + perDay + " sends a day)");
      } else {
        channelCon[c.ordinal()] = add(byHour, "the " + c + " throughput (" + perHour + " sends an hour for "
            + window.hours() + " hours)");
      }
    }
    settings.budgets().totalCost().ifPresent(m -> costCon = add(m.amount().doubleValue(),
        "the total cost budget (" + m + ")"));
    segmentCon = new int[segments.size()];
    for (int s = 0; s < segments.size(); s++) {
      Integer b = settings.budgets().segments().get(segments.name(s));
      segmentCon[s] = b == null ? -1 : add(b, "the budget of segment " + segments.name(s) + " (" + b + " sends)");
    }
    List<TeamCapacity> teams = settings.teams();
    teamCon = new int[teams.size()];
    share = new double[teams.size()][CHANNELS];
    for (int t = 0; t < teams.size(); t++) {
      TeamCapacity team = teams.get(t);
      teamCon[t] = add(team.capacityPerDay() * window.days(), "the capacity of team " + team.team() + " ("
          + String.format(Locale.ROOT, "%.1f", team.capacityPerDay()) + " expected responses a day)");
      for (Channel c : Channel.values()) {
        share[t][c.ordinal()] = team.shareOf(c);
      }
    }
    capacity = capacityList.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private int add(double b, String words) {
    describe.add(words);
    capacityList.add(b);
    return capacityList.size() - 1;
  }

  /** Whether constraint {@code j} is a team's capacity. */
  boolean isTeam(int j) {
    for (int t : teamCon) {
      if (t == j) {
        return true;
      }
    }
    return false;
  }

  /** An amount of constraint {@code j} in words: sends, money or expected responses. */
  String amount(int j, double v) {
    if (j == costCon) {
      return FixedDecimals.format(v, 2);
    }
    if (isTeam(j)) {
      return FixedDecimals.format(v, 1) + " expected responses";
    }
    return Math.round(v) + " sends";
  }

  int count() {
    return capacity.length;
  }

  /** Whether candidate {@code k} of {@code table}, whose customer is in segment {@code seg}, fits in {@code used}. */
  int firstWithoutRoom(CandidateTable table, int k, int seg, double[] used) {
    int a = table.action[k];
    int ch = table.channel[k];
    if (offerCon[a] >= 0 && !room(used, offerCon[a], 1)) {
      return offerCon[a];
    }
    if (channelCon[ch] >= 0 && !room(used, channelCon[ch], 1)) {
      return channelCon[ch];
    }
    if (costCon >= 0 && !room(used, costCon, channelCost[ch])) {
      return costCon;
    }
    if (seg >= 0 && segmentCon[seg] >= 0 && !room(used, segmentCon[seg], 1)) {
      return segmentCon[seg];
    }
    for (int t = 0; t < teamCon.length; t++) {
      double load = table.propensity[k] * share[t][ch];
      if (load > 0 && !room(used, teamCon[t], load)) {
        return teamCon[t];
      }
    }
    return -1;
  }

  private boolean room(double[] used, int j, double amount) {
    return used[j] + amount <= capacity[j] * (1 + TOLERANCE) + TOLERANCE;
  }

  /** Adds candidate {@code k}'s coefficients to {@code used}, each scaled by {@code scale}. */
  void addUse(CandidateTable table, int k, int seg, double[] used, double scale) {
    int a = table.action[k];
    int ch = table.channel[k];
    if (offerCon[a] >= 0) {
      used[offerCon[a]] += scale;
    }
    if (channelCon[ch] >= 0) {
      used[channelCon[ch]] += scale;
    }
    if (costCon >= 0) {
      used[costCon] += scale * channelCost[ch];
    }
    if (seg >= 0 && segmentCon[seg] >= 0) {
      used[segmentCon[seg]] += scale;
    }
    for (int t = 0; t < teamCon.length; t++) {
      used[teamCon[t]] += scale * table.propensity[k] * share[t][ch];
    }
  }

  /** Whether candidate {@code k} uses constraint {@code j}. */
  boolean uses(CandidateTable table, int k, int seg, int j) {
    int ch = table.channel[k];
    if (offerCon[table.action[k]] == j || channelCon[ch] == j || (seg >= 0 && segmentCon[seg] == j)) {
      return true;
    }
    if (j == costCon) {
      return channelCost[ch] > 0;
    }
    for (int t = 0; t < teamCon.length; t++) {
      if (teamCon[t] == j) {
        return table.propensity[k] * share[t][ch] > 0;
      }
    }
    return false;
  }

  /** The price of candidate {@code k} under normalised multipliers {@code lambda} (each per unit of its capacity). */
  static final class Prices {
    final double[] action;
    final double[] channel = new double[CHANNELS];
    final double[] team = new double[CHANNELS];
    final double[] segment;

    Prices(Constraints c, double[] lambda) {
      action = new double[c.offerCon.length];
      for (int a = 0; a < action.length; a++) {
        action[a] = c.offerCon[a] < 0 ? 0 : perUnit(c, lambda, c.offerCon[a]);
      }
      for (int ch = 0; ch < CHANNELS; ch++) {
        channel[ch] = (c.channelCon[ch] < 0 ? 0 : perUnit(c, lambda, c.channelCon[ch]))
            + (c.costCon < 0 ? 0 : perUnit(c, lambda, c.costCon) * c.channelCost[ch]);
        for (int t = 0; t < c.teamCon.length; t++) {
          team[ch] += perUnit(c, lambda, c.teamCon[t]) * c.share[t][ch];
        }
      }
      segment = new double[c.segmentCon.length];
      for (int s = 0; s < segment.length; s++) {
        segment[s] = c.segmentCon[s] < 0 ? 0 : perUnit(c, lambda, c.segmentCon[s]);
      }
    }

    private static double perUnit(Constraints c, double[] lambda, int j) {
      return lambda[j] == 0 ? 0 : lambda[j] / Math.max(c.capacity[j], TOLERANCE);
    }

    double reduced(CandidateTable table, int k, int seg) {
      int ch = table.channel[k];
      return table.expectedValue[k] - action[table.action[k]] - channel[ch] - (seg >= 0 ? segment[seg] : 0)
          - table.propensity[k] * team[ch];
    }
  }
}
