package org.completecrm.core.loyalty;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.Money;

/** Validates a loyalty programme, naming the JSON path of every error. */
final class ProgrammeValidator {
  private static final int MAX_ID = 100;
  private static final int MAX_MONTHS = 1200;

  private ProgrammeValidator() {}

  static void validate(LoyaltyProgramme p) {
    id(p.id(), "$.id");
    present(p.start(), "$.start", "an instant such as 2026-01-01T00:00:00Z");
    Money value = present(p.pointValue(), "$.pointValue", "the money value of one point, such as {\"amount\": \"0.01\", \"currency\": \"EUR\"}");
    if (value.signum() < 0) {
      throw new InvalidProgrammeException("$.pointValue", value, "a value >= 0");
    }
    earning(p.earning());
    bonuses(p.bonuses());
    ExpiryPolicy e = present(p.expiry(), "$.expiry", "an expiry policy such as {\"kind\": \"ROLLING\", \"months\": 24}");
    present(e.kind(), "$.expiry.kind", "one of [ROLLING, FIXED]");
    months(e.months(), "$.expiry.months");
    Qualification q = present(p.qualification(), "$.qualification",
        "a qualification such as {\"measures\": [\"PROFIT\", \"CLV\"], \"periodMonths\": 12}");
    qualification(q);
    tiers(p.tiers(), q.measures());
    for (int i = 0; i < p.tiers().size(); i++) {
      Money cost = p.tiers().get(i).benefitCost().orElse(null);
      if (cost != null && (!cost.currency().equals(value.currency()) || cost.signum() < 0)) {
        throw new InvalidProgrammeException("$.tiers[" + i + "].benefitCost", cost,
            "a cost >= 0 in the programme's currency " + value.currency());
      }
    }
    rewards(p.rewards(), value);
    GoodwillLimit g = present(p.goodwill(), "$.goodwill", "a goodwill limit");
    if (g.maxPoints() < 0) {
      throw new InvalidProgrammeException("$.goodwill.maxPoints", g.maxPoints(), "a number of points >= 0");
    }
    for (Map.Entry<String, Long> t : new TreeMap<>(g.byTier()).entrySet()) {
      if (p.tiers().stream().noneMatch(x -> x.id().equals(t.getKey()))) {
        throw new InvalidProgrammeException("$.goodwill.byTier." + t.getKey(), t.getKey(), "a tier of the programme");
      }
      if (t.getValue() < 0) {
        throw new InvalidProgrammeException("$.goodwill.byTier." + t.getKey(), t.getValue(), "a number of points >= 0");
      }
    }
  }

  private static void earning(List<EarningRule> rules) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      String at = "$.earning[" + i + "]";
      EarningRule r = present(rules.get(i), at, "an earning rule");
      id(r.id(), at + ".id");
      if (!ids.add(r.id())) {
        throw new InvalidProgrammeException(at + ".id", r.id(), "an earning rule id used only once");
      }
      if (!Double.isFinite(r.pointsPerUnit()) || r.pointsPerUnit() < 0 || r.pointsPerUnit() > 1_000) {
        throw new InvalidProgrammeException(at + ".pointsPerUnit", r.pointsPerUnit(), "points per unit of spend from 0 to 1000");
      }
      if (r.product().isPresent()) {
        id(r.product().get(), at + ".product");
      }
    }
  }

  private static void bonuses(List<BehaviourBonus> bonuses) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < bonuses.size(); i++) {
      String at = "$.bonuses[" + i + "]";
      BehaviourBonus b = present(bonuses.get(i), at, "a behaviour bonus");
      id(b.behaviour(), at + ".behaviour");
      if (!seen.add(b.behaviour())) {
        throw new InvalidProgrammeException(at + ".behaviour", b.behaviour(), "a behaviour rewarded only once");
      }
      if (b.points() < 1) {
        throw new InvalidProgrammeException(at + ".points", b.points(), "at least 1 point");
      }
    }
  }

  private static void qualification(Qualification q) {
    if (q.measures().isEmpty()) {
      throw new InvalidProgrammeException("$.qualification.measures", "[]",
          "at least one of [SPEND, PROFIT, CLV, HOUSEHOLD_VALUE]");
    }
    Set<QualificationMeasure> seen = EnumSet.noneOf(QualificationMeasure.class);
    for (int i = 0; i < q.measures().size(); i++) {
      if (!seen.add(q.measures().get(i))) {
        throw new InvalidProgrammeException("$.qualification.measures[" + i + "]", q.measures().get(i), "each measure once");
      }
    }
    months(q.periodMonths(), "$.qualification.periodMonths");
    if (q.graceMonths() < 0 || q.graceMonths() >= q.periodMonths()) {
      throw new InvalidProgrammeException("$.qualification.graceMonths", q.graceMonths(),
          "months from 0 to less than the period's " + q.periodMonths());
    }
  }

  private static void tiers(List<Tier> tiers, List<QualificationMeasure> measures) {
    if (tiers.isEmpty()) {
      throw new InvalidProgrammeException("$.tiers", "[]", "at least the base tier");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      String at = "$.tiers[" + i + "]";
      Tier t = present(tiers.get(i), at, "a tier");
      id(t.id(), at + ".id");
      if (!ids.add(t.id())) {
        throw new InvalidProgrammeException(at + ".id", t.id(), "a tier id used only once");
      }
      if (i == 0) {
        if (!t.thresholds().isEmpty()) {
          throw new InvalidProgrammeException(at + ".thresholds", t.thresholds(), "no thresholds: the first tier is the base tier");
        }
        continue;
      }
      for (QualificationMeasure m : measures) {
        Double v = t.thresholds().get(m);
        if (v == null) {
          throw new InvalidProgrammeException(at + ".thresholds." + m, "absent", "a threshold for every measure " + measures);
        }
        if (!Double.isFinite(v) || v <= 0) {
          throw new InvalidProgrammeException(at + ".thresholds." + m, v, "a finite threshold > 0");
        }
        Double below = tiers.get(i - 1).thresholds().get(m);
        if (below != null && v <= below) {
          throw new InvalidProgrammeException(at + ".thresholds." + m, v,
              "a threshold above the tier below's " + below + " (tiers are listed lowest first)");
        }
      }
      for (QualificationMeasure m : new TreeMap<>(t.thresholds()).keySet()) {
        if (!measures.contains(m)) {
          throw new InvalidProgrammeException(at + ".thresholds." + m, m, "only the qualification's measures " + measures);
        }
      }
    }
  }

  private static void rewards(List<Reward> rewards, Money pointValue) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rewards.size(); i++) {
      String at = "$.rewards[" + i + "]";
      Reward r = present(rewards.get(i), at, "a reward");
      id(r.id(), at + ".id");
      if (!ids.add(r.id())) {
        throw new InvalidProgrammeException(at + ".id", r.id(), "a reward id used only once");
      }
      if (r.points() < 1) {
        throw new InvalidProgrammeException(at + ".points", r.points(), "at least 1 point");
      }
      Money cost = present(r.cost(), at + ".cost", "the reward's cost to the firm");
      if (!cost.currency().equals(pointValue.currency())) {
        throw new InvalidProgrammeException(at + ".cost", cost, "a cost in the programme's currency " + pointValue.currency());
      }
      if (cost.signum() < 0) {
        throw new InvalidProgrammeException(at + ".cost", cost, "a cost >= 0");
      }
    }
  }

  private static void months(int months, String path) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new InvalidProgrammeException(path, months, "months from 1 to " + MAX_MONTHS);
    }
  }

  private static void id(String id, String path) {
    if (id == null || id.isBlank() || id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidProgrammeException(path, id == null ? "null" : id,
          "a non-blank id of at most " + MAX_ID + " characters without control characters");
    }
  }

  private static <T> T present(T value, String path, String expected) {
    if (value == null) {
      throw new InvalidProgrammeException(path, "null", expected);
    }
    return value;
  }
}
