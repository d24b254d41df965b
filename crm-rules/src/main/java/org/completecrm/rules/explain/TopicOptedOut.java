package org.completecrm.rules.explain;

import org.completecrm.core.Checks;
import org.completecrm.core.OfferId;

/**
 * No marketing on a topic the customer opted out of (their topic ledger at the decision instant).
 *
 * @param offer the action
 * @param topic the action's topic the customer opted out of (the first in name order)
 */
public record TopicOptedOut(OfferId offer, String topic) implements Reason {
  /** Validates the parts. */
  public TopicOptedOut {
    Checks.present(offer, "TopicOptedOut.offer");
    Checks.notBlank(topic, "TopicOptedOut.topic");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:topic.opt-out";
  }

  @Override
  public String text() {
    return "No marketing about " + topic + ": the customer opted out of the topic.";
  }
}
