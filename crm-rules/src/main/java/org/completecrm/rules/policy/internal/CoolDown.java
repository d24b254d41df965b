package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.rules.explain.CoolingDown;
import org.completecrm.rules.explain.Reason;

/**
 * Cool-down: an offer the customer turned down is not offered again within the cool-down, the
 * rule set's (30 days or longer) or the action's own when that is longer.
 */
final class CoolDown implements ContactPolicy.WholeContact {
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
    if (!memo.facts.at().isBefore(turnedDown.plus(coolDown))) {
      return Optional.empty();
    }
    return Optional.of(new CoolingDown(offer, turnedDown, coolDown));
  }
}
