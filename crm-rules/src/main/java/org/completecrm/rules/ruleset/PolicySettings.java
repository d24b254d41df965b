package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Contact policies a rule set adds to the built-in ones; they can only make contact rarer: more
 * caps, more quiet hours, more suppression flags, a longer cool-down or detractor window.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicySettings.class)
@JsonDeserialize(as = ImmutablePolicySettings.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class PolicySettings {
  /** The built-in cool-down after a rejected offer: 30 days. */
  public static final Duration BUILT_IN_COOL_DOWN = Duration.ofDays(30);
  /** The built-in window in which a detractor score suppresses marketing: 90 days. */
  public static final Duration BUILT_IN_DETRACTOR_WINDOW = Duration.ofDays(90);
  /**
   * Flags of any current household member that suppress marketing to every member (with the rule
   * set's {@link #suppressionFlags()}), unless household suppression is off.
   */
  public static final Set<String> HOUSEHOLD_HARM_FLAGS = Set.of("bereavement", "deceased", "hardship", "vulnerable");
  /** Flags that always suppress marketing and research contact. */
  public static final Set<String> BUILT_IN_SUPPRESSION_FLAGS = Set.of("hardship", "vulnerable", "deceased");
  /** An NPS answer at or below this is a detractor (Reichheld's definition: 0 to 6). */
  public static final int NPS_DETRACTOR_MAX = 6;
  /** A CSAT answer at or below this counts as a detractor (1 or 2 of 5). */
  public static final int CSAT_DETRACTOR_MAX = 2;

  PolicySettings() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code PolicySettings}, checked when built. */
  public static final class Builder extends ImmutablePolicySettings.Builder {
    Builder() {}
  }

  /** No additional policies. */
  public static PolicySettings none() {
    return builder().build();
  }

  /** Frequency caps. */
  public abstract List<CapPolicy> caps();

  /** Firm-wide quiet hours in the customer's time zone. */
  public abstract List<QuietHoursPolicy> quietHours();

  /** Flags besides the built-in ones that suppress marketing and research contact. */
  public abstract Set<String> suppressionFlags();

  /** The cool-down in force: the rule set's, or the built-in one. */
  public Duration effectiveCoolDown() {
    return coolDown().orElse(BUILT_IN_COOL_DOWN);
  }

  /** The detractor window in force: the rule set's, or the built-in one. */
  public Duration effectiveDetractorWindow() {
    return detractorWindow().orElse(BUILT_IN_DETRACTOR_WINDOW);
  }

  /** A cool-down after a rejected offer, at least the built-in one. */
  public abstract Optional<Duration> coolDown();

  /** How long a detractor score suppresses marketing, at least the built-in window. */
  public abstract Optional<Duration> detractorWindow();

  /**
   * Why this rule set turns off household suppression (no marketing to any member while a current
   * member has a harm signal, on by default). Turning it off is only ever explicit: the reason is
   * stated here, and a decision in which a member's harm signal did not suppress marketing notes
   * it.
   */
  public abstract Optional<String> householdSuppressionOff();

  /**
   * Whether marketing with topics needs the customer's stated interest in one of the action's
   * topics (from the customer's topic ledger); absent is no.
   */
  public abstract Optional<Boolean> requireStatedInterest();

  /** Whether household suppression is on (it is unless {@link #householdSuppressionOff()} says why not). */
  public boolean householdSuppression() {
    return householdSuppressionOff().isEmpty();
  }
}
