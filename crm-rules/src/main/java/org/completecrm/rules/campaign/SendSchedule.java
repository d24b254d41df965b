package org.completecrm.rules.campaign;

import java.util.Arrays;
import org.completecrm.core.channel.Channel;

/**
 * When each planned send goes out: sends in order of expected value (then the seeded order) take
 * the first hourly slot that is free for the customer and channel, where the channel's hourly
 * throughput, its daily budget and every team's daily capacity still have room. Within an hour
 * the sends of a channel are spaced evenly ({@code 3600 / throughput} seconds apart). A send that
 * finds no slot is left out.
 */
final class SendSchedule {
  /** Seconds from the run's instant to each customer's send; -1 for none. */
  final int[] offsetSeconds;
  /** Customers whose allocated send found no slot. */
  final boolean[] noSlot;
  final int[][] sendsPerDay;
  final double[][] loadPerDay;

  SendSchedule(CandidateTable table, Constraints constraints, CampaignSettings settings, Groups groups,
      int[] chosen) {
    this(table, constraints, settings, order(table, groups, chosen), chosen);
  }

  /**
   * The schedule of the sends {@code chosen} (a candidate per customer of {@code table}, -1 for
   * none), taken in the order {@code order} (customers); a send that finds no slot is set to -1 in
   * {@code chosen}.
   */
  SendSchedule(CandidateTable table, Constraints constraints, CampaignSettings settings, int[] order, int[] chosen) {
    SendWindow window = settings.sendWindow();
    int hours = window.hours();
    int days = window.days();
    int channels = Channel.values().length;
    int teams = settings.teams().size();
    int[] throughput = new int[channels];
    int[] perDay = new int[channels];
    for (Channel c : Channel.values()) {
      throughput[c.ordinal()] = window.throughputOf(c).orElse(Integer.MAX_VALUE);
      perDay[c.ordinal()] = settings.budgets().channelsPerDay().getOrDefault(c, Integer.MAX_VALUE);
    }
    double[] capacity = new double[teams];
    for (int t = 0; t < teams; t++) {
      capacity[t] = settings.teams().get(t).capacityPerDay();
    }
    int[][] perHour = new int[channels][hours];
    sendsPerDay = new int[channels][days];
    loadPerDay = new double[teams][days];
    offsetSeconds = new int[table.customers];
    Arrays.fill(offsetSeconds, -1);
    noSlot = new boolean[table.customers];
    for (int i : order) {
      int k = chosen[i];
      int ch = table.channel[k];
      int slot = -1;
      for (int h = 0; h < hours && slot < 0; h++) {
        int d = h / 24;
        if (QuietSlots.free(table.masks, k * table.maskWords, h) && perHour[ch][h] < throughput[ch]
            && sendsPerDay[ch][d] < perDay[ch] && teamsHaveRoom(constraints, table, k, d, capacity)) {
          slot = h;
        }
      }
      if (slot < 0) {
        chosen[i] = -1;
        noSlot[i] = true;
        continue;
      }
      int d = slot / 24;
      long spacing = throughput[ch] == Integer.MAX_VALUE ? 0 : 3600L * perHour[ch][slot] / throughput[ch];
      offsetSeconds[i] = (int) (slot * 3600L + spacing);
      perHour[ch][slot]++;
      sendsPerDay[ch][d]++;
      for (int t = 0; t < teams; t++) {
        loadPerDay[t][d] += table.propensity[k] * constraints.share[t][ch];
      }
    }
  }

  /** The customers with a send, by its expected value descending, then in the seeded order of their groups. */
  private static int[] order(CandidateTable table, Groups groups, int[] chosen) {
    double[] key = new double[groups.count()];
    Arrays.fill(key, Double.NEGATIVE_INFINITY);
    int[] customerOfGroup = new int[groups.count()];
    for (int i = 0; i < table.customers; i++) {
      if (chosen[i] >= 0) {
        key[groups.groupOf[i]] = table.expectedValue[chosen[i]];
        customerOfGroup[groups.groupOf[i]] = i;
      }
    }
    int[] sorted = groups.orderBy(key);
    int[] out = new int[sorted.length];
    for (int x = 0; x < sorted.length; x++) {
      out[x] = customerOfGroup[sorted[x]];
    }
    return out;
  }

  private boolean teamsHaveRoom(Constraints constraints, CandidateTable table, int k, int day, double[] capacity) {
    for (int t = 0; t < capacity.length; t++) {
      double load = table.propensity[k] * constraints.share[t][table.channel[k]];
      if (load > 0 && loadPerDay[t][day] + load > capacity[t] * (1 + Constraints.TOLERANCE) + Constraints.TOLERANCE) {
        return false;
      }
    }
    return true;
  }
}
