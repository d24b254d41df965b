package org.completecrm.rules.explain;

import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.completecrm.rules.ruleset.ActionKind;

/**
 * Why a chosen action is in the decision: the rule that proposed it, how it ranked, the contact
 * policy's verdict on its channel, and where a service action is routed. Its sentence is a {@link
 * ChosenAction}'s explanation.
 *
 * @param action the action
 * @param name its name for people
 * @param kind offer or service action
 * @param purpose its purpose
 * @param proposed the proposing rule's reason
 * @param ranked the arbitration reason
 * @param allowed the chosen channel's verdict
 * @param routeTo the team a service action is routed to, if any
 */
public record ChosenBecause(OfferId action, String name, ActionKind kind, Purpose purpose, Reason proposed,
    Reason ranked, Reason allowed, Optional<TeamId> routeTo) implements Reason {
  /** Validates the parts. */
  public ChosenBecause {
    Checks.present(action, "ChosenBecause.action");
    Checks.notBlank(name, "ChosenBecause.name");
    Checks.present(kind, "ChosenBecause.kind");
    Checks.present(purpose, "ChosenBecause.purpose");
    Checks.present(proposed, "ChosenBecause.proposed");
    Checks.present(ranked, "ChosenBecause.ranked");
    Checks.present(allowed, "ChosenBecause.allowed");
    Checks.present(routeTo, "ChosenBecause.routeTo");
  }

  @Override
  public Stage stage() {
    return Stage.CHOSEN;
  }

  @Override
  public String by() {
    return "action:" + action;
  }

  @Override
  public String text() {
    return name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ", " + Words.of(purpose) + "): "
        + proposed.text() + " " + ranked.text() + " " + allowed.text()
        + (routeTo.isPresent() ? " Route to " + routeTo.get() + "." : "");
  }
}
