package org.completecrm.analytics.loyalty;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;

/**
 * The programme's liability as of an instant: for the whole programme, per tier and per household,
 * its run-off over the next periods, and each member's expected redemption.
 */
public final class LiabilityForecast {
  private final Instant at;
  private final Currency currency;
  private final double pointValue;
  private final RedemptionPropensity propensity;
  private final LiabilitySummary programme;
  private final Map<String, LiabilitySummary> byTier;
  private final Map<HouseholdId, LiabilitySummary> byHousehold;
  private final List<RunOffPeriod> runOff;
  private final double[] memberRedemption;

  LiabilityForecast(Instant at, Currency currency, double pointValue, RedemptionPropensity propensity,
      LiabilitySummary programme, Map<String, LiabilitySummary> byTier, Map<HouseholdId, LiabilitySummary> byHousehold,
      List<RunOffPeriod> runOff, double[] memberRedemption) {
    this.at = at;
    this.currency = currency;
    this.pointValue = pointValue;
    this.propensity = propensity;
    this.programme = programme;
    this.byTier = Map.copyOf(byTier);
    this.byHousehold = Map.copyOf(byHousehold);
    this.runOff = List.copyOf(runOff);
    this.memberRedemption = memberRedemption;
  }

  /** The instant forecast from. */
  public Instant at() {
    return at;
  }

  /** The currency of the liability. */
  public Currency currency() {
    return currency;
  }

  /** The value of one point. */
  public double pointValue() {
    return pointValue;
  }

  /** The redemption propensity used. */
  public RedemptionPropensity propensity() {
    return propensity;
  }

  /** The whole programme. */
  public LiabilitySummary programme() {
    return programme;
  }

  /** Per tier id (only tiers with members). */
  public Map<String, LiabilitySummary> byTier() {
    return byTier;
  }

  /** Per household (empty when no households were given). */
  public Map<HouseholdId, LiabilitySummary> byHousehold() {
    return byHousehold;
  }

  /** The run-off, period by period. */
  public List<RunOffPeriod> runOff() {
    return runOff;
  }

  /** The points of member {@code i}'s balance expected to be redeemed. */
  public double expectedRedemption(int i) {
    if (i < 0 || i >= memberRedemption.length) {
      throw new InvalidValueException("LiabilityForecast.expectedRedemption.i", i,
          "a member index from 0 to " + (memberRedemption.length - 1));
    }
    return memberRedemption[i];
  }
}
