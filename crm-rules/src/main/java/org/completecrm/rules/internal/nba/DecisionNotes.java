package org.completecrm.rules.internal.nba;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.rules.explain.internal.Instants;
import org.completecrm.core.view.OfferRecord;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.Notes;
import org.completecrm.rules.response.Durations;
import org.completecrm.rules.ruleset.PolicySettings;

/** What the employee should know about the customer: overdue promises, open complaints, offers without an answer, flags. */
final class DecisionNotes {
  private static final int MAX_OFFER_NOTES = 3;

  private DecisionNotes() {}

  /**
   * What the employee should know, written when first read from the parts of the view it needs
   * (not the facts, whose memos a kept decision need not hold on to).
   */
  static Notes of(Facts facts, PolicySettings settings, List<String> languages) {
    List<Commitment> overdue = facts.overdueCommitments();
    List<ServiceCase> complaints = facts.openComplaints();
    List<OfferRecord> outstanding = facts.outstandingOffers();
    Set<String> flags = facts.view().flags();
    Instant at = facts.at();
    Optional<HouseholdNotes.Parts> household = facts.household() == null ? Optional.empty()
        : HouseholdNotes.of(facts.household(), settings);
    if (overdue.isEmpty() && complaints.isEmpty() && outstanding.isEmpty() && flags.isEmpty() && household.isEmpty()
        && languages.isEmpty()) {
      return Notes.none();
    }
    if (household.isEmpty() && languages.isEmpty()) {
      return Notes.worded(() -> notes(overdue, complaints, outstanding, flags, at));
    }
    return Notes.worded(() -> {
      List<String> all = new ArrayList<>(notes(overdue, complaints, outstanding, flags, at));
      household.ifPresent(h -> all.addAll(h.lines(at)));
      all.addAll(languages);
      return all;
    });
  }

  private static List<String> notes(List<Commitment> overdue, List<ServiceCase> complaints,
      List<OfferRecord> outstanding, Set<String> flags, Instant at) {
    List<String> notes = new ArrayList<>();
    for (Commitment c : overdue) {
      notes.add("Overdue promise: " + c.describe(at) + " (" + Durations.words(Duration.between(c.dueBy(), at))
          + " late).");
    }
    for (ServiceCase c : complaints) {
      notes.add("Open complaint " + c.id() + " (" + c.severity().name().toLowerCase(java.util.Locale.ROOT)
          + " severity) since " + Instants.iso(c.openedAt()) + c.team().map(t -> ", owned by " + t).orElse("") + ".");
    }
    for (OfferRecord o : outstanding.subList(0, Math.min(MAX_OFFER_NOTES, outstanding.size()))) {
      notes.add("The customer has offer " + o.presented().offer() + ", sent by " + o.presented().channel() + " on "
          + Instants.iso(o.presented().at()) + o.presented().campaign().map(c -> " (campaign " + c + ")").orElse("")
          + o.presented().expiresAt().map(e -> ", open until " + Instants.iso(e)).orElse("") + ", no answer yet.");
    }
    if (outstanding.size() > MAX_OFFER_NOTES) {
      notes.add("And " + (outstanding.size() - MAX_OFFER_NOTES) + " older offer"
          + (outstanding.size() - MAX_OFFER_NOTES == 1 ? "" : "s") + " without an answer.");
    }
    for (String f : new java.util.TreeSet<>(flags)) {
      notes.add("Flag raised: " + f + ".");
    }
    return notes;
  }
}
