package org.completecrm.rules.ruleset;

import java.time.Duration;
import org.completecrm.core.OfferId;
import org.completecrm.rules.condition.InvalidRuleException;

/** The checks a rule set's parts share: ids, present values, positive durations, non-negative numbers. */
final class RuleChecks {
  private static final int MAX_ID = 100;

  private RuleChecks() {}

  static void id(String id, String path) {
    if (id == null || id.isBlank() || id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRuleException(path, id == null ? "null" : id,
          "a non-blank id of at most " + MAX_ID + " characters without control characters");
    }
  }

  static <T> T present(T value, String path, String expected) {
    if (value == null) {
      throw new InvalidRuleException(path, "null", expected);
    }
    return value;
  }

  static void positive(Duration d, String path, String what) {
    present(d, path, "a positive duration (" + what + ")");
    if (d.isNegative() || d.isZero()) {
      throw new InvalidRuleException(path, d, "a positive duration (" + what + ")");
    }
  }

  static void nonNegative(double v, String path, String expected) {
    if (!Double.isFinite(v) || v < 0) {
      throw new InvalidRuleException(path, v, expected);
    }
  }

  /** An action's topics (see {@link #topics}) and its self-service alternative: a service action of the rule set. */
  static void topicsAndSelfService(ActionDefinition a, RuleSet rs, String path) {
    topics(a.topics(), path + ".topics");
    if (a.selfService().isPresent()) {
      OfferId s = a.selfService().get();
      boolean service = rs.actions().stream().anyMatch(x -> x.id().equals(s) && x.kind() == ActionKind.SERVICE);
      if (!service || s.equals(a.id())) {
        throw new InvalidRuleException(path + ".selfService", s, "another SERVICE action defined in $.actions");
      }
    }
  }

  /** Topic names: lower-case letters, digits and hyphens, as the topic ledger writes them. */
  static void topics(java.util.Set<String> topics, String path) {
    for (String t : topics) {
      if (!t.matches("[a-z0-9][a-z0-9-]*")) {
        throw new InvalidRuleException(path, t, "a topic name of lower-case letters, digits and hyphens, such as pensions");
      }
    }
  }
}
