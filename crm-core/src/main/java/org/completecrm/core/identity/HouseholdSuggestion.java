package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A proposed household: customers that seem to live together, the role each would take, and the
 * reasons in plain words (without personal data). A suggestion changes nothing until it is
 * applied through the household operations ({@link #newHousehold}, {@link #applyTo}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdSuggestion.class)
@JsonDeserialize(as = ImmutableHouseholdSuggestion.class)
public abstract class HouseholdSuggestion {
  HouseholdSuggestion() {}

  /** A builder. */
  public static ImmutableHouseholdSuggestion.Builder builder() {
    return ImmutableHouseholdSuggestion.builder();
  }

  /** The id proposed for a new household (derived from the members, so stable across runs). */
  public abstract HouseholdId household();

  /** The members, primary first, then by birth date and id. */
  public abstract List<CustomerId> members();

  /** The proposed role of each member. */
  public abstract Map<CustomerId, HouseholdRole> roles();

  /** Why these customers seem to form a household. */
  public abstract List<String> reasons();

  /** A new household with the suggested members joining in their roles at {@code at}. */
  public Household newHousehold(Instant at) {
    return applyTo(Household.empty(household()), at);
  }

  /**
   * The household after every suggested member who is not a member at {@code at} joins it in the
   * suggested role; a suggested primary joins as partner when the household already has a primary.
   */
  public Household applyTo(Household existing, Instant at) {
    Checks.present(existing, "HouseholdSuggestion.applyTo.existing");
    Checks.present(at, "HouseholdSuggestion.applyTo.at");
    Household h = existing;
    for (CustomerId c : members()) {
      if (h.membershipAt(c, at).isPresent()) {
        continue;
      }
      HouseholdRole role = roles().get(c);
      if (role == HouseholdRole.PRIMARY && h.primaryAt(at).isPresent()) {
        role = HouseholdRole.PARTNER;
      }
      h = h.join(c, role, at);
    }
    return h;
  }

  @Value.Check
  void check() {
    Checks.present(household(), "HouseholdSuggestion.household");
    Checks.noNulls(members(), "HouseholdSuggestion.members");
    Checks.noNulls(roles(), "HouseholdSuggestion.roles");
    Checks.noNulls(reasons(), "HouseholdSuggestion.reasons");
    if (members().size() < 2) {
      throw new InvalidValueException("HouseholdSuggestion.members", members().size(), "at least two members");
    }
    if (!roles().keySet().equals(new java.util.HashSet<>(members()))) {
      throw new InvalidValueException("HouseholdSuggestion.roles", roles().keySet(), "a role for each member");
    }
    if (roles().values().stream().filter(r -> r == HouseholdRole.PRIMARY).count() > 1) {
      throw new InvalidValueException("HouseholdSuggestion.roles", roles(), "at most one PRIMARY");
    }
    if (reasons().isEmpty()) {
      throw new InvalidValueException("HouseholdSuggestion.reasons", "[]", "at least one reason");
    }
  }
}
