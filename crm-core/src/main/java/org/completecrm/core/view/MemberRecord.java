package org.completecrm.core.view;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.timeline.TimelineEvent;
import org.immutables.value.Value;

/**
 * What the library holds about one household member, to fold into a {@link HouseholdView}: the
 * customer, their consent ledger, preferences, their own timeline events and holdings.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberRecord.class)
@JsonDeserialize(as = ImmutableMemberRecord.class)
public abstract class MemberRecord {
  MemberRecord() {}

  /** A builder. */
  public static ImmutableMemberRecord.Builder builder() {
    return ImmutableMemberRecord.builder();
  }

  /** The member. */
  public abstract Customer customer();

  /** Their consent ledger. */
  public abstract ConsentLedger consent();

  /** Their channel preferences. */
  public abstract ChannelPreferences preferences();

  /** Their own timeline events (no other customer's). */
  public abstract List<TimelineEvent> timeline();

  /** What they hold at the firm (any instants: the latest per product at or before the view's instant counts). */
  public abstract List<Holding> holdings();

  @Value.Check
  void check() {
    Checks.present(customer(), "MemberRecord.customer");
    Checks.present(consent(), "MemberRecord.consent");
    Checks.present(preferences(), "MemberRecord.preferences");
    Checks.noNulls(timeline(), "MemberRecord.timeline");
    Checks.noNulls(holdings(), "MemberRecord.holdings");
    if (!consent().customer().equals(customer().id())) {
      throw new InvalidValueException("MemberRecord.consent.customer", consent().customer(), "the member " + customer().id());
    }
    for (int i = 0; i < timeline().size(); i++) {
      if (!timeline().get(i).customer().equals(customer().id())) {
        throw new InvalidValueException("MemberRecord.timeline[" + i + "].customer", timeline().get(i).customer(),
            "the member " + customer().id());
      }
    }
    for (int i = 0; i < holdings().size(); i++) {
      if (!holdings().get(i).customer().equals(customer().id())) {
        throw new InvalidValueException("MemberRecord.holdings[" + i + "].customer", holdings().get(i).customer(),
            "the member " + customer().id());
      }
    }
  }

  @Override
  public String toString() {
    return "MemberRecord{" + customer().id() + ", events=" + timeline().size() + ", holdings=" + holdings().size() + "}";
  }
}
