package org.completecrm.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.completecrm.examples.report.HtmlReport;
import org.completecrm.rules.campaign.CampaignPlan;
import org.junit.jupiter.api.Test;

class CampaignTourTest {
  @Test
  void theCampaignStepExplainsAPlannedCustomerOneLeftOutByABudgetAndOneWhoseHouseholdWasContacted() {
    StringWriter text = new StringWriter();
    HtmlReport html = HtmlReport.titled("test");
    CampaignPlan plan = CampaignTour.run(new PrintWriter(text, true), html);
    String out = text.toString();
    assertEquals(CampaignTour.CUSTOMERS, plan.summary().customers());
    assertTrue(out.contains("(planned): Planned: "), out);
    assertTrue(out.contains("(left out by a budget): Left out: the budget of"), out);
    assertTrue(out.contains("(household already contacted): Left out: one outbound contact per household"), out);
    assertTrue(out.contains("expected inbound responses of a capacity of"), out);
    assertTrue(html.render().contains("Expected inbound load per day against capacity"));
  }
}
