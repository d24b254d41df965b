package org.completecrm.core.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.commitment.CommitmentStatus;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.Checks;
import org.completecrm.core.loyalty.MemberLoyalty;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.voice.CustomerVoice;
import org.immutables.value.Value;

/**
 * The 360° view of one customer as of an instant: what has happened (contacts per channel,
 * cases, offers, purchases, feedback, flags), what is supposed to happen (commitments and their
 * status), the household they belong to, their consent and preferences.
 *
 * <p>Built by {@link CustomerViews#fold}; a pure value, so every channel sees the same view.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerView.class)
@JsonDeserialize(as = ImmutableCustomerView.class)
public abstract class CustomerView {
  CustomerView() {}

  /** A builder, for hosts and tests that assemble a view directly. */
  public static ImmutableCustomerView.Builder builder() {
    return ImmutableCustomerView.builder();
  }

  /** The customer. */
  public abstract Customer customer();

  /** The instant the view describes. */
  public abstract Instant asOf();

  /** The household the customer belongs to at {@link #asOf()}, if any. */
  public abstract Optional<HouseholdId> household();

  /** The customer's role in that household. */
  public abstract Optional<HouseholdRole> householdRole();

  /** The other members of the household at {@link #asOf()}. */
  public abstract Set<CustomerId> householdMembers();

  /** The consent ledger. */
  public abstract ConsentLedger consent();

  /** Channel preferences. */
  public abstract ChannelPreferences preferences();

  /** The customer's own contacts (interactions and offers), oldest first. */
  public abstract List<Contact> contacts();

  /** Contacts with other household members while they were members, oldest first. */
  public abstract List<Contact> householdContacts();

  /**
   * Outbound contacts already planned after {@link #asOf()}: sends a host recorded in the timeline
   * at their future send instant (a contact deferred out of quiet hours, say), oldest first. They
   * count towards caps and contact frequencies from the moment they are planned.
   */
  public abstract List<Contact> plannedContacts();

  /** Outbound contacts planned after {@link #asOf()} with other members, for household caps, oldest first. */
  public abstract List<Contact> plannedHouseholdContacts();

  /** The latest contact per channel, either direction. */
  public abstract Map<Channel, Instant> lastContactByChannel();

  /** Every commitment made to the customer, by id. */
  public abstract List<Commitment> commitments();

  /** Every service case and complaint, by id. */
  public abstract List<ServiceCase> cases();

  /** Every offer presented, oldest first, with responses. */
  public abstract List<OfferRecord> offers();

  /** The number of purchases. */
  public abstract int purchaseCount();

  /** The latest purchase, if any. */
  public abstract Optional<Instant> lastPurchaseAt();

  /** The latest scored survey answer (NPS or CSAT), if any. */
  public abstract Optional<FeedbackReceived> latestFeedback();

  /** Flags raised and not cleared: {@code "hardship"}, {@code "vulnerable"}. */
  public abstract Set<String> flags();

  /** The source systems whose events the view holds. */
  public abstract Set<String> sourceSystems();

  /**
   * The customer's loyalty (programme, tier, points) as the host derived it, if they are a member;
   * not folded from the timeline: set with {@link #withLoyalty}.
   */
  public abstract Optional<MemberLoyalty> loyalty();

  /**
   * The customer's voice (ideas voted for, open markets' prices) as the host folded it with {@link
   * org.completecrm.core.voice.CustomerVoices#fold}, if given; set with {@link #withVoice}.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<CustomerVoice> voice();

  /**
   * The customer's topic ledger (interests and topic opt-outs), if the host gave it; set with
   * {@link #withTopics}.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<TopicLedger> topics();

  /** This view with the customer's topic ledger, which must be the customer's. */
  public CustomerView withTopics(TopicLedger topics) {
    Checks.present(topics, "CustomerView.withTopics.topics");
    if (!topics.customer().equals(customer().id())) {
      throw new org.completecrm.core.InvalidValueException("CustomerView.topics.customer", topics.customer(),
          "the view's customer " + customer().id());
    }
    return ImmutableCustomerView.copyOf(this).withTopics(topics);
  }

  /**
   * The latest NPS answer's score minus the one before it, from -10 to 10; absent with fewer than
   * two NPS answers.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Integer> npsTrend();

  /**
   * The latest CSAT answer's score minus the one before it, from -4 to 4; absent with fewer than
   * two CSAT answers.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Integer> csatTrend();

  /**
   * This view with the customer's voice, which must not be folded after the view's instant (no
   * future data reaches a decision).
   *
   * @throws org.completecrm.core.InvalidValueException if {@code voice} is as of a later instant
   */
  public CustomerView withVoice(CustomerVoice voice) {
    Checks.present(voice, "CustomerView.withVoice.voice");
    return ImmutableCustomerView.copyOf(this).withVoice(voice);
  }

  /** This view with the customer's loyalty. */
  public CustomerView withLoyalty(MemberLoyalty loyalty) {
    Checks.present(loyalty, "CustomerView.withLoyalty.loyalty");
    return ImmutableCustomerView.copyOf(this).withLoyalty(loyalty);
  }

  /**
   * Lookups over this view's timeline (contacts by instant, offer history), built on first use and
   * kept with the view. Not part of the view's value: equality and JSON ignore it.
   */
  @Value.Lazy
  @JsonIgnore
  public TimelineIndex timeline() {
    return TimelineIndex.of(this);
  }

  /** The customer's id. */
  public CustomerId customerId() {
    return customer().id();
  }

  /** Effective consent for a channel and purpose at {@link #asOf()}. */
  public EffectiveConsent consentFor(Channel channel, Purpose purpose) {
    Checks.present(channel, "CustomerView.consentFor.channel");
    Checks.present(purpose, "CustomerView.consentFor.purpose");
    return consent().effective(channel, purpose, asOf());
  }

  /** Commitments still to be kept (open, due or overdue) at {@link #asOf()}. */
  public List<Commitment> pendingCommitments() {
    return commitments().stream().filter(c -> c.statusAt(asOf()).isPending()).collect(Collectors.toList());
  }

  /** Commitments overdue at {@link #asOf()}. */
  public List<Commitment> overdueCommitments() {
    return commitments().stream()
        .filter(c -> c.statusAt(asOf()) == CommitmentStatus.OVERDUE)
        .collect(Collectors.toList());
  }

  /** Cases still needing work. */
  public List<ServiceCase> openCases() {
    return cases().stream().filter(ServiceCase::isOpen).collect(Collectors.toList());
  }

  /** Open complaints. */
  public List<ServiceCase> openComplaints() {
    return cases().stream().filter(ServiceCase::isOpenComplaint).collect(Collectors.toList());
  }

  /** Offers awaiting a response at {@link #asOf()}. */
  public List<OfferRecord> outstandingOffers() {
    return offers().stream().filter(o -> o.outstandingAt(asOf())).collect(Collectors.toList());
  }

  /** The customer's contacts within {@code window} before {@link #asOf()} (inclusive of both ends). */
  public List<Contact> contactsWithin(Duration window) {
    Checks.present(window, "CustomerView.contactsWithin.window");
    Instant from = asOf().minus(window);
    return contacts().stream().filter(c -> !c.at().isBefore(from)).collect(Collectors.toList());
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "CustomerView.customer");
    Checks.present(asOf(), "CustomerView.asOf");
    if (voice().isPresent() && voice().get().asOf().isAfter(asOf())) {
      throw new org.completecrm.core.InvalidValueException("CustomerView.voice.asOf", voice().get().asOf(),
          "an instant at or before the view's " + asOf());
    }
    Checks.present(consent(), "CustomerView.consent");
    Checks.present(preferences(), "CustomerView.preferences");
    Checks.noNulls(householdMembers(), "CustomerView.householdMembers");
    Checks.noNulls(contacts(), "CustomerView.contacts");
    Checks.noNulls(householdContacts(), "CustomerView.householdContacts");
    Checks.noNulls(plannedContacts(), "CustomerView.plannedContacts");
    Checks.noNulls(plannedHouseholdContacts(), "CustomerView.plannedHouseholdContacts");
    Checks.noNulls(lastContactByChannel(), "CustomerView.lastContactByChannel");
    Checks.noNulls(commitments(), "CustomerView.commitments");
    Checks.noNulls(cases(), "CustomerView.cases");
    Checks.noNulls(offers(), "CustomerView.offers");
    Checks.noNulls(flags(), "CustomerView.flags");
    Checks.noNulls(sourceSystems(), "CustomerView.sourceSystems");
    if (!consent().customer().equals(customer().id())) {
      throw new org.completecrm.core.InvalidValueException(
          "CustomerView.consent.customer", consent().customer(), "the view's customer " + customer().id());
    }
  }

  @Override
  public String toString() {
    return "CustomerView{" + customer().id() + " as of " + asOf() + ", contacts=" + contacts().size()
        + ", pendingCommitments=" + pendingCommitments().size() + ", openCases=" + openCases().size()
        + ", outstandingOffers=" + outstandingOffers().size() + "}";
  }
}
