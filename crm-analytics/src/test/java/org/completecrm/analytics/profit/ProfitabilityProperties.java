package org.completecrm.analytics.profit;

import static org.completecrm.analytics.testing.AnalyticsGen.END;
import static org.completecrm.analytics.testing.AnalyticsGen.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.analytics.testing.AnalyticsGen;
import org.completecrm.analytics.testing.Fixtures;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
import org.completecrm.core.household.Household;
import org.completecrm.core.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;

/** Properties of profitability: additive over events, households equal their members while members, the whale curve ends at the total. */
class ProfitabilityProperties {
  private static final RateCard CARD = Fixtures.aRetailBankCard();
  private static final BigDecimal MARGIN = new BigDecimal("0.3");

  private static Profitability<CustomerId> profit(List<TimelineEvent> events) {
    return Profitability.perCustomer(CARD, events, START, END, MARGIN);
  }

  private static Money of(Profitability<CustomerId> p, CustomerId c) {
    return p.profitByOwner().getOrDefault(c, Money.zero(Fixtures.EUR));
  }

  @Test
  void profitIsAdditiveOverEvents() {
    qt().withExamples(200).forAll(AnalyticsGen.timelines(40), integers().between(0, 40)).checkAssert((events, cut) -> {
      int k = Math.min(cut, events.size());
      Profitability<CustomerId> whole = profit(events);
      Profitability<CustomerId> a = profit(events.subList(0, k));
      Profitability<CustomerId> b = profit(events.subList(k, events.size()));
      for (int c = 0; c < AnalyticsGen.CUSTOMERS; c++) {
        CustomerId id = AnalyticsGen.customer(c);
        assertEquals(of(a, id).plus(of(b, id)), of(whole, id));
      }
      assertEquals(a.totalRevenue().plus(b.totalRevenue()), whole.totalRevenue());
    });
  }

  @Test
  void aHouseholdsFiguresEqualTheSumOfItsMembersWhileMembersOverAnyHistory() {
    qt().withExamples(200).forAll(AnalyticsGen.timelines(40), AnalyticsGen.households()).checkAssert((events, households) -> {
      Map<HouseholdId, Money> byHousehold =
          Profitability.perHousehold(CARD, households, events, START, END, MARGIN).profitByOwner();
      for (Household h : households) {
        Money expected = Money.zero(Fixtures.EUR);
        Money revenue = Money.zero(Fixtures.EUR);
        for (CustomerId member : h.everMembers()) {
          List<TimelineEvent> whileMember = events.stream()
              .filter(e -> e.customer().equals(member) && h.membershipAt(member, e.at()).isPresent())
              .toList();
          Profitability<CustomerId> p = profit(whileMember);
          expected = expected.plus(of(p, member));
          revenue = revenue.plus(p.totalRevenue());
        }
        assertEquals(expected, byHousehold.get(h.id()), h.toString());
      }
    });
  }

  @Test
  void theWhaleCurveEndsAtTotalProfit() {
    qt().withExamples(200).forAll(AnalyticsGen.timelines(60)).checkAssert(events -> {
      Profitability<CustomerId> p = profit(events);
      assertEquals(p.totalProfit(), p.whaleCurve().total());
      assertEquals(p.totalMargin().minus(p.totalCostToServe()), p.totalProfit());
      assertEquals(p.whaleCurve().peakIndex(), p.ranked().stream().filter(o -> o.profit().signum() > 0).count());
    });
  }
}
