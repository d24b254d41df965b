package org.completecrm.rules.override;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;

/**
 * Guardrail overrides over a period summarised per guardrail and tier, with suggested limits: a
 * report for people to decide on, never applied to a rule set by itself.
 *
 * @param from the period's start (inclusive)
 * @param to the period's end (exclusive): no override recorded at or after it is counted
 * @param coverage the share of overridden amounts a suggested limit would have covered
 * @param minOverrides how many overrides a group needs before a limit is suggested
 * @param summaries one per guardrail and tier with at least one override, by guardrail then tier
 * @param unmatched how many overrides there were of each action no guardrail of the rule set limits
 */
public record OverrideReport(Instant from, Instant to, double coverage, int minOverrides,
    List<OverrideSummary> summaries, Map<String, Integer> unmatched) {
  /** Validates the parts. */
  public OverrideReport {
    Checks.instant(from, "OverrideReport.from");
    Checks.instant(to, "OverrideReport.to");
    summaries = Checks.immutableList(summaries, "OverrideReport.summaries");
    unmatched = Collections.unmodifiableMap(new TreeMap<>(Checks.noNulls(Checks.present(unmatched,
        "OverrideReport.unmatched"), "OverrideReport.unmatched")));
    if (!(coverage > 0 && coverage <= 1)) {
      throw new InvalidValueException("OverrideReport.coverage", coverage, "a share in (0, 1]");
    }
    if (minOverrides < 1) {
      throw new InvalidValueException("OverrideReport.minOverrides", minOverrides, "at least 1");
    }
  }

  /** The report in words, one paragraph per guardrail and tier. */
  public String words() {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Guardrail overrides from %s to %s: %d group%s.%n", from, to,
        summaries.size(), summaries.size() == 1 ? "" : "s"));
    for (OverrideSummary o : summaries) {
      s.append(String.format(Locale.ROOT, "%n%s (%s), tier %s, limit %s: %d override%s for %d customer%s by %d team%s",
          o.guardrail(), o.action(), o.tier(), o.limit(), o.overrides(), o.overrides() == 1 ? "" : "s",
          o.customers(), o.customers() == 1 ? "" : "s", o.teams(), o.teams() == 1 ? "" : "s"));
      if (o.median().isPresent()) {
        s.append(String.format(Locale.ROOT, "; median %s, 90th percentile %s, largest %s, total %s",
            o.median().get(), o.percentile90().orElseThrow(), o.largest().orElseThrow(), o.total()));
      }
      s.append(String.format(Locale.ROOT, ".%n  %s%n", o.suggestion()));
    }
    unmatched.forEach((action, n) -> s.append(String.format(Locale.ROOT,
        "%n%d override%s of %s: no guardrail of the rule set limits it.%n", n, n == 1 ? "" : "s", action)));
    s.append(String.format(Locale.ROOT, "%nNothing here changes a rule set: a new limit is a new rule set version.%n"));
    return s.toString();
  }
}
