package org.completecrm.analytics.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.loyalty.EntryKind;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.ProgrammeLedger;
import org.completecrm.core.loyalty.ProgrammeStatements;
import org.completecrm.core.loyalty.Tier;
import org.completecrm.core.testing.LoyaltyFixtures;
import org.junit.jupiter.api.Test;

class ProgrammeEconomicsTest {
  static final CustomerId ANA = CustomerId.of("ana");
  static final CustomerId BEN = CustomerId.of("ben");
  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

  static LoyaltyProgramme programme() {
    LoyaltyProgramme p = LoyaltyFixtures.aValueProgramme();
    Tier gold = Tier.builder().from(p.tiers().get(2)).benefitCost(Money.of("30", "EUR")).build();
    return LoyaltyProgramme.builder().from(p).tiers(List.of(p.tiers().get(0), p.tiers().get(1), gold)).build();
  }

  /** Ana (gold) earns 3,000 and redeems 2,000; Ben (member) earns 500: what each tier cost, by hand. */
  @Test
  void aTierPaysWhenItsProfitExceedsRewardsLiabilityAndBenefits() {
    LoyaltyProgramme p = programme();
    ProgrammeLedger ledger = ProgrammeLedger.builder(4)
        .add(ANA, Instant.parse("2025-03-01T00:00:00Z").getEpochSecond(), EntryKind.EARN, 3000, 3000)
        .add(ANA, Instant.parse("2025-09-01T00:00:00Z").getEpochSecond(), EntryKind.REDEEM, 2000, 0)
        .add(BEN, Instant.parse("2025-05-01T00:00:00Z").getEpochSecond(), EntryKind.EARN, 500, 500)
        .build();
    ProgrammeStatements start = ledger.statementsAt(p, START);
    ProgrammeStatements end = ledger.statementsAt(p, END);
    // Both certain to redeem: alive, buying weekly, redeeming on every purchase.
    MemberOutlooks sure = MemberOutlooks.empty(2);
    sure.set(0, new PurchaseOutlook(1, 1, OptionalDouble.empty(), OptionalDouble.empty()));
    sure.set(1, new PurchaseOutlook(1, 1, OptionalDouble.empty(), OptionalDouble.empty()));
    RedemptionPropensity always = new RedemptionPropensity(1000, 1);
    LiabilityForecast atStart = LiabilityForecaster.of(start, sure).propensity(always).forecast();
    LiabilityForecast atEnd = LiabilityForecaster.of(end, sure).propensity(always)
        .households(Map.of(ANA, HouseholdId.of("h-1"), BEN, HouseholdId.of("h-1"))).forecast();
    assertEquals(1500, atEnd.programme().outstandingPoints());
    assertEquals(15.0, atEnd.programme().liability(), 1e-6);
    assertEquals(1500, atEnd.byHousehold().get(HouseholdId.of("h-1")).outstandingPoints());

    List<TierEconomics> e = ProgrammeEconomics.perTier(start, end, atStart, atEnd, new int[] {2, 0},
        new double[] {400, 20});
    TierEconomics gold = e.get(2);
    assertEquals(1, gold.members());
    assertEquals(2000 * 0.008, gold.rewardsCost(), 1e-9);
    assertEquals(10.0, gold.liabilityChange(), 1e-6);
    assertEquals(30.0, gold.benefitsCost(), 1e-9);
    assertEquals(400 - 16 - 10 - 30, gold.net(), 1e-6);
    TierEconomics member = e.get(0);
    assertEquals(5.0, member.programmeCost(), 1e-6);
    assertEquals(0, e.get(1).members());
  }

  @Test
  void costsAddUpToTheProgrammesOnASimulatedBase() {
    LoyaltyProgramme p = programme();
    Instant at = START.plusSeconds(86_400L * 7 * 60);
    SimulatedProgramme sim = LoyaltySimulator.simulate(p, 2_000, at, 3);
    ProgrammeStatements before = sim.ledger().statementsAt(p, at.minusSeconds(86_400L * 7 * 20));
    ProgrammeStatements after = sim.ledger().statementsAt(p, at);
    MemberOutlooks outlooks = MemberOutlooks.empty(after.memberCount());
    for (int i = 0; i < after.memberCount(); i++) {
      outlooks.set(i, PurchaseOutlook.fromScores(0.8, 3, 52));
    }
    LiabilityForecast l0 = LiabilityForecaster.of(before, outlooks).forecast();
    LiabilityForecast l1 = LiabilityForecaster.of(after, outlooks).propensity(l0.propensity()).forecast();
    int[] tiers = new int[after.memberCount()];
    double[] profit = new double[after.memberCount()];
    long redeemed = 0;
    for (int i = 0; i < tiers.length; i++) {
      tiers[i] = i % 3;
      profit[i] = i % 7;
      redeemed += after.redeemed(i) - before.redeemed(i);
    }
    List<TierEconomics> e = ProgrammeEconomics.perTier(before, after, l0, l1, tiers, profit);
    assertEquals(redeemed * ProgrammeEconomics.costPerPoint(p), e.stream().mapToDouble(TierEconomics::rewardsCost).sum(), 1e-6);
    assertEquals(l1.programme().liability() - l0.programme().liability(),
        e.stream().mapToDouble(TierEconomics::liabilityChange).sum(), 1e-6);
    assertTrue(redeemed > 0);
    assertThrows(InvalidValueException.class, () -> ProgrammeEconomics.perTier(after, before, l1, l0, tiers, profit));
  }

  @Test
  void aPropensityIsPulledTowardsTheProgrammesRateByFewPurchases() {
    RedemptionPropensity q = new RedemptionPropensity(2, 6);
    assertEquals(0.25, q.probability(0, 0), 1e-12);
    assertEquals((2 + 1) / (8.0 + 2), q.probability(2, 1), 1e-12);
    assertEquals((2 + 80) / (8.0 + 100), q.probability(100, 80), 1e-12);
    double[] nodes = q.nodes(10, 3);
    double mean = 0;
    for (int j = 0; j < nodes.length; j++) {
      mean += RedemptionPropensity.WEIGHTS.get(j) * nodes[j];
    }
    assertEquals(q.probability(10, 3), mean, 0.01);
  }
}
