package org.completecrm.rules.explain;

import org.completecrm.core.Checks;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;

/**
 * In a web or app session, an assisted service action gave way to its self-service alternative,
 * which the customer can use in the session for less (the rule set's channel costs).
 *
 * @param action the assisted action
 * @param selfService the self-service action proposed in its place
 * @param channel the session's channel
 * @param selfServiceCost the cost of a contact on the session's channel
 * @param assistedCost the cost of the assisted action's cheapest channel
 */
public record RoutedToSelfService(OfferId action, OfferId selfService, Channel channel, double selfServiceCost,
    double assistedCost) implements Reason {
  /** Validates the parts. */
  public RoutedToSelfService {
    Checks.present(action, "RoutedToSelfService.action");
    Checks.present(selfService, "RoutedToSelfService.selfService");
    Checks.present(channel, "RoutedToSelfService.channel");
    Checks.finiteNonNegative(selfServiceCost, "RoutedToSelfService.selfServiceCost");
    Checks.finiteNonNegative(assistedCost, "RoutedToSelfService.assistedCost");
  }

  @Override
  public Stage stage() {
    return Stage.RULES;
  }

  @Override
  public String by() {
    return "policy:self-service";
  }

  @Override
  public String text() {
    return "In the customer's " + Words.of(channel) + " session, self-service " + selfService + " (cost "
        + Words.amount(selfServiceCost) + ") instead of " + action + " (cost " + Words.amount(assistedCost) + ").";
  }
}
