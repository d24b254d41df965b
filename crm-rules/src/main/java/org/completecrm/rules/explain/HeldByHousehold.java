package org.completecrm.rules.explain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.rules.explain.internal.Instants;
import org.completecrm.rules.response.Durations;

/**
 * A household-scoped offer is made once per household: another current member has it outstanding
 * ({@code response} empty), accepted it, or turned it down within the cool-down. The member is
 * named by position and role only.
 *
 * @param offer the offer
 * @param position the other member's position in the household (from 1)
 * @param role the other member's role
 * @param response how they answered, empty while it is outstanding with them
 * @param since when it was presented to them (outstanding) or when they answered
 * @param coolDown the cool-down after their rejection, for a rejection
 */
public record HeldByHousehold(OfferId offer, int position, HouseholdRole role, Optional<OfferResponse> response,
    Instant since, Optional<Duration> coolDown) implements Reason {
  /** Validates the parts. */
  public HeldByHousehold {
    Checks.present(offer, "HeldByHousehold.offer");
    Checks.present(role, "HeldByHousehold.role");
    Checks.present(response, "HeldByHousehold.response");
    Checks.present(since, "HeldByHousehold.since");
    Checks.present(coolDown, "HeldByHousehold.coolDown");
    if (position < 1) {
      throw new InvalidValueException("HeldByHousehold.position", position, "a position from 1");
    }
  }

  /** The member without personal data: {@code member 2 (partner)}. */
  public String member() {
    return "member " + position + " (" + role.name().toLowerCase(Locale.ROOT) + ")";
  }

  @Override
  public Stage stage() {
    return Stage.ELIGIBILITY;
  }

  @Override
  public String by() {
    return "action:" + offer + ".household";
  }

  @Override
  public String text() {
    String what = response.isEmpty() ? "is outstanding with " + member() + " since " + Instants.iso(since)
        : response.get() == OfferResponse.ACCEPTED ? "was accepted by " + member() + " on " + Instants.iso(since)
        : "was turned down by " + member() + " on " + Instants.iso(since) + coolDown.map(
            d -> "; not offered to the household again until " + Instants.iso(since.plus(d)) + " (cool-down of "
                + Durations.words(d) + ")").orElse("");
    return "Offer " + offer + " is made once per household: it " + what + ".";
  }
}
