package org.completecrm.examples.tour;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.completecrm.core.CrmException;
import org.completecrm.examples.ContactCentreExample;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.examples.report.HtmlReport;
import org.completecrm.rules.campaign.CampaignPlan;
import org.completecrm.rules.campaign.CampaignPlanner;
import org.completecrm.rules.campaign.CampaignPlans;
import org.completecrm.rules.campaign.CampaignSettings;
import org.completecrm.rules.campaign.PlanLine;
import org.completecrm.rules.campaign.PlanSummary;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * The tour's campaign step: the winter campaign planned for a generated base of 10,000 customers
 * under the sample rules and {@code campaign.json}, its summary, three customers explained (one
 * planned, one left out by a budget, one whose household was already contacted) and, in the
 * report, each team's expected inbound load per day against its capacity.
 */
final class CampaignTour {
  static final int CUSTOMERS = 10_000;
  static final String SETTINGS = "rules/campaign.json";

  private CampaignTour() {}

  /** Plans the run and prints it to {@code out}, adding its tables and chart to {@code html}; returns the plan. */
  static CampaignPlan run(PrintWriter out, HtmlReport html) {
    RuleSet rules = ContactCentreExample.rules();
    CampaignSettings settings = settings();
    CampaignPlanner planner = CampaignPlans.planner(rules, settings, SampleBase.AT, 7L);
    SampleBase.generate(CUSTOMERS, 42L, SampleBase.AT, List.of("premium-fund-switch", "isa-top-up",
        "satisfaction-survey"), planner::add);
    CampaignPlan plan = planner.plan();
    PlanSummary s = plan.summary();
    out.printf(Locale.ROOT, "  %,d customers at %s: %,d planned, %,d left out; expected value %.2f, "
        + "within %.3f%% of the bound %.2f%n", s.customers(), s.at(), s.planned(), s.leftOut(), s.expectedValue(),
        100 * s.relativeGap(), s.upperBound());
    List<List<String>> offers = new ArrayList<>();
    for (PlanSummary.OfferSummary o : s.offers()) {
      out.printf(Locale.ROOT, "  %-20s %5d sends%s, %.1f expected responses%n", o.offer(), o.sends(),
          o.budget().map(b -> " of a budget of " + b).orElse(""), o.expectedResponses());
      offers.add(List.of(o.offer().value(), Integer.toString(o.sends()), o.budget().map(String::valueOf).orElse("-"),
          String.format(Locale.ROOT, "%.1f", o.expectedResponses())));
    }
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (PlanSummary.TeamSummary t : s.teams()) {
      for (int d = 0; d < t.loadPerDay().size(); d++) {
        out.printf(Locale.ROOT, "  team %-16s day %d: %.1f expected inbound responses of a capacity of %.1f%n", t.team(),
            d + 1, t.loadPerDay().get(d), t.capacityPerDay());
        labels.add(t.team() + " day " + (d + 1) + " load");
        values.add(t.loadPerDay().get(d));
      }
      labels.add(t.team() + " capacity");
      values.add(t.capacityPerDay());
    }
    List<List<String>> explained = new ArrayList<>();
    explain(out, plan, "planned", PlanLine::planned, explained);
    explain(out, plan, "left out by a budget", l -> l.reason().startsWith("Left out: the budget of"), explained);
    explain(out, plan, "household already contacted",
        l -> l.reason().startsWith("Left out: one outbound contact per household"), explained);
    html.heading("The winter campaign across " + String.format(Locale.ROOT, "%,d", s.customers()) + " customers");
    html.paragraph(String.format(Locale.ROOT, "%,d planned, %,d left out; expected value %.2f, within %.3f%% of the "
        + "Lagrangian bound.", s.planned(), s.leftOut(), s.expectedValue(), 100 * s.relativeGap()));
    html.table(List.of("offer", "sends", "budget", "expected responses"), offers);
    html.barChart("Expected inbound load per day against capacity", "team", "expected responses", labels,
        values.stream().mapToDouble(Double::doubleValue).toArray());
    html.table(List.of("customer", "what", "plan"), explained);
    return plan;
  }

  private static void explain(PrintWriter out, CampaignPlan plan, String what, Predicate<PlanLine> which,
      List<List<String>> rows) {
    Optional<PlanLine> line = plan.lines().stream().filter(which).findFirst();
    line.ifPresent(l -> {
      out.printf(Locale.ROOT, "  %s (%s): %s%n", l.customer(), what, l.reason());
      rows.add(List.of(l.customer().value(), what, l.reason()));
    });
  }

  static CampaignSettings settings() {
    try (InputStream in = CampaignTour.class.getClassLoader().getResourceAsStream(SETTINGS)) {
      if (in == null) {
        throw new CrmException("the sample campaign settings " + SETTINGS + " are missing from the class path");
      }
      return CampaignSettings.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
