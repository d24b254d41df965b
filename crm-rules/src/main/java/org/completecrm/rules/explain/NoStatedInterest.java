package org.completecrm.rules.explain;

import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.Checks;
import org.completecrm.core.OfferId;

/**
 * The rule set requires a stated interest for marketing, and the customer stated none in the
 * action's topics.
 *
 * @param offer the action
 * @param topics the action's topics
 */
public record NoStatedInterest(OfferId offer, Set<String> topics) implements Reason {
  /** Validates and copies the parts (topics in name order). */
  public NoStatedInterest {
    Checks.present(offer, "NoStatedInterest.offer");
    Checks.noNulls(Checks.present(topics, "NoStatedInterest.topics"), "NoStatedInterest.topics");
    topics = java.util.Collections.unmodifiableSet(new TreeSet<>(topics));
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:topic.interest";
  }

  @Override
  public String text() {
    return "No marketing about " + String.join(", ", topics)
        + ": this rule set markets only topics the customer stated an interest in, and they stated none of these.";
  }
}
