package org.completecrm.core.privacy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.TimelineEvent;
import org.immutables.value.Value;

/**
 * Everything a host holds on one customer, gathered for a data-subject request: the customer,
 * their consent ledger and preferences, the households they ever belonged to, their timeline
 * events and holdings.
 *
 * <p>Checked on construction: the ledger, every event and every holding belong to the customer,
 * and the customer was a member of every household given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerData.class)
@JsonDeserialize(as = ImmutableCustomerData.class)
public abstract class CustomerData {
  CustomerData() {}

  /** A builder. */
  public static ImmutableCustomerData.Builder builder() {
    return ImmutableCustomerData.builder();
  }

  /** The customer. */
  public abstract Customer customer();

  /** The customer's consent ledger. */
  public abstract ConsentLedger consent();

  /** The customer's channel preferences, if the host holds any. */
  public abstract Optional<ChannelPreferences> preferences();

  /** The households the customer ever belonged to, with their other members. */
  public abstract List<Household> households();

  /** The customer's timeline events, from every source system. */
  public abstract List<TimelineEvent> events();

  /** What the customer holds at the firm. */
  public abstract List<Holding> holdings();

  @Value.Check
  void check() {
    Checks.present(customer(), "CustomerData.customer");
    Checks.present(consent(), "CustomerData.consent");
    Checks.noNulls(households(), "CustomerData.households");
    Checks.noNulls(events(), "CustomerData.events");
    Checks.noNulls(holdings(), "CustomerData.holdings");
    if (!consent().customer().equals(customer().id())) {
      throw new InvalidValueException("CustomerData.consent.customer", consent().customer(), "the customer " + customer().id());
    }
    for (int i = 0; i < households().size(); i++) {
      if (!households().get(i).everMembers().contains(customer().id())) {
        throw new InvalidValueException(
            "CustomerData.households[" + i + "]", households().get(i).id(), "a household " + customer().id() + " belonged to");
      }
    }
    for (int i = 0; i < events().size(); i++) {
      if (!events().get(i).customer().equals(customer().id())) {
        throw new InvalidValueException(
            "CustomerData.events[" + i + "].customer", events().get(i).customer(), "the customer " + customer().id());
      }
    }
    for (int i = 0; i < holdings().size(); i++) {
      if (!holdings().get(i).customer().equals(customer().id())) {
        throw new InvalidValueException(
            "CustomerData.holdings[" + i + "].customer", holdings().get(i).customer(), "the customer " + customer().id());
      }
    }
  }

  @Override
  public String toString() {
    return "CustomerData{" + customer() + ", households=" + households().size() + ", events=" + events().size()
        + ", holdings=" + holdings().size() + "}";
  }
}
