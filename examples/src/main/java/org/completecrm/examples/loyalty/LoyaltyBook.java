package org.completecrm.examples.loyalty;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.completecrm.analytics.loyalty.LiabilityForecast;
import org.completecrm.analytics.loyalty.LiabilityForecaster;
import org.completecrm.analytics.loyalty.MemberOutlooks;
import org.completecrm.analytics.loyalty.PurchaseOutlook;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.PeriodFigures;
import org.completecrm.core.loyalty.PointsStatement;
import org.completecrm.core.loyalty.ProgrammeLedger;
import org.completecrm.core.loyalty.ProgrammeStatements;
import org.completecrm.core.loyalty.QualificationMeasure;
import org.completecrm.core.loyalty.TierStanding;
import org.completecrm.core.loyalty.Tiers;

/**
 * A programme's book as of an instant, wired from the library's parts the way a host would: every
 * member's statement, tier (with its explanation) and the liability forecast.
 *
 * <p>Tier figures: spend per qualification period from the ledger; profit per period where the
 * host gives it (else the values' profit for every period); CLV from the values (a snapshot,
 * standing for every period); household value the sum of the CLV of the household's members in
 * the ledger. Purchase outlooks come from the values' P(alive) and expected purchases or, without
 * values, from each member's own purchase rate since the programme's start with everyone assumed
 * alive.
 */
public final class LoyaltyBook {
  /** What a member's value scores say: P(alive), expected purchases over the horizon, CLV and profit. */
  public record MemberValues(double probabilityAlive, double expectedPurchases, OptionalDouble clv,
      OptionalDouble profit) {}

  /**
   * The inputs: the ledger, each member's household, their value scores (empty when none were
   * given) and, optionally, profit per member and qualification period.
   */
  public record Inputs(ProgrammeLedger ledger, Map<CustomerId, HouseholdId> households,
      Map<CustomerId, MemberValues> values, Map<CustomerId, double[]> profitByPeriod) {
    /** Validates the inputs' presence. */
    public Inputs {
      if (ledger == null || households == null || values == null || profitByPeriod == null) {
        throw new InvalidValueException("LoyaltyBook.Inputs", "null", "a ledger, households, values and profits");
      }
    }
  }

  private final LoyaltyProgramme programme;
  private final Inputs inputs;
  private final ProgrammeStatements statements;
  private final TierStanding[] tiers;
  private final int[] tierIndex;
  private final LiabilityForecast liability;
  private final String outlookSource;

  private LoyaltyBook(LoyaltyProgramme programme, Inputs inputs, ProgrammeStatements statements, TierStanding[] tiers,
      int[] tierIndex, LiabilityForecast liability, String outlookSource) {
    this.programme = programme;
    this.inputs = inputs;
    this.statements = statements;
    this.tiers = tiers;
    this.tierIndex = tierIndex;
    this.liability = liability;
    this.outlookSource = outlookSource;
  }

  /** The book of {@code programme} at {@code at}; expected purchases in the values are over {@code horizonWeeks}. */
  public static LoyaltyBook at(LoyaltyProgramme programme, Inputs inputs, Instant at, double horizonWeeks) {
    ProgrammeStatements statements = inputs.ledger().statementsAt(programme, at);
    int n = statements.memberCount();
    boolean withValues = !inputs.values().isEmpty();
    for (QualificationMeasure m : programme.qualification().measures()) {
      boolean needsClv = m == QualificationMeasure.CLV || m == QualificationMeasure.HOUSEHOLD_VALUE;
      boolean needsProfit = m == QualificationMeasure.PROFIT && inputs.profitByPeriod().isEmpty();
      if ((needsClv || needsProfit) && !withValues) {
        throw new InvalidValueException("values", "absent",
            "value scores with " + (needsClv ? "clv" : "profit") + ": the programme's tiers are earned by " + m);
      }
    }
    Map<HouseholdId, Double> householdClv = new HashMap<>();
    MemberOutlooks outlooks = MemberOutlooks.empty(n);
    double weeks = Math.max(1, (at.getEpochSecond() - programme.start().getEpochSecond()) / (7 * 86_400.0));
    for (int i = 0; i < n; i++) {
      CustomerId member = statements.member(i);
      MemberValues v = inputs.values().get(member);
      if (withValues && v == null) {
        throw new InvalidValueException("values", member, "a row for every member of the ledger");
      }
      if (v != null) {
        outlooks.set(i, PurchaseOutlook.fromScores(v.probabilityAlive(), v.expectedPurchases(), horizonWeeks));
        HouseholdId h = inputs.households().get(member);
        if (h != null) {
          householdClv.merge(h, v.clv().orElse(0), Double::sum);
        }
      } else {
        outlooks.set(i, new PurchaseOutlook(1, statements.purchases(i) / weeks, OptionalDouble.empty(), OptionalDouble.empty()));
      }
    }
    TierStanding[] tiers = new TierStanding[n];
    int[] tierIndex = new int[n];
    for (int i = 0; i < n; i++) {
      tiers[i] = Tiers.standing(programme, figures(statements, i, inputs, householdClv), at);
      tierIndex[i] = tiers[i].tierIndex();
    }
    LiabilityForecast liability = LiabilityForecaster.of(statements, outlooks).tiers(tierIndex)
        .households(inputs.households()).forecast();
    String source = withValues
        ? String.format(java.util.Locale.ROOT, "P(alive) and expected purchases over %.0f weeks from the values file", horizonWeeks)
        : "each member's own purchase rate since the programme's start, every member assumed alive";
    return new LoyaltyBook(programme, inputs, statements, tiers, tierIndex, liability, source);
  }

  private static PeriodFigures figures(ProgrammeStatements statements, int i, Inputs inputs,
      Map<HouseholdId, Double> householdClv) {
    CustomerId member = statements.member(i);
    MemberValues v = inputs.values().get(member);
    double clv = v == null ? 0 : v.clv().orElse(0);
    double[] profit = inputs.profitByPeriod().get(member);
    double snapshotProfit = v == null ? 0 : v.profit().orElse(0);
    HouseholdId h = inputs.households().get(member);
    double household = h == null ? clv : householdClv.getOrDefault(h, clv);
    return PeriodFigures.spendOf(statements, i)
        .with(QualificationMeasure.CLV, k -> clv)
        .with(QualificationMeasure.PROFIT, k -> profit == null ? snapshotProfit : k < profit.length ? profit[k] : 0)
        .with(QualificationMeasure.HOUSEHOLD_VALUE, k -> household);
  }

  /** The programme. */
  public LoyaltyProgramme programme() {
    return programme;
  }

  /** Every member's statement, in columns. */
  public ProgrammeStatements statements() {
    return statements;
  }

  /** Member {@code i}'s statement. */
  public PointsStatement statement(int i) {
    return statements.statement(i);
  }

  /** Member {@code i}'s tier, explained. */
  public TierStanding tier(int i) {
    return tiers[i];
  }

  /** Every member's tier index. */
  public int[] tierIndexes() {
    return tierIndex.clone();
  }

  /** Member {@code i}'s household, if the ledger gave one. */
  public Optional<HouseholdId> household(int i) {
    return Optional.ofNullable(inputs.households().get(statements.member(i)));
  }

  /** The liability forecast. */
  public LiabilityForecast liability() {
    return liability;
  }

  /** Where the purchase outlooks came from, in words. */
  public String outlookSource() {
    return outlookSource;
  }
}
