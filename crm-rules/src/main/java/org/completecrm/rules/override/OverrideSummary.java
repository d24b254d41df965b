package org.completecrm.rules.override;

import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;

/**
 * The overrides of one guardrail for one tier over a period, with a suggested limit for people to
 * weigh (never applied by itself).
 *
 * @param guardrail the guardrail's id
 * @param action what it limits: {@code "goodwill-credit"}
 * @param tier the value tier whose limit applied, or {@link GuardrailOverrides#DEFAULT_TIER} for
 *     customers under the default limit
 * @param limit the rule set's limit for that tier today
 * @param overrides how many overrides were recorded
 * @param customers for how many customers
 * @param teams by how many teams
 * @param withinLimit how many of them are within today's limit (recorded under an earlier, lower one)
 * @param median the median amount granted (nearest rank), if any override recorded an amount
 * @param percentile90 the 90th percentile of the amounts (nearest rank), if any
 * @param largest the largest amount, if any
 * @param total the amounts summed (zero without amounts)
 * @param suggestedLimit the limit that would have covered the report's coverage share of the
 *     amounts, rounded up, when there were enough overrides and it is above today's limit
 * @param suggestion what the figures suggest, in plain words
 */
public record OverrideSummary(String guardrail, String action, String tier, Money limit, int overrides, int customers,
    int teams, int withinLimit, Optional<Money> median, Optional<Money> percentile90, Optional<Money> largest,
    Money total, Optional<Money> suggestedLimit, String suggestion) {
  /** Validates the parts. */
  public OverrideSummary {
    Checks.notBlank(guardrail, "OverrideSummary.guardrail");
    Checks.notBlank(action, "OverrideSummary.action");
    Checks.notBlank(tier, "OverrideSummary.tier");
    Checks.present(limit, "OverrideSummary.limit");
    Checks.present(median, "OverrideSummary.median");
    Checks.present(percentile90, "OverrideSummary.percentile90");
    Checks.present(largest, "OverrideSummary.largest");
    Checks.present(total, "OverrideSummary.total");
    Checks.present(suggestedLimit, "OverrideSummary.suggestedLimit");
    Checks.notBlank(suggestion, "OverrideSummary.suggestion");
    if (overrides < 1 || customers < 1 || teams < 1 || withinLimit < 0 || withinLimit > overrides
        || customers > overrides || teams > overrides) {
      throw new InvalidValueException("OverrideSummary.overrides", overrides,
          "at least one override, by at least one team for at least one customer");
    }
  }
}
