package org.completecrm.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.completecrm.core.Money;
import org.completecrm.core.loyalty.EntryKind;
import org.completecrm.core.loyalty.ExpiryPolicy;
import org.completecrm.core.loyalty.GoodwillLimit;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.Qualification;
import org.completecrm.core.loyalty.QualificationMeasure;
import org.completecrm.core.loyalty.Tier;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of loyalty programmes and of operations on a points ledger. */
public final class LoyaltyGen {
  private LoyaltyGen() {}

  /**
   * One operation on a member's ledger: a kind, points and the days after the previous operation
   * (0 to 120, so that lots expire within a generated history).
   */
  public record PointsOp(EntryKind kind, long points, int daysLater, int secondOfDay) {}

  /** Sequences of 0 to {@code max} operations of every kind, debits often larger than the balance. */
  public static Gen<List<PointsOp>> pointsOps(int max) {
    Gen<EntryKind> kinds = Generate.pick(List.of(EntryKind.values()));
    Gen<Integer> points = Generate.range(0, 2_000);
    Gen<Integer> days = Generate.range(0, 120);
    Gen<Integer> seconds = Generate.range(0, 86_399);
    return CoreGen.listOf(in -> {
      EntryKind k = kinds.generate(in);
      long p = points.generate(in);
      return new PointsOp(k, k == EntryKind.EARN ? p : Math.max(1, p), days.generate(in), seconds.generate(in));
    }, 0, max);
  }

  /** Programmes with rolling or fixed expiry of 1 to 36 months and a short qualification period. */
  public static Gen<LoyaltyProgramme> programmes() {
    Gen<Boolean> rolling = Generate.booleans();
    Gen<Integer> months = Generate.range(1, 36);
    Gen<Integer> period = Generate.range(1, 12);
    Gen<Boolean> soft = Generate.booleans();
    return in -> {
      int p = period.generate(in);
      return LoyaltyProgramme.builder().from(LoyaltyFixtures.aValueProgramme()).expiry(rolling.generate(in)
              ? ExpiryPolicy.rolling(months.generate(in)) : ExpiryPolicy.fixed(months.generate(in)))
          .qualification(Qualification.builder().from(LoyaltyFixtures.aValueProgramme().qualification())
              .periodMonths(p).softLanding(soft.generate(in)).graceMonths(Math.min(p - 1, 2)).build())
          .build();
    };
  }

  /** Programmes of 2 to 6 tiers over one to three measures, with rising thresholds. */
  public static Gen<LoyaltyProgramme> tieredProgrammes() {
    Gen<Integer> tierCount = Generate.range(2, 6);
    Gen<Integer> measureCount = Generate.range(1, 3);
    Gen<Integer> step = Generate.range(1, 1_000);
    Gen<Boolean> soft = Generate.booleans();
    Gen<Integer> grace = Generate.range(0, 2);
    return in -> {
      List<QualificationMeasure> measures = List.of(QualificationMeasure.values()).subList(0, measureCount.generate(in));
      List<Tier> tiers = new ArrayList<>();
      tiers.add(Tier.builder().id("t0").build());
      double[] last = new double[measures.size()];
      for (int t = 1; t < tierCount.generate(in) + 1; t++) {
        var b = Tier.builder().id("t" + t);
        for (int m = 0; m < measures.size(); m++) {
          last[m] += step.generate(in);
          b.putThresholds(measures.get(m), last[m]);
        }
        tiers.add(b.build());
      }
      return LoyaltyProgramme.builder().from(LoyaltyFixtures.aValueProgramme()).goodwill(GoodwillLimit.none())
          .tiers(tiers)
          .qualification(Qualification.builder().measures(measures).periodMonths(3)
              .softLanding(soft.generate(in)).graceMonths(grace.generate(in)).build())
          .build();
    };
  }

  /** Figures of every measure for 12 periods, from 0 to 5,000. */
  public static Gen<Map<QualificationMeasure, double[]>> figureHistories() {
    Gen<Integer> figure = Generate.range(0, 5_000);
    return in -> {
      Map<QualificationMeasure, double[]> out = new java.util.EnumMap<>(QualificationMeasure.class);
      for (QualificationMeasure m : QualificationMeasure.values()) {
        double[] v = new double[12];
        for (int k = 0; k < v.length; k++) {
          v[k] = figure.generate(in);
        }
        out.put(m, v);
      }
      return out;
    };
  }

  /** A spend in euros for an earn entry of {@code points} (one point per euro). */
  public static Money spendFor(long points) {
    return Money.of(java.math.BigDecimal.valueOf(points), java.util.Currency.getInstance("EUR"));
  }

  /** The instant of the {@code n}-th day after the fixtures' start. */
  public static Instant day(int n) {
    return LoyaltyFixtures.START.plusSeconds(86_400L * n);
  }
}
