package org.completecrm.analytics.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.core.loyalty.ExpiryPolicy;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.ProgrammeStatements;
import org.completecrm.core.testing.LoyaltyFixtures;
import org.junit.jupiter.api.Test;

class LiabilityForecastTest {
  static final LoyaltyProgramme PROGRAMME = LoyaltyProgramme.builder().from(LoyaltyFixtures.aValueProgramme())
      .expiry(ExpiryPolicy.rolling(12)).build();
  static final Instant AT = LoyaltyFixtures.START.plus(Duration.ofDays(7 * 104));

  /**
   * On seeded simulations of 50,000 members (three seeds) whose redemption behaviour is known, the forecast of
   * the points redeemed out of today's balances, made from the ledger and a BG/NBD model fitted on
   * the members' purchases, is within 5% of what the simulated future redeems.
   */
  @Test
  void theForecastLiabilityIsWithinFivePercentOfTheSimulatedOutcome() {
    for (long seed : new long[] {1, 2, 3}) {
      SimulatedProgramme sim = LoyaltySimulator.simulate(PROGRAMME, 50_000, AT, seed);
      LiabilityForecast f = forecast(sim);
      double forecast = f.programme().expectedRedemption();
      double realised = sim.realisedRedemption();
      System.out.printf("seed %d: outstanding %d, forecast %.0f, realised %.0f, error %.2f%%, breakage %.3f%n", seed,
          f.programme().outstandingPoints(), forecast, realised, 100 * (forecast - realised) / realised,
          f.programme().breakageRate());
      assertEquals(realised, forecast, 0.05 * realised);
    }
  }

  static LiabilityForecast forecast(SimulatedProgramme sim) {
    ProgrammeStatements statements = sim.ledger().statementsAt(PROGRAMME, AT);
    BgNbdModel model = BgNbdModel.fit(sim.summaries()).model();
    MemberOutlooks outlooks = MemberOutlooks.empty(statements.memberCount());
    List<CustomerSummary> summaries = sim.summaries();
    for (int i = 0; i < summaries.size(); i++) {
      outlooks.set(i, PurchaseOutlook.fromModel(model, summaries.get(i), 52));
    }
    return LiabilityForecaster.of(statements, outlooks).runOff(Duration.ofDays(91), 5).forecast();
  }

  @Test
  void theRunOffAccountsForEveryOutstandingPoint() {
    SimulatedProgramme sim = LoyaltySimulator.simulate(PROGRAMME, 3_000, AT, 7);
    LiabilityForecast f = forecast(sim);
    double redeemed = f.runOff().stream().mapToDouble(RunOffPeriod::expectedRedemption).sum();
    double broken = f.runOff().stream().mapToDouble(RunOffPeriod::expectedBreakage).sum();
    assertEquals(f.programme().expectedRedemption(), redeemed, 1e-6 * f.programme().outstandingPoints());
    assertEquals(f.programme().outstandingPoints(), redeemed + broken, 1e-6 * f.programme().outstandingPoints());
    assertEquals(0, f.runOff().get(f.runOff().size() - 1).liabilityAtEnd(), 1e-9);
    assertTrue(f.runOff().get(0).liabilityAtEnd() < f.programme().liability());
  }
}
