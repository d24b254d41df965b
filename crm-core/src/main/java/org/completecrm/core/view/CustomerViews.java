package org.completecrm.core.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.CaseId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.commitment.Commitments;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Membership;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CommitmentCancelled;
import org.completecrm.core.timeline.CommitmentFulfilled;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;

/** Builds the 360° {@link CustomerView} by folding a customer's timeline from any number of source systems. */
public final class CustomerViews {
  private CustomerViews() {}

  /**
   * The view of {@code customer} as of {@code at}.
   *
   * <p>Only events at or before {@code at} count. Events may come from several systems in any
   * order, and the same event delivered twice (same id, same content) counts once; two different
   * events with one id are rejected. Events of other customers are accepted only for members of
   * {@code household}, and count as household contacts while the other customer was a member.
   *
   * @param customer the customer
   * @param household the customer's household, if any (its history decides membership at each instant)
   * @param consent the customer's consent ledger
   * @param preferences the customer's channel preferences
   * @param events the customer's (and household members') timeline events
   * @param at the instant the view describes
   */
  public static CustomerView fold(
      Customer customer,
      Optional<Household> household,
      ConsentLedger consent,
      ChannelPreferences preferences,
      Collection<? extends TimelineEvent> events,
      Instant at) {
    Checks.present(customer, "CustomerViews.fold.customer");
    Checks.present(household, "CustomerViews.fold.household");
    Checks.present(consent, "CustomerViews.fold.consent");
    Checks.present(preferences, "CustomerViews.fold.preferences");
    Checks.noNulls(Checks.present(events, "CustomerViews.fold.events"), "CustomerViews.fold.events");
    Checks.instant(at, "CustomerViews.fold.at");
    if (household.isPresent() && !everMember(household.get(), customer.id())
        && !household.get().memberships().isEmpty()) {
      throw new InvalidValueException(
          "CustomerViews.fold.household", household.get().id(), "a household " + customer.id() + " has belonged to");
    }

    List<TimelineEvent> later = new ArrayList<>();
    List<TimelineEvent> ordered = distinctUpTo(events, at, later);
    List<Contact> contacts = new ArrayList<>();
    List<Contact> householdContacts = new ArrayList<>();
    List<Contact> planned = new ArrayList<>();
    List<Contact> plannedHousehold = new ArrayList<>();
    for (TimelineEvent e : later) {
      Optional<Contact> c = contactOf(e).filter(x -> x.direction() == Direction.OUTBOUND);
      if (c.isEmpty()) {
        continue;
      }
      if (e.customer().equals(customer.id())) {
        planned.add(c.get());
      } else if (household.isPresent() && memberAt(household.get(), e.customer(), e.at())) {
        plannedHousehold.add(c.get());
      }
    }
    Map<Channel, Instant> lastContact = new EnumMap<>(Channel.class);
    Map<EventId, OfferRecord> offers = new LinkedHashMap<>();
    Map<CaseId, List<CaseUpdated>> cases = new TreeMap<>();
    List<TimelineEvent> commitmentEvents = new ArrayList<>();
    List<OfferResponded> responses = new ArrayList<>();
    TreeSet<String> flags = new TreeSet<>();
    TreeSet<String> sources = new TreeSet<>();
    int purchases = 0;
    Instant lastPurchase = null;
    FeedbackReceived latestFeedback = null;
    Integer lastNps = null;
    Integer npsTrend = null;
    Integer lastCsat = null;
    Integer csatTrend = null;

    for (TimelineEvent e : ordered) {
      e.source().ifPresent(s -> sources.add(s.system()));
      if (!e.customer().equals(customer.id())) {
        boolean member = household.isPresent() && memberAt(household.get(), e.customer(), e.at());
        boolean everMember = household.isPresent() && everMember(household.get(), e.customer());
        if (!everMember) {
          throw new InvalidValueException(
              "CustomerViews.fold.events", e.id(), "events of " + customer.id() + " or of its household's members");
        }
        if (member) {
          contactOf(e).ifPresent(householdContacts::add);
        }
        continue;
      }
      Optional<Contact> contact = contactOf(e);
      contact.ifPresent(c -> {
        contacts.add(c);
        lastContact.put(c.channel(), c.at());
      });
      if (e instanceof OfferPresented) {
        offers.put(e.id(), ImmutableOfferRecord.builder().presented((OfferPresented) e).build());
      } else if (e instanceof OfferResponded) {
        responses.add((OfferResponded) e);
      } else if (e instanceof Transaction) {
        if (((Transaction) e).kind() == TransactionKind.PURCHASE) {
          purchases++;
          lastPurchase = e.at();
        }
      } else if (e instanceof CaseUpdated) {
        CaseUpdated u = (CaseUpdated) e;
        cases.computeIfAbsent(u.caseId(), k -> new ArrayList<>()).add(u);
      } else if (e instanceof FeedbackReceived) {
        FeedbackReceived f = (FeedbackReceived) e;
        if (f.survey() != SurveyKind.TEXT) {
          latestFeedback = f;
          int score = f.score().orElseThrow();
          if (f.survey() == SurveyKind.NPS) {
            npsTrend = lastNps == null ? null : score - lastNps;
            lastNps = score;
          } else {
            csatTrend = lastCsat == null ? null : score - lastCsat;
            lastCsat = score;
          }
        }
      } else if (e instanceof FlagChanged) {
        FlagChanged f = (FlagChanged) e;
        if (f.raised()) {
          flags.add(f.flag());
        } else {
          flags.remove(f.flag());
        }
      } else if (e instanceof CommitmentMade || e instanceof CommitmentFulfilled || e instanceof CommitmentCancelled) {
        commitmentEvents.add(e);
      }
    }

    // Responses are applied after every presentation is known, so that a response recorded at the
    // same instant as its presentation (but with a smaller event id) still finds it.
    for (OfferResponded r : responses) {
      OfferRecord rec = offers.get(r.presentation());
      if (rec == null) {
        throw new InvalidValueException(
            "OfferResponded.presentation", r.presentation(), "an offer presented to " + customer.id() + " by " + at);
      }
      offers.put(r.presentation(),
          ImmutableOfferRecord.builder().from(rec).response(r.response()).respondedAt(r.at()).build());
    }

    ImmutableCustomerView.Builder view = CustomerView.builder()
        .customer(customer)
        .asOf(at)
        .consent(consent)
        .preferences(preferences)
        .contacts(contacts)
        .householdContacts(householdContacts)
        .plannedContacts(planned)
        .plannedHouseholdContacts(plannedHousehold)
        .lastContactByChannel(lastContact)
        .commitments(Commitments.fold(commitmentEvents))
        .offers(offers.values())
        .purchaseCount(purchases)
        .lastPurchaseAt(Optional.ofNullable(lastPurchase))
        .latestFeedback(Optional.ofNullable(latestFeedback))
        .npsTrend(Optional.ofNullable(npsTrend))
        .csatTrend(Optional.ofNullable(csatTrend))
        .flags(flags)
        .sourceSystems(sources);
    for (List<CaseUpdated> history : cases.values()) {
      view.addCases(ServiceCase.of(history));
    }
    if (household.isPresent()) {
      Household h = household.get();
      Membership own = null;
      TreeSet<org.completecrm.core.CustomerId> others = new TreeSet<>();
      for (Membership m : h.memberships()) {
        if (!m.activeAt(at)) {
          continue;
        }
        if (!m.customer().equals(customer.id())) {
          others.add(m.customer());
        } else if (own == null) {
          own = m;
        }
      }
      if (own != null) {
        view.household(h.id()).householdRole(own.role()).householdMembers(others);
      }
    }
    return view.build();
  }

  /**
   * Whether {@code customer} was ever a member of {@code h}: {@code h.everMembers().contains(customer)},
   * without making the set (asked for every event of another customer).
   */
  private static boolean everMember(Household h, org.completecrm.core.CustomerId customer) {
    for (Membership m : h.memberships()) {
      if (m.customer().equals(customer)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code customer} was a member of {@code h} at {@code t}: {@code h.membershipAt(customer, t).isPresent()}. */
  private static boolean memberAt(Household h, org.completecrm.core.CustomerId customer, Instant t) {
    for (Membership m : h.memberships()) {
      if (m.customer().equals(customer) && m.activeAt(t)) {
        return true;
      }
    }
    return false;
  }

  /** The view of a customer without a household. */
  public static CustomerView fold(
      Customer customer, ConsentLedger consent, ChannelPreferences preferences,
      Collection<? extends TimelineEvent> events, Instant at) {
    return fold(customer, Optional.empty(), consent, preferences, events, at);
  }

  /** The distinct events at or before {@code at}, in order; those after it go to {@code later}, in order. */
  private static List<TimelineEvent> distinctUpTo(Collection<? extends TimelineEvent> events, Instant at,
      List<TimelineEvent> later) {
    Map<EventId, TimelineEvent> byId = new HashMap<>(2 * events.size());
    Map<EventId, TimelineEvent> laterById = new HashMap<>();
    // Each id's first event in the order given, then sorted only when that order is not already
    // the timeline's (a context's timeline usually comes in order): the same list either way, as
    // (instant, id) is a total order of distinct ids.
    List<TimelineEvent> ordered = new ArrayList<>(events.size());
    for (TimelineEvent e : events) {
      boolean isLater = e.at().isAfter(at);
      TimelineEvent seen = (isLater ? laterById : byId).putIfAbsent(e.id(), e);
      if (seen != null && !seen.equals(e)) {
        throw new InvalidValueException(
            "CustomerViews.fold.events", e.id(), "one event per id (two different events share this id)");
      }
      if (seen == null) {
        (isLater ? later : ordered).add(e);
      }
    }
    TimelineEvent.sortInOrder(ordered);
    TimelineEvent.sortInOrder(later);
    return ordered;
  }

  private static Optional<Contact> contactOf(TimelineEvent e) {
    if (e instanceof Interaction) {
      Interaction i = (Interaction) e;
      return Optional.of(Contact.builder().event(i.id()).customer(i.customer()).channel(i.channel())
          .direction(i.direction()).purpose(i.purpose()).at(i.at()).build());
    }
    if (e instanceof OfferPresented) {
      OfferPresented o = (OfferPresented) e;
      return Optional.of(Contact.builder().event(o.id()).customer(o.customer()).channel(o.channel())
          .direction(Direction.OUTBOUND).purpose(Optional.of(o.purpose())).at(o.at()).build());
    }
    return Optional.empty();
  }
}
