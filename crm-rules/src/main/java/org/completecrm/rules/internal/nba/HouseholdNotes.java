package org.completecrm.rules.internal.nba;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.commitment.CommitmentStatus;
import org.completecrm.core.view.HouseholdView;
import org.completecrm.rules.condition.internal.HouseholdFacts;
import org.completecrm.rules.explain.internal.Instants;
import org.completecrm.rules.response.Durations;
import org.completecrm.rules.ruleset.PolicySettings;

/**
 * What the employee should know about the rest of the household: promises made to other members,
 * their open complaints, and, when the rule set turned household suppression off, the harm signal
 * that did not suppress marketing. Members are named by position and role.
 */
final class HouseholdNotes {
  private HouseholdNotes() {}

  /** The parts the notes need, taken from the facts now; empty when there is nothing to say. */
  static Optional<Parts> of(HouseholdFacts h, PolicySettings settings) {
    List<HouseholdView.MemberCommitment> promises = h.othersPendingCommitments();
    List<HouseholdView.MemberCase> complaints = new ArrayList<>();
    for (HouseholdView.MemberCase c : h.openComplaints()) {
      if (h.others().contains(c.member())) {
        complaints.add(c);
      }
    }
    Optional<HouseholdFacts.HarmSignal> unsuppressed = settings.householdSuppression() ? Optional.empty()
        : h.harmSignal(PolicySettings.HOUSEHOLD_HARM_FLAGS, settings.suppressionFlags());
    if (promises.isEmpty() && complaints.isEmpty() && unsuppressed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Parts(promises, complaints, unsuppressed, settings.householdSuppressionOff()));
  }

  /** The household's lines. */
  record Parts(List<HouseholdView.MemberCommitment> promises, List<HouseholdView.MemberCase> complaints,
      Optional<HouseholdFacts.HarmSignal> unsuppressed, Optional<String> offBecause) {
    List<String> lines(Instant at) {
      List<String> notes = new ArrayList<>();
      for (HouseholdView.MemberCommitment p : promises) {
        Commitment c = p.commitment();
        boolean overdue = c.statusAt(at) == CommitmentStatus.OVERDUE;
        notes.add("Promise to " + p.member().label() + " of the household: " + c.describe(at)
            + (overdue ? " (" + Durations.words(Duration.between(c.dueBy(), at)) + " late)" : "") + ".");
      }
      for (HouseholdView.MemberCase c : complaints) {
        notes.add("Household: " + c.member().label() + " has open complaint " + c.serviceCase().id() + " ("
            + c.serviceCase().severity().name().toLowerCase(Locale.ROOT) + " severity) since "
            + Instants.iso(c.serviceCase().openedAt()) + ".");
      }
      if (unsuppressed.isPresent()) {
        HouseholdFacts.HarmSignal s = unsuppressed.get();
        notes.add("Household suppression is off in this rule set (" + offBecause.orElse("") + "): "
            + s.member().label() + (s.flag().isPresent() ? "'s '" + s.flag().get() + "' flag"
            : "'s open complaint of " + s.complaintSeverity().get().name().toLowerCase(Locale.ROOT) + " severity")
            + " did not suppress marketing to the other members.");
      }
      return notes;
    }
  }
}
