package org.completecrm.core.preference;

import java.util.List;
import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.interest.TopicEntry;

/**
 * What the preference centre made of a request: accepted, with the ledger entries to append, the
 * new preferences and the data request to carry out (each if any); or refused, with reasons.
 *
 * @param accepted whether the request was accepted
 * @param entries consent entries to append to the customer's ledger, with the session as evidence
 * @param topicEntries entries to append to the customer's topic ledger, with the session as evidence
 * @param preferences the customer's new channel preferences, if they changed
 * @param dataRequest the data-subject request for the host to carry out with {@code DataSubjectRights}
 * @param reasons why it was refused, in plain words (empty when accepted)
 */
public record PreferenceOutcome(boolean accepted, List<ConsentEntry> entries, List<TopicEntry> topicEntries,
    Optional<ChannelPreferences> preferences,
    Optional<DataRequest> dataRequest, List<String> reasons) {

  /** A data-subject request accepted for the host to carry out. */
  public enum DataRequest {
    /** Export everything held ({@code DataSubjectRights.export}). */
    EXPORT,
    /** Erase everything held ({@code DataSubjectRights.erase}). */
    ERASURE
  }

  /** Validates: lists without nulls; reasons exactly when refused. */
  public PreferenceOutcome {
    entries = List.copyOf(Checks.noNulls(Checks.present(entries, "PreferenceOutcome.entries"), "PreferenceOutcome.entries"));
    topicEntries = List.copyOf(Checks.noNulls(Checks.present(topicEntries, "PreferenceOutcome.topicEntries"),
        "PreferenceOutcome.topicEntries"));
    reasons = List.copyOf(Checks.noNulls(Checks.present(reasons, "PreferenceOutcome.reasons"), "PreferenceOutcome.reasons"));
    Checks.present(preferences, "PreferenceOutcome.preferences");
    Checks.present(dataRequest, "PreferenceOutcome.dataRequest");
    if (accepted == !reasons.isEmpty()) {
      throw new InvalidValueException("PreferenceOutcome.reasons", reasons.size() + " reasons", "reasons exactly when refused");
    }
  }

  static PreferenceOutcome entries(List<ConsentEntry> entries) {
    return new PreferenceOutcome(true, entries, List.of(), Optional.empty(), Optional.empty(), List.of());
  }

  static PreferenceOutcome refused(String reason) {
    return new PreferenceOutcome(false, List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(reason));
  }

  static PreferenceOutcome topic(TopicEntry entry) {
    return new PreferenceOutcome(true, List.of(), List.of(entry), Optional.empty(), Optional.empty(), List.of());
  }
}
