package org.completecrm.analytics.loyalty;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.ProgrammeStatements;
import org.completecrm.core.loyalty.Reward;
import org.completecrm.core.loyalty.Tier;

/**
 * Programme economics per tier over a period: the members' profit after cost-to-serve, and the
 * programme's cost for them, so that a firm sees whether each tier pays.
 *
 * <p>Redeemed points are costed at the catalogue's cost per point (all rewards' costs over all
 * their points; the point's value when the catalogue is empty), since a columnar ledger keeps
 * points, not which reward they bought.
 */
public final class ProgrammeEconomics {
  private ProgrammeEconomics() {}

  /**
   * Economics per tier between two instants of one ledger's statements.
   *
   * @param start the statements at the period's start
   * @param end the statements at its end (the same ledger, so the same members)
   * @param liabilityAtStart the liability forecast at the start
   * @param liabilityAtEnd the liability forecast at the end
   * @param tierByMember each member's tier index at the end
   * @param profitByMember each member's profit after cost-to-serve in the period
   */
  public static List<TierEconomics> perTier(ProgrammeStatements start, ProgrammeStatements end,
      LiabilityForecast liabilityAtStart, LiabilityForecast liabilityAtEnd, int[] tierByMember, double[] profitByMember) {
    if (start == null || end == null || liabilityAtStart == null || liabilityAtEnd == null || tierByMember == null
        || profitByMember == null) {
      throw new InvalidValueException("ProgrammeEconomics.perTier", "null", "statements, forecasts, tiers and profits");
    }
    int n = end.memberCount();
    if (start.memberCount() != n || tierByMember.length != n || profitByMember.length != n) {
      throw new InvalidValueException("ProgrammeEconomics.perTier", "inputs of different sizes",
          "statements, tiers and profits of the same " + n + " members");
    }
    if (!end.at().isAfter(start.at())) {
      throw new InvalidValueException("ProgrammeEconomics.perTier.end", end.at(), "an instant after the start " + start.at());
    }
    LoyaltyProgramme programme = end.programme();
    double costPerPoint = costPerPoint(programme);
    double pointValue = programme.pointValue().amount().doubleValue();
    List<Tier> tiers = programme.tiers();
    long[] members = new long[tiers.size()];
    double[] profit = new double[tiers.size()];
    double[] rewards = new double[tiers.size()];
    double[] liability = new double[tiers.size()];
    for (int i = 0; i < n; i++) {
      int t = tierByMember[i];
      if (t < 0 || t >= tiers.size()) {
        throw new InvalidValueException("ProgrammeEconomics.tierByMember[" + i + "]", t, "a tier index from 0 to " + (tiers.size() - 1));
      }
      if (!Double.isFinite(profitByMember[i])) {
        throw new InvalidValueException("ProgrammeEconomics.profitByMember[" + i + "]", profitByMember[i], "a finite profit");
      }
      members[t]++;
      profit[t] += profitByMember[i];
      rewards[t] += (end.redeemed(i) - start.redeemed(i)) * costPerPoint;
      liability[t] += (liabilityAtEnd.expectedRedemption(i) - liabilityAtStart.expectedRedemption(i)) * pointValue;
    }
    List<TierEconomics> out = new ArrayList<>();
    for (int t = 0; t < tiers.size(); t++) {
      double benefit = tiers.get(t).benefitCost().map(m -> m.amount().doubleValue()).orElse(0.0);
      out.add(new TierEconomics(tiers.get(t).id(), members[t], profit[t], rewards[t], liability[t], benefit * members[t]));
    }
    return out;
  }

  /** The catalogue's cost to the firm per point redeemed. */
  public static double costPerPoint(LoyaltyProgramme programme) {
    long points = programme.rewards().stream().mapToLong(Reward::points).sum();
    if (points == 0) {
      return programme.pointValue().amount().doubleValue();
    }
    return programme.rewards().stream().mapToDouble(r -> r.cost().amount().doubleValue()).sum() / points;
  }
}
