package org.completecrm.core.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.voice.Trade;
import org.completecrm.core.voice.Vote;
import org.immutables.value.Value;

/**
 * Everything a host holds on one customer, gathered for a data-subject request: the customer,
 * their consent ledger and preferences, the households they ever belonged to, their timeline
 * events and holdings, the votes they cast, the ideas they submitted, their market trades, their
 * topic ledger and the identity source records resolved into them.
 *
 * <p>Checked on construction: the ledger, every event and every holding belong to the customer,
 * the customer was a member of every household given, and every source record is one of the
 * customer's {@link Customer#sourceIdentities() source identities}, each given once.
 *
 * <p>A host that resolves identities with {@code org.completecrm.core.identity.Resolution} takes the
 * source records from the customer's cluster: {@code builder.sourceRecords(resolution.recordsOf(id))}
 * (the customer made by {@code GoldenCustomers.toCustomer} lists exactly those identities).
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

  /** Votes the customer cast on ideas (left out of the JSON when empty). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Vote> votes();

  /** Ideas the customer submitted (left out of the JSON when empty). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Idea> ideas();

  /** The customer's trades in prediction markets (left out of the JSON when empty). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Trade> trades();

  /** The customer's topic ledger (interests and topic opt-outs), if the host keeps one (left out of the JSON when absent). */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<TopicLedger> topics();

  /**
   * The identity source records resolved into the customer (names, dates of birth, addresses,
   * contact points and ids as each source system holds them; left out of the JSON when empty).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SourceRecord> sourceRecords();

  @Value.Check
  void check() {
    Checks.present(customer(), "CustomerData.customer");
    Checks.present(consent(), "CustomerData.consent");
    Checks.noNulls(households(), "CustomerData.households");
    Checks.noNulls(events(), "CustomerData.events");
    Checks.noNulls(holdings(), "CustomerData.holdings");
    if (topics().isPresent() && !topics().get().customer().equals(customer().id())) {
      throw new InvalidValueException("CustomerData.topics.customer", topics().get().customer(), "the customer " + customer().id());
    }
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
    Checks.noNulls(votes(), "CustomerData.votes");
    Checks.noNulls(ideas(), "CustomerData.ideas");
    Checks.noNulls(trades(), "CustomerData.trades");
    for (int i = 0; i < votes().size(); i++) {
      if (!votes().get(i).customer().equals(customer().id())) {
        throw new InvalidValueException("CustomerData.votes[" + i + "].customer", votes().get(i).customer(), "the customer " + customer().id());
      }
    }
    for (int i = 0; i < ideas().size(); i++) {
      if (!ideas().get(i).submittedBy().equals(java.util.Optional.of(customer().id()))) {
        throw new InvalidValueException("CustomerData.ideas[" + i + "].submittedBy", ideas().get(i).submittedBy(),
            "ideas submitted by the customer " + customer().id());
      }
    }
    for (int i = 0; i < trades().size(); i++) {
      if (!trades().get(i).customer().equals(customer().id())) {
        throw new InvalidValueException("CustomerData.trades[" + i + "].customer", trades().get(i).customer(), "the customer " + customer().id());
      }
    }
    Checks.noNulls(sourceRecords(), "CustomerData.sourceRecords");
    Set<SourceIdentity> seen = new HashSet<>();
    for (int i = 0; i < sourceRecords().size(); i++) {
      SourceIdentity s = sourceRecords().get(i).identity();
      if (!customer().sourceIdentities().contains(s) || !seen.add(s)) {
        throw new InvalidValueException("CustomerData.sourceRecords[" + i + "].identity", s.masked(),
            "one of the customer's source identities, each record given once");
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
        + ", holdings=" + holdings().size() + ", votes=" + votes().size() + ", ideas=" + ideas().size()
        + ", trades=" + trades().size() + ", sourceRecords=" + sourceRecords().size() + "}";
  }
}
