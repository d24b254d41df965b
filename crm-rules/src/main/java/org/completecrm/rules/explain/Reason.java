package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * One reason in an explanation: the stage, what decided (a rule {@code rule:service-recovery}, a
 * policy {@code policy:quiet-hours}, a consent entry {@code consent:EMAIL/MARKETING}) and a
 * sentence a frontline employee can read.
 *
 * <p>A reason is data first, words second: each kind is a record with the typed fields that
 * decided (the channel and purpose with the deciding consent entry, the cap with its window and
 * count, the rank with its score) and writes its sentence only when it is read, so that a campaign
 * run, whose explanations are mostly never read, writes no sentences. Equality compares the fields,
 * never the sentence. As JSON a reason is its stage, decider and sentence ({@code {"by", "stage",
 * "text"}}); read back, it is a {@link StatedReason}, known by those three alone.
 */
@JsonSerialize(using = ReasonJson.class)
public sealed interface Reason permits StatedReason, RuleProposed, RuleSuppressed, ActionConditionFailed,
    NotYetAvailable, AvailabilityEnded, AlreadyAccepted, UpsellDuringComplaint, UpsellWhileValueFalls,
    BeyondMaxActions, PresentationLimitReached, Ranking, SuppressedByFlag, MarketingDuringComplaint,
    DetractorFeedback, CoolingDown, NoChannels, NotAnOutboundChannel, QuietAllDay, ConsentRefused,
    CustomerFrequencyReached, CapReached, ChannelVolumeReached, InCustomerSession, ContactNow,
    DeferredForQuietHours, ChosenBecause {

  /** A reason known only by its words, as read from JSON: see {@link StatedReason}. */
  @JsonCreator
  static Reason of(@JsonProperty("stage") Stage stage, @JsonProperty("by") String by,
      @JsonProperty("text") String text) {
    return new StatedReason(stage, by, text);
  }

  /** The stage. */
  Stage stage();

  /** What decided: {@code rule:<id>}, {@code policy:<name>}, {@code consent:<channel>/<purpose>}, {@code action:<id>}. */
  String by();

  /** The sentence, written when read. */
  String text();
}
