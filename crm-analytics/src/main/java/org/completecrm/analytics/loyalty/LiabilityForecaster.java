package org.completecrm.analytics.loyalty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.ProgrammeStatements;
import org.jspecify.annotations.Nullable;

/**
 * Forecasts a programme's liability from its members' statements: each unspent lot is expected to
 * be redeemed with the member's chance of redeeming before the lot expires ({@link
 * PurchaseOutlook}), at the member's redemption propensity ({@link RedemptionPropensity}); what
 * is not expected to be redeemed is breakage. Configure, then call {@link #forecast()}.
 *
 * <p>Members are folded in parallel blocks whose sums are added in block order, so the result
 * does not depend on the machine's thread count.
 */
public final class LiabilityForecaster {
  private static final int BLOCK = 1 << 14;
  private static final double[] WEIGHTS =
      RedemptionPropensity.WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
  private static final double SECONDS_PER_WEEK = 7 * 86_400.0;

  private final ProgrammeStatements statements;
  private final MemberOutlooks outlooks;
  private @Nullable RedemptionPropensity propensity; // null: fitted on the statements
  private int @Nullable [] tiers; // null: every member in the first tier
  private Map<CustomerId, HouseholdId> households = Map.of();
  private Duration runOffPeriod = Duration.ofDays(91);
  private int runOffPeriods = 8;

  private LiabilityForecaster(ProgrammeStatements statements, MemberOutlooks outlooks) {
    this.statements = statements;
    this.outlooks = outlooks;
  }

  /** A forecaster of {@code statements} with each member's outlook (indexed like the statements). */
  public static LiabilityForecaster of(ProgrammeStatements statements, MemberOutlooks outlooks) {
    if (statements == null || outlooks == null) {
      throw new InvalidValueException("LiabilityForecaster.of", "null", "statements and outlooks");
    }
    if (outlooks.size() != statements.memberCount()) {
      throw new InvalidValueException("LiabilityForecaster.of.outlooks", outlooks.size(),
          "one outlook per member, " + statements.memberCount());
    }
    return new LiabilityForecaster(statements, outlooks.copy());
  }

  /** The redemption propensity to use; by default fitted on the statements. */
  public LiabilityForecaster propensity(RedemptionPropensity value) {
    if (value == null) {
      throw new InvalidValueException("LiabilityForecaster.propensity", "null", "a redemption propensity");
    }
    this.propensity = value;
    return this;
  }

  /** Each member's tier index in the programme, for the liability per tier; by default all in the base tier. */
  public LiabilityForecaster tiers(int[] tierIndexByMember) {
    int count = statements.programme().tiers().size();
    if (tierIndexByMember == null || tierIndexByMember.length != statements.memberCount()) {
      throw new InvalidValueException("LiabilityForecaster.tiers", tierIndexByMember == null ? "null" : tierIndexByMember.length,
          "one tier index per member, " + statements.memberCount());
    }
    for (int i = 0; i < tierIndexByMember.length; i++) {
      if (tierIndexByMember[i] < 0 || tierIndexByMember[i] >= count) {
        throw new InvalidValueException("LiabilityForecaster.tiers[" + i + "]", tierIndexByMember[i],
            "a tier index from 0 to " + (count - 1));
      }
    }
    this.tiers = tierIndexByMember.clone();
    return this;
  }

  /** Each member's household, for the liability per household; members not in the map have none. */
  public LiabilityForecaster households(Map<CustomerId, HouseholdId> householdOfMember) {
    if (householdOfMember == null) {
      throw new InvalidValueException("LiabilityForecaster.households", "null", "a map from member to household");
    }
    this.households = Map.copyOf(householdOfMember);
    return this;
  }

  /** The run-off: {@code periods} periods of length {@code period} from the instant (by default 8 of 91 days). */
  public LiabilityForecaster runOff(Duration period, int periods) {
    if (period == null || period.isNegative() || period.isZero()) {
      throw new InvalidValueException("LiabilityForecaster.runOff.period", period, "a positive duration");
    }
    if (periods < 1 || periods > 1_000) {
      throw new InvalidValueException("LiabilityForecaster.runOff.periods", periods, "from 1 to 1000 periods");
    }
    this.runOffPeriod = period;
    this.runOffPeriods = periods;
    return this;
  }

  /** The forecast. */
  public LiabilityForecast forecast() {
    LoyaltyProgramme programme = statements.programme();
    RedemptionPropensity q = propensity != null ? propensity : RedemptionPropensity.fit(statements);
    double pointValue = programme.pointValue().amount().doubleValue();
    int n = statements.memberCount();
    int tierCount = programme.tiers().size();
    TreeSet<HouseholdId> present = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      HouseholdId h = households.get(statements.member(i));
      if (h != null) {
        present.add(h);
      }
    }
    List<HouseholdId> householdIds = new ArrayList<>(present);
    Map<HouseholdId, Integer> householdIndex = new HashMap<>();
    for (HouseholdId h : householdIds) {
      householdIndex.put(h, householdIndex.size());
    }
    int[] householdOf = new int[n];
    for (int i = 0; i < n; i++) {
      HouseholdId h = households.get(statements.member(i));
      Integer index = h == null ? null : householdIndex.get(h);
      householdOf[i] = index == null ? -1 : index;
    }
    double[] memberRedemption = new double[n];
    double[] boundaries = new double[runOffPeriods + 1];
    for (int p = 0; p <= runOffPeriods; p++) {
      boundaries[p] = p * (runOffPeriod.getSeconds() / SECONDS_PER_WEEK);
    }
    long at = statements.at().getEpochSecond();
    int blocks = (n + BLOCK - 1) / BLOCK;
    Sums[] partial = new Sums[blocks];
    IntStream.range(0, blocks).parallel().forEach(b -> {
      Sums s = new Sums(tierCount, householdIds.size(), runOffPeriods);
      double[] atBoundary = new double[runOffPeriods + 1];
      for (int i = b * BLOCK; i < Math.min(n, (b + 1) * BLOCK); i++) {
        double[] nodes = q.nodes(statements.purchases(i), statements.redemptions(i));
        for (int p = 1; p <= runOffPeriods; p++) {
          atBoundary[p] = redeeming(outlooks, i, nodes, boundaries[p]);
        }
        double redeemed = 0;
        long balance = 0;
        for (int j = 0; j < statements.lotCount(i); j++) {
          long points = statements.lotPoints(i, j);
          double weeks = (statements.lotExpiresAt(i, j) - at) / SECONDS_PER_WEEK;
          double pLot = redeeming(outlooks, i, nodes, weeks);
          balance += points;
          redeemed += points * pLot;
          s.runOff(points, weeks, pLot, atBoundary, boundaries);
        }
        memberRedemption[i] = redeemed;
        s.add(0, balance, redeemed);
        s.add(1 + (tiers == null ? 0 : tiers[i]), balance, redeemed);
        if (householdOf[i] >= 0) {
          s.add(1 + tierCount + householdOf[i], balance, redeemed);
        }
      }
      partial[b] = s;
    });
    Sums total = new Sums(tierCount, householdIds.size(), runOffPeriods);
    for (Sums s : partial) {
      total.merge(s);
    }
    Map<String, LiabilitySummary> byTier = new TreeMap<>();
    for (int t = 0; t < tierCount; t++) {
      if (total.members[1 + t] > 0) {
        byTier.put(programme.tiers().get(t).id(), total.summary(1 + t, pointValue));
      }
    }
    Map<HouseholdId, LiabilitySummary> byHousehold = new HashMap<>();
    for (int k = 0; k < householdIds.size(); k++) {
      byHousehold.put(householdIds.get(k), total.summary(1 + tierCount + k, pointValue));
    }
    List<RunOffPeriod> runOff = new ArrayList<>();
    Instant from = statements.at();
    for (int p = 0; p < runOffPeriods; p++) {
      Instant until = from.plus(runOffPeriod);
      runOff.add(new RunOffPeriod(from, until, total.runOffRedeemed[p], total.runOffBroken[p],
          total.runOffLeft[p] * pointValue));
      from = until;
    }
    return new LiabilityForecast(statements.at(), programme.currency(), pointValue, q, total.summary(0, pointValue),
        byTier, byHousehold, runOff, memberRedemption);
  }

  /** Member {@code i}'s chance of redeeming within {@code weeks}, averaged over their propensity's nodes. */
  private static double redeeming(MemberOutlooks outlooks, int i, double[] nodes, double weeks) {
    double sum = 0;
    for (int j = 0; j < nodes.length; j++) {
      sum += WEIGHTS[j] * outlooks.probabilityOfRedeemingWithin(i, nodes[j], weeks);
    }
    return sum;
  }

  /** Sums per group (0 the programme, then tiers, then households) and per run-off period. */
  private static final class Sums {
    final long[] members;
    final long[] points;
    final double[] redeemed;
    final double[] runOffRedeemed;
    final double[] runOffBroken;
    final double[] runOffLeft;

    Sums(int tiers, int households, int periods) {
      int groups = 1 + tiers + households;
      members = new long[groups];
      points = new long[groups];
      redeemed = new double[groups];
      runOffRedeemed = new double[periods];
      runOffBroken = new double[periods];
      runOffLeft = new double[periods];
    }

    void add(int group, long balance, double expected) {
      members[group]++;
      points[group] += balance;
      redeemed[group] += expected;
    }

    /** One lot expiring in {@code weeks}, redeemed before with {@code pLot}, over the run-off periods. */
    void runOff(long lotPoints, double weeks, double pLot, double[] atBoundary, double[] boundaries) {
      for (int p = 1; p < boundaries.length; p++) {
        double before = boundaries[p - 1] >= weeks ? pLot : atBoundary[p - 1];
        double after = boundaries[p] >= weeks ? pLot : atBoundary[p];
        runOffRedeemed[p - 1] += lotPoints * (after - before);
        if (weeks > boundaries[p - 1] && weeks <= boundaries[p]) {
          runOffBroken[p - 1] += lotPoints * (1 - pLot);
        }
        runOffLeft[p - 1] += lotPoints * (pLot - after);
      }
    }

    void merge(Sums o) {
      for (int g = 0; g < members.length; g++) {
        members[g] += o.members[g];
        points[g] += o.points[g];
        redeemed[g] += o.redeemed[g];
      }
      for (int p = 0; p < runOffRedeemed.length; p++) {
        runOffRedeemed[p] += o.runOffRedeemed[p];
        runOffBroken[p] += o.runOffBroken[p];
        runOffLeft[p] += o.runOffLeft[p];
      }
    }

    LiabilitySummary summary(int group, double pointValue) {
      return new LiabilitySummary(members[group], points[group], redeemed[group], points[group] - redeemed[group],
          redeemed[group] * pointValue);
    }
  }
}
