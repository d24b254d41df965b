package org.completecrm.core.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.loyalty.BehaviourBonus;
import org.completecrm.core.loyalty.EarningRule;
import org.completecrm.core.loyalty.ExpiryPolicy;
import org.completecrm.core.loyalty.GoodwillLimit;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.Qualification;
import org.completecrm.core.loyalty.QualificationMeasure;
import org.completecrm.core.loyalty.Reward;
import org.completecrm.core.loyalty.Tier;

/** Named loyalty programmes for example and property tests. */
public final class LoyaltyFixtures {
  /** The start of the fixtures' programmes: 2025-01-01, periods of 12 months. */
  public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private LoyaltyFixtures() {}

  /**
   * Programme {@code value-rewards}: 1 point per euro, 0.5 more in the app, 2 more on the eco
   * range; bonuses for moving to self-service (200) and answering a survey (50); points valid 24
   * months; tiers member, silver (profit 200 or CLV 500) and gold (profit 1,000 or CLV 2,000) over
   * 12-month periods with soft landing and 3 months' grace; a 10-euro voucher for 1,000 points
   * costing the firm 8 euros; household pooling; goodwill up to 500 points, 1,000 for gold.
   */
  public static LoyaltyProgramme aValueProgramme() {
    return base("value-rewards", List.of(QualificationMeasure.PROFIT, QualificationMeasure.CLV),
        List.of(Tier.builder().id("member").build(),
            Tier.builder().id("silver").thresholds(Map.of(QualificationMeasure.PROFIT, 200.0, QualificationMeasure.CLV, 500.0)).build(),
            Tier.builder().id("gold").thresholds(Map.of(QualificationMeasure.PROFIT, 1000.0, QualificationMeasure.CLV, 2000.0)).build()));
  }

  /** The same programme with tiers earned by spend alone: silver from 500, gold from 2,000 a year. */
  public static LoyaltyProgramme aSpendProgramme() {
    return base("spend-rewards", List.of(QualificationMeasure.SPEND),
        List.of(Tier.builder().id("member").build(),
            Tier.builder().id("silver").thresholds(Map.of(QualificationMeasure.SPEND, 500.0)).build(),
            Tier.builder().id("gold").thresholds(Map.of(QualificationMeasure.SPEND, 2000.0)).build()));
  }

  private static LoyaltyProgramme base(String id, List<QualificationMeasure> measures, List<Tier> tiers) {
    return LoyaltyProgramme.builder()
        .id(id)
        .start(START)
        .pointValue(Money.of("0.01", "EUR"))
        .addEarning(EarningRule.builder().id("base").pointsPerUnit(1).build())
        .addEarning(EarningRule.builder().id("app").pointsPerUnit(0.5).channel(Channel.APP_PUSH).build())
        .addEarning(EarningRule.builder().id("eco").pointsPerUnit(2).product("eco-range").build())
        .addBonuses(BehaviourBonus.builder().behaviour("moved-to-self-service").points(200).build())
        .addBonuses(BehaviourBonus.builder().behaviour("answered-survey").points(50).build())
        .expiry(ExpiryPolicy.rolling(24))
        .qualification(Qualification.builder().measures(measures).periodMonths(12).softLanding(true).graceMonths(3).build())
        .tiers(tiers)
        .addRewards(Reward.builder().id("voucher-10").points(1000).cost(Money.of("8.00", "EUR")).build())
        .householdPooling(true)
        .goodwill(GoodwillLimit.builder().maxPoints(500).putByTier("gold", 1000L).build())
        .build();
  }
}
