package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.completecrm.analytics.cost.CostToServe;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
import org.completecrm.core.household.Household;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FundCompanyExampleTest {
  @Test
  void printsEverySectionAndDrawsTheWhaleCurve(@TempDir Path dir) throws Exception {
    System.setProperty("java.awt.headless", "true");
    StringWriter text = new StringWriter();
    Path chart = Files.createDirectory(dir.resolve("charts")).resolve("whale.png");
    FundCompanyExample.run(new PrintWriter(text, true), chart, 150, 3);
    String out = text.toString();
    for (String expected : new String[] {
      "1. Activity rates", "2. Cost-to-serve in 2024", "BRANCH", "3. Household profitability", "Whale curve",
      "destroy", "4. Segments", "stability of", "tier migration", "5. Share of wallet", "top 10 households by headroom"}) {
      assertTrue(out.contains(expected), "missing '" + expected + "' in\n" + out);
    }
    byte[] png = Files.readAllBytes(chart);
    assertTrue(png.length > 1000);
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
  }

  @Test
  void theGeneratedBookIsSeededAndItsHouseholdCostsAddUpToItsCustomers() {
    FundCompanyExample.Book a = FundCompanyExample.generate(60, 9);
    FundCompanyExample.Book b = FundCompanyExample.generate(60, 9);
    assertEquals(a.events(), b.events());
    RateCard card = RateCard.of(FundCompanyExample.EUR, java.util.List.of(
        org.completecrm.analytics.cost.ActivityRate.of("branch-visit", "occurrence", Money.of(new BigDecimal("25"), FundCompanyExample.EUR)),
        org.completecrm.analytics.cost.ActivityRate.of("inbound-call", "minute", Money.of(new BigDecimal("0.7"), FundCompanyExample.EUR))));
    CostToServe<HouseholdId> byHousehold =
        CostToServe.perHousehold(card, a.households(), a.events(), FundCompanyExample.YEAR_START, FundCompanyExample.YEAR_END);
    Money members = Money.zero(FundCompanyExample.EUR);
    for (Household h : a.households()) {
      for (CustomerId c : h.everMembers()) {
        members = members.plus(CostToServe.perCustomer(card, a.events().stream()
            .filter(e -> e.customer().equals(c) && h.membershipAt(c, e.at()).isPresent()).toList(),
            FundCompanyExample.YEAR_START, FundCompanyExample.YEAR_END).of(c));
      }
    }
    assertEquals(members, byHousehold.total());
    assertTrue(Map.copyOf(byHousehold.perOwner()).size() <= 60);
  }
}
