package org.completecrm.rules.explain;

import java.util.Locale;
import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.timeline.Severity;

/**
 * No marketing to any household member while a current member has a harm signal: a harm flag
 * raised ({@code bereavement}, {@code deceased}, {@code hardship}, {@code vulnerable} and the rule
 * set's suppression flags) or an open complaint of severity {@code HIGH} or above. The member is
 * named by position and role only, never by personal data.
 *
 * @param position the deciding member's position in the household (from 1)
 * @param role the deciding member's role
 * @param flag the harm flag (the first in alphabetical order), if a flag decided
 * @param complaintSeverity the open complaint's severity, if a complaint decided
 */
public record HouseholdHarmSignal(int position, HouseholdRole role, Optional<String> flag,
    Optional<Severity> complaintSeverity) implements Reason {
  /** Validates the parts: exactly one of a flag and a complaint decided. */
  public HouseholdHarmSignal {
    Checks.present(role, "HouseholdHarmSignal.role");
    Checks.present(flag, "HouseholdHarmSignal.flag");
    Checks.present(complaintSeverity, "HouseholdHarmSignal.complaintSeverity");
    if (position < 1) {
      throw new InvalidValueException("HouseholdHarmSignal.position", position, "a position from 1");
    }
    if (flag.isPresent() == complaintSeverity.isPresent()) {
      throw new InvalidValueException("HouseholdHarmSignal.flag", flag.orElse("none"), "a flag or a complaint, not both");
    }
  }

  /** The member without personal data: {@code member 2 (partner)}. */
  public String member() {
    return "member " + position + " (" + role.name().toLowerCase(Locale.ROOT) + ")";
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:suppression.household";
  }

  @Override
  public String text() {
    return "No marketing to any member of the household: " + member() + (flag.isPresent()
        ? " has the '" + flag.get() + "' flag raised."
        : " has an open complaint of " + complaintSeverity.get().name().toLowerCase(Locale.ROOT) + " severity.");
  }
}
