package org.completecrm.core.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.HouseholdRole;
import org.immutables.value.Value;

/**
 * One current member of a {@link HouseholdView}: their position in the household (1 for the
 * first by role, then by when they joined, then by id), their role and their own view. {@link
 * #label()} names the member for explanations without personal data ("member 2 (partner)").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdMember.class)
@JsonDeserialize(as = ImmutableHouseholdMember.class)
public abstract class HouseholdMember {
  HouseholdMember() {}

  /** The member at {@code position} in {@code role} with {@code view}. */
  public static HouseholdMember of(int position, HouseholdRole role, CustomerView view) {
    return ImmutableHouseholdMember.builder().position(position).role(role).view(view).build();
  }

  /** The position, from 1. */
  public abstract int position();

  /** The role at the view's instant. */
  public abstract HouseholdRole role();

  /** The member's own view. */
  public abstract CustomerView view();

  /** The member's id. */
  @JsonIgnore
  public CustomerId customer() {
    return view().customerId();
  }

  /** The member by position and role, without personal data: {@code member 2 (partner)}. */
  @JsonIgnore
  public String label() {
    return "member " + position() + " (" + role().name().toLowerCase(Locale.ROOT) + ")";
  }

  @Value.Check
  void check() {
    Checks.present(role(), "HouseholdMember.role");
    Checks.present(view(), "HouseholdMember.view");
    if (position() < 1) {
      throw new InvalidValueException("HouseholdMember.position", position(), "a position from 1");
    }
  }

  @Override
  public String toString() {
    return "HouseholdMember{" + label() + ", " + customer() + "}";
  }
}
