package org.completecrm.analytics.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * The cut rules that put customers into value tiers, profitability first.
 *
 * <p>Each customer's <em>value</em> is their profit over the last period (after cost-to-serve)
 * plus their CLV (expected future value); a customer missing from one map counts zero there.
 * <ol>
 *   <li>{@link ValueTier#LEAD}: value below zero.</li>
 *   <li>The others are ranked by value, highest first (ties by id). The first
 *       {@code ceil(platinumShare × m)} of the {@code m} non-lead customers are {@link
 *       ValueTier#PLATINUM}, the next ones up to {@code ceil((platinumShare + goldShare) × m)} are
 *       {@link ValueTier#GOLD}, the rest {@link ValueTier#IRON}.</li>
 * </ol>
 * The defaults ({@link #DEFAULT}: 10% platinum, 30% gold) follow the customer pyramid's usual
 * proportions; a firm tunes them to its service budget for each tier.
 *
 * @param platinumShare the share of non-lead customers in platinum, in [0, 1]
 * @param goldShare the share of non-lead customers in gold, in [0, 1], with platinumShare + goldShare ≤ 1
 */
public record ValueTierRules(double platinumShare, double goldShare) {
  /** 10% platinum, 30% gold, the rest of the customers with non-negative value iron. */
  public static final ValueTierRules DEFAULT = new ValueTierRules(0.10, 0.30);

  /** Validates the shares. */
  public ValueTierRules {
    Checks.probability(platinumShare, "ValueTierRules.platinumShare");
    Checks.probability(goldShare, "ValueTierRules.goldShare");
    if (platinumShare + goldShare > 1 + 1e-12) {
      throw new InvalidValueException("ValueTierRules.goldShare", goldShare, "a share with platinumShare + goldShare <= 1");
    }
  }

  /** The tier of every customer in either map, by the cut rules, in id order. */
  public <K extends Comparable<K>> Map<K, ValueTier> assign(Map<K, Double> profit, Map<K, Double> clv) {
    return assign(profit, clv, Map.of(), 0);
  }

  /**
   * The tier of every customer (or household) in any of the maps, with potential value counted:
   * value is profit plus CLV plus {@code potentialWeight} times the potential (the headroom: the
   * wallet not yet at the firm, as crm-analytics' {@code ShareOfWallet} gives it), so that a
   * household with little at the firm but much headroom can rank with those already worth as much.
   * With weight 0 (or no potential) the tiers are those of {@link #assign(Map, Map)}.
   *
   * @param potential potential value per key, each finite and at least 0
   * @param potentialWeight how much of the potential counts, in [0, 1] (a firm's expected conversion of headroom)
   */
  public <K extends Comparable<K>> Map<K, ValueTier> assign(Map<K, Double> profit, Map<K, Double> clv,
      Map<K, Double> potential, double potentialWeight) {
    Checks.noNulls(profit, "ValueTierRules.profit");
    Checks.noNulls(clv, "ValueTierRules.clv");
    Checks.noNulls(potential, "ValueTierRules.potential");
    Checks.probability(potentialWeight, "ValueTierRules.potentialWeight");
    profit.forEach((k, v) -> Checks.finite(v, "ValueTierRules.profit[" + k + "]"));
    clv.forEach((k, v) -> Checks.finite(v, "ValueTierRules.clv[" + k + "]"));
    potential.forEach((k, v) -> Checks.finiteNonNegative(v, "ValueTierRules.potential[" + k + "]"));
    TreeSet<K> keys = new TreeSet<>(profit.keySet());
    keys.addAll(clv.keySet());
    keys.addAll(potential.keySet());
    Map<K, ValueTier> out = new TreeMap<>();
    List<K> ranked = new ArrayList<>();
    Map<K, Double> value = new TreeMap<>();
    for (K k : keys) {
      double v = profit.getOrDefault(k, 0.0) + clv.getOrDefault(k, 0.0);
      Double p = potential.get(k);
      if (p != null && potentialWeight > 0) {
        v += potentialWeight * p;
      }
      value.put(k, v);
      if (v < 0) {
        out.put(k, ValueTier.LEAD);
      } else {
        ranked.add(k);
      }
    }
    ranked.sort((a, b) -> {
      int c = Double.compare(value.get(b), value.get(a));
      return c != 0 ? c : a.compareTo(b);
    });
    int m = ranked.size();
    int platinum = (int) Math.ceil(platinumShare * m - 1e-9);
    int gold = Math.min(m, (int) Math.ceil((platinumShare + goldShare) * m - 1e-9));
    for (int i = 0; i < m; i++) {
      out.put(ranked.get(i), i < platinum ? ValueTier.PLATINUM : i < gold ? ValueTier.GOLD : ValueTier.IRON);
    }
    return Collections.unmodifiableMap(out);
  }
}
