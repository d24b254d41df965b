package org.completecrm.rules.condition.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.commitment.CommitmentStatus;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.view.Contact;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.HouseholdView;
import org.completecrm.core.view.OfferRecord;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.rules.event.DecisionEvent;
import org.jspecify.annotations.Nullable;

/**
 * What one decision knows: the event, the customer view, the scores and the instant, with the
 * derived facts rules and policies ask for (overdue commitments, open complaints, contacts in a
 * window) computed once per decision.
 *
 * <p>A {@code Facts} belongs to one decision on one thread: it memoises derived facts in plain
 * fields and is never shared.
 */
public final class Facts {
  private final DecisionEvent event;
  private final CustomerView view;
  private final Scores scores;
  private final Instant at;
  private final @Nullable HouseholdFacts household;
  private @Nullable List<Commitment> overdue;
  private @Nullable List<Commitment> pending;
  private @Nullable List<ServiceCase> openCases;
  private @Nullable List<ServiceCase> openComplaints;
  private @Nullable List<OfferRecord> outstanding;
  private @Nullable Set<String> outstandingIds;
  private int contactsUpToNow = -1;
  private static final int KEPT_WINDOWS = 16;
  private static final Duration[] NO_WINDOWS = new Duration[0];
  private static final int[] NO_COUNTS = new int[0];
  private Duration[] keptWindows = NO_WINDOWS; // made on first use
  private int[] keptBefore = NO_COUNTS;
  private int windowsKept;
  private final @Nullable Object[] memo = new Object[Fields.memoSlots()];
  private final double[] numbers = new double[Fields.memoSlots()];
  private final boolean[] numberRead = new boolean[Fields.memoSlots()];
  private static final Object ABSENT = new Object();
  // Plain comparators: Comparator.comparing chains' shared key-extractor call may turn megamorphic.
  private static final Comparator<Commitment> EARLIEST_DUE = (a, b) -> {
    int c = a.dueBy().compareTo(b.dueBy());
    return c != 0 ? c : a.id().compareTo(b.id());
  };
  private static final Comparator<ServiceCase> OLDEST_FIRST = (a, b) -> {
    int c = a.openedAt().compareTo(b.openedAt());
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  private Facts(DecisionEvent event, CustomerView view, Scores scores, Instant at, @Nullable HouseholdView household) {
    this.event = event;
    this.view = view;
    this.scores = scores;
    this.at = at;
    this.household = household == null ? null : HouseholdFacts.of(household, view.customerId(), at);
  }

  /** The facts of one decision without a household. */
  public static Facts of(DecisionEvent event, CustomerView view, Scores scores, Instant at) {
    return of(event, view, scores, at, Optional.empty());
  }

  /** The facts of one decision, with the household's when {@code household} is given (as of {@code at}). */
  public static Facts of(DecisionEvent event, CustomerView view, Scores scores, Instant at,
      Optional<HouseholdView> household) {
    Checks.present(event, "Decision.event");
    Checks.present(view, "Decision.view");
    Checks.present(scores, "Decision.scores");
    Checks.instant(at, "Decision.at");
    return new Facts(event, view, scores, at, Checks.present(household, "Decision.household").orElse(null));
  }

  /** The household's facts, or null without a household view. */
  public @Nullable HouseholdFacts household() {
    return household;
  }

  /** The value of {@code field} in this decision: fixed fields are read once and memoised, the others each time. */
  @Nullable Object read(Field field, @Nullable Duration within) {
    int slot = field.slot;
    if (slot < 0) {
      return field.extract.get(this, within);
    }
    Object v = memo[slot];
    if (v == null) {
      v = field.extract.get(this, within);
      memo[slot] = v == null ? ABSENT : v;
      return v;
    }
    return v == ABSENT ? null : v;
  }

  /** The value of the number field {@code field}, unboxed and memoised like {@link #read}; NaN when absent. */
  double number(Field field, @Nullable Duration within) {
    int slot = field.slot;
    if (slot < 0) {
      return field.number.get(this, within);
    }
    if (!numberRead[slot]) {
      numbers[slot] = field.number.get(this, within);
      numberRead[slot] = true;
    }
    return numbers[slot];
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
    if (out.size() > 1) {
      out.sort(EARLIEST_DUE);
    }
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
      if (out.size() > 1) {
        out.sort(OLDEST_FIRST);
      }
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

  /** Whether the customer has an open problem: an open case or an overdue commitment (to them or another member). */
  public boolean hasOpenProblem() {
    return !openCases().isEmpty() || !overdueCommitments().isEmpty()
        || household != null && !household.othersOverdueCommitments().isEmpty();
  }

  /** Offers awaiting a response at the decision instant, latest first: the reverse of timeline order (instant, then event id). */
  public List<OfferRecord> outstandingOffers() {
    if (outstanding == null) {
      outstanding = view.timeline().outstandingAt(at);
    }
    return outstanding;
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

  /** The latest rejection of {@code offer} at or before the decision instant, if any. */
  public Optional<Instant> lastRejection(OfferId offer) {
    return view.timeline().lastRejection(offer, at);
  }

  /** The latest acceptance of {@code offer} at or before the decision instant, if any. */
  public Optional<Instant> lastAcceptance(OfferId offer) {
    return view.timeline().lastAcceptance(offer, at);
  }

  /** How often {@code offer} was presented in {@code (at - window, at]}. */
  public int presentationsWithin(OfferId offer, Duration window) {
    return view.timeline().presentations(offer, at.minus(window), at);
  }

  /** The latest scored NPS answer's score, if the latest scored answer is an NPS one. */
  public Optional<Integer> latestNps() {
    return view.latestFeedback().filter(f -> f.survey() == SurveyKind.NPS).flatMap(f -> f.score());
  }

  /** The latest scored CSAT answer's score, if the latest scored answer is a CSAT one. */
  public Optional<Integer> latestCsat() {
    return view.latestFeedback().filter(f -> f.survey() == SurveyKind.CSAT).flatMap(f -> f.score());
  }

  /** The customer's own contacts in {@code [at - window, at]}, both directions. */
  public int contactsWithin(Duration window) {
    return Math.max(0, contactsUpToNow() - contactsBefore(window));
  }

  /** The customer's own outbound contacts in {@code [at - window, at]}. */
  public int outboundWithin(Duration window) {
    return view.timeline().outboundAmong(contactsBefore(window), contactsUpToNow());
  }

  /**
   * The customer's own contacts before {@code at - window}, each window's found once in a decision:
   * a rule set asks about contacts in a window in many rules, often the same window (a bisection of
   * the timeline each time was a twentieth of firing a campaign customer's rules). A few windows are
   * kept, by equality; more are found each time.
   */
  private int contactsBefore(Duration window) {
    for (int i = 0; i < windowsKept; i++) {
      if (keptWindows[i].equals(window)) {
        return keptBefore[i];
      }
    }
    int before = view.timeline().contactsBefore(at.minus(window));
    if (windowsKept < KEPT_WINDOWS) {
      if (keptWindows.length == 0) {
        keptWindows = new Duration[KEPT_WINDOWS];
        keptBefore = new int[KEPT_WINDOWS];
      }
      keptWindows[windowsKept] = window;
      keptBefore[windowsKept++] = before;
    }
    return before;
  }

  private int contactsUpToNow() {
    if (contactsUpToNow < 0) {
      contactsUpToNow = view.timeline().contactsUpTo(at);
    }
    return contactsUpToNow;
  }

  /** The customer's own contacts ordered by instant (the view's order when it is already sorted). */
  public List<Contact> ownContacts() {
    return view.timeline().contacts();
  }

  /** Contacts with other household members, ordered by instant. */
  public List<Contact> householdContacts() {
    return view.timeline().householdContacts();
  }

  /** Outbound contacts already planned after the view's instant, ordered by instant: they count towards caps from when they are planned. */
  public List<Contact> plannedContacts() {
    return view.timeline().plannedContacts();
  }

  /** Outbound contacts planned after the view's instant with other household members, ordered by instant. */
  public List<Contact> plannedHouseholdContacts() {
    return view.timeline().plannedHouseholdContacts();
  }

  /** The latest contact of the customer at or before the decision instant, if any. */
  public Optional<Instant> lastContact() {
    return view.timeline().lastContact(at);
  }

  /** Whether a contact matches an optional channel and purpose (an unknown purpose matches any). */
  public static boolean matches(Contact c, Optional<Channel> channel, Optional<Purpose> purpose) {
    if (channel.isPresent() && c.channel() != channel.get()) {
      return false;
    }
    return purpose.isEmpty() || c.purpose().isEmpty() || c.purpose().get() == purpose.get();
  }
}
