package org.completecrm.rules.condition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.commitment.CommitmentStatus;
import org.completecrm.core.internal.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.view.Contact;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.OfferRecord;
import org.completecrm.core.view.ServiceCase;

/**
 * What one decision knows: the event, the customer view, the scores and the instant, with the
 * derived facts rules and policies ask for (overdue commitments, open complaints, contacts in a
 * window) computed once per decision.
 *
 * <p>A {@code Facts} belongs to one decision on one thread: it memoises derived facts in plain
 * fields and is never shared.
 */
public final class Facts {
  private static final Comparator<OfferRecord> OFFER_ORDER =
      Comparator.comparing((OfferRecord o) -> o.presented().at()).thenComparing(o -> o.presented().id());

  private final DecisionEvent event;
  private final CustomerView view;
  private final Scores scores;
  private final Instant at;

  private List<Commitment> overdue;
  private List<Commitment> pending;
  private List<ServiceCase> openCases;
  private List<ServiceCase> openComplaints;
  private List<OfferRecord> outstanding;
  private Set<String> outstandingIds;
  private List<Contact> ownSorted;
  private List<Contact> householdSorted;
  private Map<OfferId, Instant> lastAccepted;
  private Map<OfferId, Instant> lastRejected;
  private final Map<Duration, int[]> windowCounts = new HashMap<>();

  private Facts(DecisionEvent event, CustomerView view, Scores scores, Instant at) {
    this.event = event;
    this.view = view;
    this.scores = scores;
    this.at = at;
  }

  /** The facts of one decision. */
  public static Facts of(DecisionEvent event, CustomerView view, Scores scores, Instant at) {
    Checks.present(event, "Decision.event");
    Checks.present(view, "Decision.view");
    Checks.present(scores, "Decision.scores");
    Checks.present(at, "Decision.at");
    return new Facts(event, view, scores, at);
  }

  /** The triggering event. */
  public DecisionEvent event() {
    return event;
  }

  /** The customer view. */
  public CustomerView view() {
    return view;
  }

  /** The analytic scores. */
  public Scores scores() {
    return scores;
  }

  /** The decision instant. */
  public Instant at() {
    return at;
  }

  /** Commitments overdue at the decision instant, oldest deadline first. */
  public List<Commitment> overdueCommitments() {
    if (overdue == null) {
      overdue = byStatus(true);
    }
    return overdue;
  }

  /** Commitments still to be kept at the decision instant, earliest deadline first. */
  public List<Commitment> pendingCommitments() {
    if (pending == null) {
      pending = byStatus(false);
    }
    return pending;
  }

  private List<Commitment> byStatus(boolean overdueOnly) {
    List<Commitment> out = new ArrayList<>();
    for (Commitment c : view.commitments()) {
      CommitmentStatus s = c.statusAt(at);
      if (overdueOnly ? s == CommitmentStatus.OVERDUE : s.isPending()) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing(Commitment::dueBy).thenComparing(Commitment::id));
    return Collections.unmodifiableList(out);
  }

  /** Cases still needing work, oldest first. */
  public List<ServiceCase> openCases() {
    if (openCases == null) {
      List<ServiceCase> out = new ArrayList<>();
      for (ServiceCase c : view.cases()) {
        if (c.isOpen()) {
          out.add(c);
        }
      }
      out.sort(Comparator.comparing(ServiceCase::openedAt).thenComparing(ServiceCase::id));
      openCases = Collections.unmodifiableList(out);
    }
    return openCases;
  }

  /** Open complaints, oldest first. */
  public List<ServiceCase> openComplaints() {
    if (openComplaints == null) {
      List<ServiceCase> out = new ArrayList<>();
      for (ServiceCase c : openCases()) {
        if (c.isOpenComplaint()) {
          out.add(c);
        }
      }
      openComplaints = Collections.unmodifiableList(out);
    }
    return openComplaints;
  }

  /** Whether the customer has an open problem: an open case or an overdue commitment. */
  public boolean hasOpenProblem() {
    return !openCases().isEmpty() || !overdueCommitments().isEmpty();
  }

  /** Offers awaiting a response at the decision instant, latest first: the reverse of timeline order (instant, then event id). */
  public List<OfferRecord> outstandingOffers() {
    if (outstanding == null) {
      List<OfferRecord> out = new ArrayList<>();
      List<OfferRecord> all = view.offers();
      boolean ordered = true;
      for (int i = all.size() - 1; i >= 0; i--) {
        OfferRecord o = all.get(i);
        if (ordered && i > 0 && outOfOrder(all.get(i - 1), o)) {
          ordered = false;
        }
        if (!o.presented().at().isAfter(at) && o.outstandingAt(at)) {
          out.add(o);
        }
      }
      if (!ordered) {
        out.sort(OFFER_ORDER.reversed());
      }
      outstanding = Collections.unmodifiableList(out);
    }
    return outstanding;
  }

  private static boolean outOfOrder(OfferRecord earlier, OfferRecord later) {
    int c = earlier.presented().at().compareTo(later.presented().at());
    return c > 0 || c == 0 && earlier.presented().id().compareTo(later.presented().id()) > 0;
  }

  /** The ids of the outstanding offers. */
  public Set<String> outstandingOfferIds() {
    if (outstandingIds == null) {
      TreeSet<String> ids = new TreeSet<>();
      for (OfferRecord o : outstandingOffers()) {
        ids.add(o.presented().offer().value());
      }
      outstandingIds = Collections.unmodifiableSet(ids);
    }
    return outstandingIds;
  }

  private void indexResponses() {
    if (lastAccepted != null) {
      return;
    }
    lastAccepted = new HashMap<>();
    lastRejected = new HashMap<>();
    for (OfferRecord o : view.offers()) {
      OfferResponse r = o.response().orElse(null);
      if (r != OfferResponse.ACCEPTED && r != OfferResponse.REJECTED) {
        continue;
      }
      Instant t = o.respondedAt().orElse(o.presented().at());
      if (t.isAfter(at)) {
        continue;
      }
      Map<OfferId, Instant> target = r == OfferResponse.ACCEPTED ? lastAccepted : lastRejected;
      Instant seen = target.get(o.presented().offer());
      if (seen == null || t.isAfter(seen)) {
        target.put(o.presented().offer(), t);
      }
    }
  }

  /** The latest rejection of {@code offer} at or before the decision instant, if any. */
  public Optional<Instant> lastRejection(OfferId offer) {
    indexResponses();
    return Optional.ofNullable(lastRejected.get(offer));
  }

  /** The latest acceptance of {@code offer} at or before the decision instant, if any. */
  public Optional<Instant> lastAcceptance(OfferId offer) {
    indexResponses();
    return Optional.ofNullable(lastAccepted.get(offer));
  }

  /** How often {@code offer} was presented in {@code (at - window, at]}. */
  public int presentationsWithin(OfferId offer, Duration window) {
    Instant from = at.minus(window);
    int n = 0;
    for (OfferRecord o : view.offers()) {
      Instant t = o.presented().at();
      if (t.isAfter(from) && !t.isAfter(at) && o.presented().offer().equals(offer)) {
        n++;
      }
    }
    return n;
  }

  /** The latest scored NPS answer's score, if the latest scored answer is an NPS one. */
  public Optional<Integer> latestNps() {
    return view.latestFeedback().filter(f -> f.survey() == SurveyKind.NPS).flatMap(f -> f.score());
  }

  /** The latest scored CSAT answer's score, if the latest scored answer is a CSAT one. */
  public Optional<Integer> latestCsat() {
    return view.latestFeedback().filter(f -> f.survey() == SurveyKind.CSAT).flatMap(f -> f.score());
  }

  /**
   * Contacts in {@code [at - window, at]}: index 0 all, 1 inbound, 2 outbound.
   */
  int[] contactCounts(Duration window) {
    int[] counts = windowCounts.get(window);
    if (counts == null) {
      counts = new int[3];
      Instant from = at.minus(window);
      List<Contact> own = ownContacts();
      for (int i = firstAfter(own, from.minusNanos(1)); i < own.size(); i++) {
        Contact c = own.get(i);
        if (c.at().isAfter(at)) {
          break;
        }
        counts[0]++;
        counts[c.direction() == Direction.INBOUND ? 1 : 2]++;
      }
      windowCounts.put(window, counts);
    }
    return counts;
  }

  /** The customer's own contacts ordered by instant (the view's order when it is already sorted). */
  public List<Contact> ownContacts() {
    if (ownSorted == null) {
      ownSorted = sorted(view.contacts());
    }
    return ownSorted;
  }

  /** Contacts with other household members, ordered by instant. */
  public List<Contact> householdContacts() {
    if (householdSorted == null) {
      householdSorted = sorted(view.householdContacts());
    }
    return householdSorted;
  }

  private static List<Contact> sorted(List<Contact> contacts) {
    for (int i = 1; i < contacts.size(); i++) {
      if (contacts.get(i - 1).at().isAfter(contacts.get(i).at())) {
        List<Contact> copy = new ArrayList<>(contacts);
        copy.sort(Comparator.comparing(Contact::at).thenComparing(Contact::event));
        return Collections.unmodifiableList(copy);
      }
    }
    return contacts;
  }

  /** The index of the first contact strictly after {@code t} in a list ordered by instant. */
  public static int firstAfter(List<Contact> sorted, Instant t) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).at().isAfter(t)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The latest contact of the customer at or before the decision instant, if any. */
  public Optional<Instant> lastContact() {
    List<Contact> own = ownContacts();
    int i = firstAfter(own, at) - 1;
    return i >= 0 ? Optional.of(own.get(i).at()) : Optional.empty();
  }

  /** Whether a contact matches an optional channel and purpose (an unknown purpose matches any). */
  public static boolean matches(Contact c, Optional<Channel> channel, Optional<Purpose> purpose) {
    if (channel.isPresent() && c.channel() != channel.get()) {
      return false;
    }
    return purpose.isEmpty() || c.purpose().isEmpty() || c.purpose().get() == purpose.get();
  }
}
