package org.completecrm.core.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.completecrm.core.testing.LoyaltyFixtures;
import org.junit.jupiter.api.Test;

class TiersTest {
  static final LoyaltyProgramme PROGRAMME = LoyaltyFixtures.aValueProgramme();

  /** Profit 1,200 in 2025, 100 in 2026 and 2027; CLV 300 throughout. */
  static final PeriodFigures FALLING = (m, k) -> m == QualificationMeasure.PROFIT ? (k == 0 ? 1200 : 100) : 300;

  @Test
  void aTierIsExplainedByTheFigureThatDecidedIt() {
    TierStanding s = Tiers.standing(PROGRAMME, FALLING, Instant.parse("2025-06-01T00:00:00Z"));
    assertEquals("gold", s.tier());
    assertEquals(TierBasis.UPGRADED, s.basis());
    assertEquals("gold: upgraded now, profit 1,200.00 reached gold's threshold 1,000.00 so far in period 0", s.words());
  }

  @Test
  void aDropWaitsForTheGracePeriodThenSoftLandsOneTierAPeriod() {
    TierStanding grace = Tiers.standing(PROGRAMME, FALLING, Instant.parse("2027-02-01T00:00:00Z"));
    assertEquals("gold", grace.tier());
    assertEquals(TierBasis.GRACE, grace.basis());
    assertEquals("gold: kept until 2027-04-01T00:00:00Z (grace); period 1 earned member (profit 100.00, clv 300.00)",
        grace.words());
    TierStanding soft = Tiers.standing(PROGRAMME, FALLING, Instant.parse("2027-05-01T00:00:00Z"));
    assertEquals("silver", soft.tier());
    assertEquals(TierBasis.SOFT_LANDING, soft.basis());
    assertEquals("silver: period 1 earned member (profit 100.00, clv 300.00); soft landing drops one tier a period",
        soft.words());
    assertEquals("member", Tiers.standing(PROGRAMME, FALLING, Instant.parse("2028-05-01T00:00:00Z")).tier());
  }

  @Test
  void withoutSoftLandingAMemberFallsStraightToWhatTheFiguresEarn() {
    LoyaltyProgramme hard = LoyaltyProgramme.builder().from(PROGRAMME).qualification(Qualification.builder()
        .from(PROGRAMME.qualification()).softLanding(false).graceMonths(0).build()).build();
    assertEquals("gold", Tiers.standing(hard, FALLING, Instant.parse("2026-02-01T00:00:00Z")).tier());
    assertEquals("member", Tiers.standing(hard, FALLING, Instant.parse("2027-02-01T00:00:00Z")).tier());
  }
}
