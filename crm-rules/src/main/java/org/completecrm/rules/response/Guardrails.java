package org.completecrm.rules.response;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.OverrideRecorded;

/** Using an allowance: within the limit, or beyond it with a reason that is recorded on the timeline. */
public final class Guardrails {
  private Guardrails() {}

  /**
   * The outcome of an employee of {@code team} granting {@code amount} under {@code allowance}.
   *
   * <p>Within the limit the employee goes ahead. Beyond it, with a non-blank {@code reason}, the
   * employee goes ahead and the returned {@link OverrideRecorded} (id {@code overrideId}, at
   * {@code at}) is to be appended to the customer's timeline; without a reason the outcome asks
   * for one, saying the limit. Nothing is ever blocked silently.
   *
   * @throws InvalidValueException if the amount is negative or in another currency than the limit
   */
  public static GuardrailUse use(Allowance allowance, Money amount, Optional<String> reason, TeamId team,
      CustomerId customer, EventId overrideId, Instant at) {
    Checks.present(allowance, "Guardrails.use.allowance");
    Checks.present(amount, "Guardrails.use.amount");
    Checks.present(reason, "Guardrails.use.reason");
    Checks.present(team, "Guardrails.use.team");
    Checks.present(customer, "Guardrails.use.customer");
    Checks.present(overrideId, "Guardrails.use.overrideId");
    Checks.present(at, "Guardrails.use.at");
    Money limit = allowance.limit();
    if (!amount.currency().equals(limit.currency())) {
      throw new InvalidValueException("Guardrails.use.amount", amount, "an amount in " + limit.currency());
    }
    if (amount.signum() < 0) {
      throw new InvalidValueException("Guardrails.use.amount", amount, "an amount >= 0");
    }
    GuardrailUse.Status status;
    String text;
    Optional<OverrideRecorded> event = Optional.empty();
    if (amount.compareTo(limit) <= 0) {
      status = GuardrailUse.Status.WITHIN_LIMIT;
      text = amount + " " + allowance.action() + " is within your limit of " + limit + " (" + allowance.reason() + ")";
    } else if (reason.isPresent() && !reason.get().isBlank()) {
      status = GuardrailUse.Status.OVERRIDE_RECORDED;
      event = Optional.of(OverrideRecorded.builder().id(overrideId).customer(customer).at(at).team(team)
          .action(allowance.action()).reason(reason.get()).amount(amount).limit(limit).build());
      text = amount + " " + allowance.action() + " is above your limit of " + limit
          + ": allowed as an override, recorded on the customer's timeline with your reason";
    } else {
      status = GuardrailUse.Status.REASON_REQUIRED;
      text = amount + " " + allowance.action() + " is above your limit of " + limit
          + ": give a reason to go ahead; the override will be recorded";
    }
    return GuardrailUse.builder().status(status).amount(amount).limit(limit).override(event).explanation(text).build();
  }
}
