package org.completecrm.rules.override;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OverrideRecorded;
import org.completecrm.rules.ruleset.Guardrail;
import org.jspecify.annotations.Nullable;

/**
 * Summarises the overrides recorded by {@link org.completecrm.rules.response.Guardrails#use} per guardrail and value tier, with a
 * suggested limit: a pure report for people to decide on. Nothing here changes a rule set.
 */
public final class GuardrailOverrides {
  /** The tier name of customers under a guardrail's default limit (no tier, or a tier without a limit of its own). */
  public static final String DEFAULT_TIER = "(default)";
  /** The share of overridden amounts a suggested limit covers by default. */
  public static final double DEFAULT_COVERAGE = 0.8;
  /** How many overrides a guardrail and tier need by default before a limit is suggested. */
  public static final int DEFAULT_MIN_OVERRIDES = 5;

  private GuardrailOverrides() {}

  /** {@link #summarise(List, Collection, Map, Instant, Instant, double, int)} with the default coverage and minimum. */
  public static OverrideReport summarise(List<Guardrail> guardrails, Collection<OverrideRecorded> overrides,
      Map<CustomerId, Scores> scores, Instant from, Instant to) {
    return summarise(guardrails, overrides, scores, from, to, DEFAULT_COVERAGE, DEFAULT_MIN_OVERRIDES);
  }

  /**
   * The overrides recorded in {@code [from, to)} per guardrail (matched by action) and tier (the
   * customer's {@link Scores#VALUE_TIER} label where the guardrail has a limit for it, else {@link
   * #DEFAULT_TIER}). A group with at least {@code minOverrides} overrides gets a suggested limit:
   * the smallest amount at or above {@code coverage} of its amounts (nearest rank), rounded up to
   * a multiple of 5 in the second significant digit, when that is above today's limit. The result
   * does not depend on the order of the overrides.
   *
   * @param guardrails the rule set's guardrails; where two limit the same action, an override goes
   *     to the one whose limit for the tier equals the limit it recorded, else to the first by id
   * @param overrides the overrides, from the customers' timelines
   * @param scores each customer's scores, for the value tier (a customer without is in the default tier)
   * @throws InvalidValueException if an amount is in another currency than its guardrail's limit,
   *     {@code to} is not after {@code from}, or the coverage or minimum is out of range
   */
  public static OverrideReport summarise(List<Guardrail> guardrails, Collection<OverrideRecorded> overrides,
      Map<CustomerId, Scores> scores, Instant from, Instant to, double coverage, int minOverrides) {
    Checks.noNulls(Checks.present(guardrails, "GuardrailOverrides.guardrails"), "GuardrailOverrides.guardrails");
    Checks.noNulls(Checks.present(overrides, "GuardrailOverrides.overrides"), "GuardrailOverrides.overrides");
    Checks.noNulls(Checks.present(scores, "GuardrailOverrides.scores"), "GuardrailOverrides.scores");
    Checks.instant(from, "GuardrailOverrides.from");
    Checks.instant(to, "GuardrailOverrides.to");
    if (!(coverage > 0 && coverage <= 1)) {
      throw new InvalidValueException("GuardrailOverrides.coverage", coverage, "a share in (0, 1]");
    }
    if (minOverrides < 1) {
      throw new InvalidValueException("GuardrailOverrides.minOverrides", minOverrides, "at least 1");
    }
    if (!to.isAfter(from)) {
      throw new InvalidValueException("GuardrailOverrides.to", to, "an instant after from " + from);
    }
    List<Guardrail> byId = new ArrayList<>(guardrails);
    byId.sort(Comparator.comparing(Guardrail::id));
    Map<String, Group> groups = new TreeMap<>();
    Map<String, Integer> unmatched = new TreeMap<>();
    for (OverrideRecorded o : overrides) {
      if (o.at().isBefore(from) || !o.at().isBefore(to)) {
        continue;
      }
      Optional<String> label = Optional.ofNullable(scores.get(o.customer())).flatMap(s -> s.label(Scores.VALUE_TIER));
      @Nullable Guardrail g = guardrailOf(byId, o, label);
      if (g == null) {
        unmatched.merge(o.action(), 1, Integer::sum);
        continue;
      }
      String tier = label.filter(g.limitsByTier()::containsKey).orElse(DEFAULT_TIER);
      Money limit = g.limitsByTier().getOrDefault(tier, g.defaultLimit());
      if (o.amount().isPresent() && !o.amount().get().currency().equals(limit.currency())) {
        throw new InvalidValueException("GuardrailOverrides.overrides[" + o.id() + "].amount", o.amount().get(),
            "an amount in " + limit.currency() + " as guardrail " + g.id() + "'s limit");
      }
      groups.computeIfAbsent(g.id() + "\u0000" + tier, k -> new Group(g, tier, limit)).add(o);
    }
    List<OverrideSummary> summaries = new ArrayList<>();
    for (Group group : groups.values()) {
      summaries.add(group.summary(coverage, minOverrides));
    }
    return new OverrideReport(from, to, coverage, minOverrides, summaries, unmatched);
  }

  private static @Nullable Guardrail guardrailOf(List<Guardrail> byId, OverrideRecorded o, Optional<String> tier) {
    Guardrail first = null;
    for (Guardrail g : byId) {
      if (!g.action().equals(o.action())) {
        continue;
      }
      Money limit = g.limitsByTier().getOrDefault(tier.orElse(DEFAULT_TIER), g.defaultLimit());
      if (o.limit().isPresent() && o.limit().get().equals(limit)) {
        return g;
      }
      if (first == null) {
        first = g;
      }
    }
    return first;
  }

  /** {@code amount} rounded up to a multiple of 5 in its second significant digit: 57.30 to 60, 123 to 150. */
  static BigDecimal roundUp(BigDecimal amount) {
    if (amount.signum() <= 0) {
      return amount;
    }
    int exponent = amount.precision() - amount.scale() - 1;
    BigDecimal step = BigDecimal.valueOf(5).scaleByPowerOfTen(exponent - 1);
    return amount.divide(step, 0, RoundingMode.CEILING).multiply(step);
  }

  /** The overrides of one guardrail and tier. */
  private static final class Group {
    final Guardrail guardrail;
    final String tier;
    final Money limit;
    final List<OverrideRecorded> overrides = new ArrayList<>();

    Group(Guardrail guardrail, String tier, Money limit) {
      this.guardrail = guardrail;
      this.tier = tier;
      this.limit = limit;
    }

    void add(OverrideRecorded o) {
      overrides.add(o);
    }

    OverrideSummary summary(double coverage, int minOverrides) {
      Set<CustomerId> customers = new HashSet<>();
      Set<TeamId> teams = new HashSet<>();
      List<Money> amounts = new ArrayList<>();
      int within = 0;
      Money total = Money.zero(limit.currency());
      for (OverrideRecorded o : overrides) {
        customers.add(o.customer());
        teams.add(o.team());
        if (o.amount().isPresent()) {
          Money a = o.amount().get();
          amounts.add(a);
          total = total.plus(a);
          if (a.compareTo(limit) <= 0) {
            within++;
          }
        }
      }
      amounts.sort(Comparator.naturalOrder());
      int n = overrides.size();
      Optional<Money> suggested = Optional.empty();
      String words;
      if (amounts.isEmpty()) {
        words = "keep the limit of " + limit + ": no override recorded an amount";
      } else if (n < minOverrides) {
        words = String.format(Locale.ROOT, "keep the limit of %s: %d override%s %s too few to suggest a change (at least %d)",
            limit, n, n == 1 ? "" : "s", n == 1 ? "is" : "are", minOverrides);
      } else {
        Money covering = rank(amounts, coverage);
        Money rounded = Money.of(roundUp(covering.amount()).setScale(limit.amount().scale(), RoundingMode.CEILING),
            limit.currency());
        int pct = (int) Math.round(coverage * 100);
        if (rounded.compareTo(limit) <= 0) {
          words = String.format(Locale.ROOT, "keep the limit of %s: %d%% of the %d overridden amounts are within it already",
              limit, pct, amounts.size());
        } else {
          suggested = Optional.of(rounded);
          words = String.format(Locale.ROOT,
              "consider a limit of %s: %d%% of the %d overridden amounts were at or below it; read the reasons "
                  + "recorded with the overrides before deciding", rounded, pct, amounts.size());
        }
      }
      return new OverrideSummary(guardrail.id(), guardrail.action(), tier, limit, n, customers.size(), teams.size(),
          within, amounts.isEmpty() ? Optional.empty() : Optional.of(rank(amounts, 0.5)),
          amounts.isEmpty() ? Optional.empty() : Optional.of(rank(amounts, 0.9)),
          amounts.isEmpty() ? Optional.empty() : Optional.of(amounts.get(amounts.size() - 1)), total, suggested, words);
    }

    /** The nearest-rank {@code q}-quantile of sorted amounts: the smallest at or above a share q of them. */
    private static Money rank(List<Money> sorted, double q) {
      int i = (int) Math.ceil(q * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
  }
}
