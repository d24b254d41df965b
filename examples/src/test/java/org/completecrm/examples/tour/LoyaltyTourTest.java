package org.completecrm.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.completecrm.analytics.loyalty.TierEconomics;
import org.completecrm.core.loyalty.QualificationMeasure;
import org.junit.jupiter.api.Test;

class LoyaltyTourTest {
  @Test
  void theSameBaseUnderSpendAndValueTiersMovesMembersAndCostsEachTier() {
    CustomerBase base = CustomerBase.simulate(3_000, 11);
    StringWriter sink = new StringWriter();
    Progress progress = new Progress(new PrintWriter(sink));
    ValueTour value = ValueTour.run(base.purchases(), CustomerBase.CALIBRATION_END, CustomerBase.OBSERVATION_END, progress);
    LoyaltyTour tour = LoyaltyTour.run(base, value.values, 11, progress);
    List<List<TierEconomics>> economics = tour.economics();
    long spendMembers = economics.get(0).stream().mapToLong(TierEconomics::members).sum();
    long valueMembers = economics.get(1).stream().mapToLong(TierEconomics::members).sum();
    assertEquals(spendMembers, valueMembers);
    double spendProfit = economics.get(0).stream().mapToDouble(TierEconomics::profit).sum();
    double valueProfit = economics.get(1).stream().mapToDouble(TierEconomics::profit).sum();
    assertEquals(spendProfit, valueProfit, 1e-6 * Math.abs(spendProfit));
    assertTrue(tour.up() + tour.down() > 0);
    assertNotEquals(economics.get(0).get(2).members(), economics.get(1).get(2).members());
    StringWriter out = new StringWriter();
    tour.print(new PrintWriter(out, true));
    assertTrue(out.toString().contains("by value gold"), out::toString);
  }

  @Test
  void theTwoProgrammesDifferOnlyInHowTiersAreEarned() {
    var spend = LoyaltyTour.programme(LoyaltyTour.SPEND_PROGRAMME);
    var value = LoyaltyTour.programme(LoyaltyTour.VALUE_PROGRAMME);
    assertEquals(List.of(QualificationMeasure.SPEND), spend.qualification().measures());
    assertEquals(List.of(QualificationMeasure.PROFIT, QualificationMeasure.CLV), value.qualification().measures());
    assertEquals(spend.earning(), value.earning());
    assertEquals(spend.rewards(), value.rewards());
    assertEquals(spend.expiry(), value.expiry());
  }
}
