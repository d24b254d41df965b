package org.completecrm.rules.campaign;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.completecrm.rules.explain.internal.Instants;

/**
 * One customer's line of a campaign plan: the action, channel and send instant planned, with its
 * expected value, or none and why, in plain words.
 *
 * @param customer the customer
 * @param household their household, if any
 * @param action the planned action, or empty when the customer is left out
 * @param channel its channel
 * @param sendAt when it is sent
 * @param expectedValue its expected value: propensity x value x lever - channel cost
 * @param reason why it is planned, or why the customer is left out
 */
public record PlanLine(CustomerId customer, Optional<HouseholdId> household, Optional<OfferId> action,
    Optional<Channel> channel, Optional<Instant> sendAt, OptionalDouble expectedValue, String reason) {
  /** Validates the parts. */
  public PlanLine {
    Checks.present(customer, "PlanLine.customer");
    Checks.present(household, "PlanLine.household");
    Checks.present(action, "PlanLine.action");
    Checks.present(channel, "PlanLine.channel");
    Checks.present(sendAt, "PlanLine.sendAt");
    Checks.present(expectedValue, "PlanLine.expectedValue");
    Checks.notBlank(reason, "PlanLine.reason");
    if (action.isPresent() != channel.isPresent() || action.isPresent() != sendAt.isPresent()
        || action.isPresent() != expectedValue.isPresent()) {
      throw new org.completecrm.core.InvalidValueException("PlanLine.action", action,
          "an action together with its channel, send instant and expected value, or none of them");
    }
  }

  /** Whether the customer gets a send. */
  public boolean planned() {
    return action.isPresent();
  }

  /** Appends the send instant to {@code to}, as {@code Instant.toString()} writes it; nothing for a customer left out. */
  public StringBuilder appendSendAt(StringBuilder to) {
    return sendAt.isPresent() ? to.append(Instants.iso(sendAt.get())) : to;
  }

  /**
   * Appends the expected value with {@code decimals} (0 to 8) decimals to {@code to}, as {@code
   * String.format(Locale.ROOT, "%.<decimals>f", value)} writes it, but faster; nothing for a customer left out.
   */
  public StringBuilder appendExpectedValue(StringBuilder to, int decimals) {
    if (decimals < 0 || decimals > FixedDecimals.MAX_DECIMALS) {
      throw new org.completecrm.core.InvalidValueException("decimals", decimals, "0 to " + FixedDecimals.MAX_DECIMALS);
    }
    return expectedValue.isPresent() ? FixedDecimals.append(to, expectedValue.getAsDouble(), decimals) : to;
  }
}
