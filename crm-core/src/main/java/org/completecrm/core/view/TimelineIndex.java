package org.completecrm.core.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.OfferResponse;

/**
 * Lookups over one view's timeline that decisions ask again and again, built in one pass the
 * first time {@link CustomerView#timeline()} is called and kept with the view: contacts ordered by
 * instant with running outbound counts, and for every offer the instants it was presented,
 * accepted and turned down.
 *
 * <p>Every lookup takes the instant it is asked about, so a view can be asked about any instant,
 * not only its {@link CustomerView#asOf()}. Lookups cost a binary search, not a pass over the
 * timeline.
 */
public final class TimelineIndex {
  private static final Comparator<Contact> CONTACT_ORDER =
      Comparator.comparing(Contact::at).thenComparing(Contact::event);
  private static final Comparator<OfferRecord> LATEST_OFFER_FIRST =
      Comparator.comparing((OfferRecord o) -> o.presented().at()).thenComparing(o -> o.presented().id()).reversed();
  private static final Instant[] NONE = new Instant[0];

  private final List<Contact> contacts;
  private final long[] contactSeconds;
  private final int[] contactNanos;
  private final int[] outboundBefore;
  private final List<Contact> householdContacts;
  private final List<Contact> plannedContacts;
  private final List<Contact> plannedHouseholdContacts;
  private final Map<OfferId, OfferHistory> offers;
  private final List<OfferRecord> unanswered;
  private final boolean unansweredExpire;

  private TimelineIndex(CustomerView view) {
    contacts = byInstant(view.contacts());
    contactSeconds = new long[contacts.size()];
    contactNanos = new int[contacts.size()];
    outboundBefore = new int[contacts.size() + 1];
    for (int i = 0; i < contacts.size(); i++) {
      Contact c = contacts.get(i);
      contactSeconds[i] = c.at().getEpochSecond();
      contactNanos[i] = c.at().getNano();
      outboundBefore[i + 1] = outboundBefore[i] + (c.direction() == Direction.OUTBOUND ? 1 : 0);
    }
    householdContacts = byInstant(view.householdContacts());
    plannedContacts = byInstant(view.plannedContacts());
    plannedHouseholdContacts = byInstant(view.plannedHouseholdContacts());
    Map<OfferId, OfferTimes> times = new HashMap<>();
    List<OfferRecord> open = new ArrayList<>();
    for (OfferRecord o : view.offers()) {
      OfferTimes t = times.computeIfAbsent(o.presented().offer(), k -> new OfferTimes());
      t.presented.add(o.presented().at());
      OfferResponse r = o.response().orElse(null);
      if (r == null) {
        open.add(o);
      } else if (r == OfferResponse.ACCEPTED || r == OfferResponse.REJECTED) {
        (r == OfferResponse.ACCEPTED ? t.accepted : t.rejected).add(o.respondedAt().orElse(o.presented().at()));
      }
    }
    Map<OfferId, OfferHistory> histories = new HashMap<>();
    times.forEach((offer, t) ->
        histories.put(offer, new OfferHistory(sorted(t.presented), sorted(t.accepted), sorted(t.rejected))));
    offers = histories;
    open.sort(LATEST_OFFER_FIRST);
    unanswered = Collections.unmodifiableList(open);
    unansweredExpire = open.stream().anyMatch(o -> o.presented().expiresAt().isPresent());
  }

  /**
   * Builds the index of {@code view} in one pass over its lists. {@link CustomerView#timeline()}
   * builds it once and keeps it; call this only to measure or to hold an index apart from its view.
   */
  public static TimelineIndex of(CustomerView view) {
    return new TimelineIndex(Checks.present(view, "TimelineIndex.of.view"));
  }

  private static Instant[] sorted(List<Instant> instants) {
    if (instants.isEmpty()) {
      return NONE;
    }
    Instant[] a = instants.toArray(NONE);
    Arrays.sort(a);
    return a;
  }

  private static List<Contact> byInstant(List<Contact> contacts) {
    for (int i = 1; i < contacts.size(); i++) {
      if (contacts.get(i - 1).at().isAfter(contacts.get(i).at())) {
        List<Contact> copy = new ArrayList<>(contacts);
        copy.sort(CONTACT_ORDER);
        return Collections.unmodifiableList(copy);
      }
    }
    return contacts;
  }

  /** The customer's own contacts ordered by instant (the view's own order when it already is). */
  public List<Contact> contacts() {
    return contacts;
  }

  /** Contacts with other household members, ordered by instant. */
  public List<Contact> householdContacts() {
    return householdContacts;
  }

  /** Outbound contacts planned after the view's instant, ordered by instant (see {@link CustomerView#plannedContacts()}). */
  public List<Contact> plannedContacts() {
    return plannedContacts;
  }

  /** Outbound contacts planned after the view's instant with other household members, ordered by instant. */
  public List<Contact> plannedHouseholdContacts() {
    return plannedHouseholdContacts;
  }

  /** The customer's own contacts in {@code [from, to]}, both directions. */
  public int contactsBetween(Instant from, Instant to) {
    return Math.max(0, contactsUpTo(to) - contactsBefore(from));
  }

  /** The customer's own outbound contacts in {@code [from, to]}. */
  public int outboundBetween(Instant from, Instant to) {
    return outboundAmong(contactsBefore(from), contactsUpTo(to));
  }

  /** How many of the customer's own contacts are at or before {@code t}: the position after them in {@link #contacts()}. */
  public int contactsUpTo(Instant t) {
    return ownBefore(Checks.present(t, "TimelineIndex.contactsUpTo.t"), true);
  }

  /** How many of the customer's own contacts are strictly before {@code t}. */
  public int contactsBefore(Instant t) {
    return ownBefore(Checks.present(t, "TimelineIndex.contactsBefore.t"), false);
  }

  /** The outbound contacts among positions {@code [from, to)} of {@link #contacts()} (none when {@code to <= from}). */
  public int outboundAmong(int from, int to) {
    if (from < 0 || to > contacts.size()) {
      throw new org.completecrm.core.InvalidValueException("TimelineIndex.outboundAmong", "[" + from + ", " + to + ")",
          "positions within [0, " + contacts.size() + "]");
    }
    return to > from ? outboundBefore[to] - outboundBefore[from] : 0;
  }

  /** How many own contacts fall before {@code t} (and at {@code t} when {@code inclusive}). */
  private int ownBefore(Instant t, boolean inclusive) {
    long sec = t.getEpochSecond();
    int nano = t.getNano();
    int lo = 0;
    int hi = contactSeconds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      long s = contactSeconds[mid];
      int c = s != sec ? Long.compare(s, sec) : Integer.compare(contactNanos[mid], nano);
      if (c < 0 || c == 0 && inclusive) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The latest contact of the customer at or before {@code at}, if any. */
  public Optional<Instant> lastContact(Instant at) {
    int i = ownBefore(Checks.present(at, "TimelineIndex.at"), true) - 1;
    return i >= 0 ? Optional.of(contacts.get(i).at()) : Optional.empty();
  }

  /** The latest acceptance of {@code offer} at or before {@code at}, if any. */
  public Optional<Instant> lastAcceptance(OfferId offer, Instant at) {
    OfferHistory h = offers.get(Checks.present(offer, "TimelineIndex.offer"));
    return h == null ? Optional.empty() : latestUpTo(h.accepted, Checks.present(at, "TimelineIndex.at"));
  }

  /** The latest rejection of {@code offer} at or before {@code at}, if any. */
  public Optional<Instant> lastRejection(OfferId offer, Instant at) {
    OfferHistory h = offers.get(Checks.present(offer, "TimelineIndex.offer"));
    return h == null ? Optional.empty() : latestUpTo(h.rejected, Checks.present(at, "TimelineIndex.at"));
  }

  /** How often {@code offer} was presented in {@code (after, upTo]}. */
  public int presentations(OfferId offer, Instant after, Instant upTo) {
    OfferHistory h = offers.get(Checks.present(offer, "TimelineIndex.offer"));
    if (h == null) {
      return 0;
    }
    return Math.max(0, countUpTo(h.presented, Checks.present(upTo, "TimelineIndex.upTo"))
        - countUpTo(h.presented, Checks.present(after, "TimelineIndex.after")));
  }

  /**
   * Offers awaiting a response at {@code at}: presented at or before it, no response and not
   * lapsed; latest first (the reverse of timeline order: instant, then event id).
   */
  public List<OfferRecord> outstandingAt(Instant at) {
    Checks.present(at, "TimelineIndex.at");
    int lo = 0;
    int hi = unanswered.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (unanswered.get(mid).presented().at().isAfter(at)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (!unansweredExpire) {
      return unanswered.subList(lo, unanswered.size());
    }
    List<OfferRecord> out = new ArrayList<>();
    for (OfferRecord o : unanswered.subList(lo, unanswered.size())) {
      if (!o.presented().at().isAfter(at) && o.outstandingAt(at)) {
        out.add(o);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static Optional<Instant> latestUpTo(Instant[] sorted, Instant at) {
    int n = countUpTo(sorted, at);
    return n == 0 ? Optional.empty() : Optional.of(sorted[n - 1]);
  }

  /** How many of the sorted instants are at or before {@code t}. */
  private static int countUpTo(Instant[] sorted, Instant t) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid].isAfter(t)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static final class OfferTimes {
    final List<Instant> presented = new ArrayList<>();
    final List<Instant> accepted = new ArrayList<>();
    final List<Instant> rejected = new ArrayList<>();
  }

  private static final class OfferHistory {
    final Instant[] presented;
    final Instant[] accepted;
    final Instant[] rejected;

    OfferHistory(Instant[] presented, Instant[] accepted, Instant[] rejected) {
      this.presented = presented;
      this.accepted = accepted;
      this.rejected = rejected;
    }
  }
}
