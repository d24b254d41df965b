package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.completecrm.core.channel.Channel;

/** Checks of a plan against its settings, recomputed from the lines (not from the plan's own summary). */
final class PlanChecks {
  private PlanChecks() {}

  /** Offer, channel-per-day, segment and cost budgets and team capacity per day hold; every send is in the window. */
  static void withinBudgets(CampaignPlan plan, CampaignSettings settings) {
    Map<String, Integer> perOffer = new HashMap<>();
    Map<String, Integer> perChannelDay = new HashMap<>();
    Map<String, Integer> perHour = new HashMap<>();
    int hours = settings.sendWindow().hours();
    for (PlanLine l : plan.lines()) {
      if (!l.planned()) {
        assertTrue(!l.reason().isBlank(), "a customer left out without a reason");
        continue;
      }
      long seconds = Duration.between(plan.summary().at(), l.sendAt().get()).getSeconds();
      assertTrue(seconds >= 0 && seconds < hours * 3600L, "send outside the window: " + l);
      perOffer.merge(l.action().get().value(), 1, Integer::sum);
      perChannelDay.merge(l.channel().get() + "/" + seconds / 86_400, 1, Integer::sum);
      perHour.merge(l.channel().get() + "/" + seconds / 3600, 1, Integer::sum);
    }
    settings.budgets().offers().forEach((o, b) ->
        assertTrue(perOffer.getOrDefault(o.value(), 0) <= b, "offer " + o + " over budget"));
    perChannelDay.forEach((k, n) -> {
      Integer b = settings.budgets().channelsPerDay().get(Channel.valueOf(k.substring(0, k.indexOf('/'))));
      assertTrue(b == null || n <= b, k + ": " + n + " > " + b);
    });
    perHour.forEach((k, n) -> {
      Integer b = settings.sendWindow().throughputPerHour().get(Channel.valueOf(k.substring(0, k.indexOf('/'))));
      assertTrue(b == null || n <= b, k + ": " + n + " an hour > " + b);
    });
    PlanSummary s = plan.summary();
    settings.budgets().totalCost().ifPresent(m -> assertTrue(s.cost() <= m.amount().doubleValue() + 1e-6,
        "cost " + s.cost() + " > " + m));
    for (PlanSummary.SegmentSummary seg : s.segments()) {
      seg.budget().ifPresent(b -> assertTrue(seg.sends() <= b, seg.toString()));
    }
    for (PlanSummary.TeamSummary team : s.teams()) {
      for (double load : team.loadPerDay()) {
        assertTrue(load <= team.capacityPerDay() * (1 + 1e-9) + 1e-9, team.toString());
      }
    }
  }
}
