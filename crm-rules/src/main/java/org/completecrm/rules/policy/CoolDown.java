package org.completecrm.rules.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.internal.Instants;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.response.Durations;

/**
 * Cool-down: an offer the customer turned down is not offered again within the cool-down, the
 * rule set's (30 days or longer) or the action's own when that is longer.
 */
final class CoolDown implements ContactPolicy {
  @Override
  public Optional<Reason> refuseEveryChannel(ProposedContact contact, PolicyMemo memo) {
    if (contact.offer().isEmpty()) {
      return Optional.empty();
    }
    OfferId offer = contact.offer().get();
    Optional<Instant> rejected = memo.facts.lastRejection(offer);
    if (rejected.isEmpty()) {
      return Optional.empty();
    }
    Duration own = contact.coolDown().orElse(Duration.ZERO);
    Duration coolDown = own.compareTo(memo.settings.effectiveCoolDown()) > 0 ? own : memo.settings.effectiveCoolDown();
    Instant turnedDown = rejected.get();
    Instant until = turnedDown.plus(coolDown);
    if (!memo.facts.at().isBefore(until)) {
      return Optional.empty();
    }
    return Optional.of(Reason.worded(Stage.CONTACT_POLICY, "policy:cool-down",
        () -> "The customer turned down " + offer + " on " + Instants.iso(turnedDown) + "; it is not offered again"
            + " until " + Instants.iso(until) + " (cool-down of " + Durations.words(coolDown) + ")."));
  }
}
