package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One reason in an explanation: the stage, what decided (a rule {@code rule:service-recovery}, a
 * policy {@code policy:quiet-hours}, a consent entry {@code consent:EMAIL/MARKETING}) and a
 * sentence a frontline employee can read.
 *
 * <p>A reason is data first, words second: each kind is a record with the typed fields that
 * decided (the channel and purpose with the deciding consent entry, the cap with its window and
 * count, the rank with its score) and writes its sentence only when it is read, so that a campaign
 * run, whose explanations are mostly never read, writes no sentences. Equality compares the fields,
 * never the sentence.
 *
 * <p>As JSON a reason is its kind ({@code "type"}), its fields, and, for people and for tools that
 * read no further, its decider, stage and sentence ({@code "by"}, {@code "stage"}, {@code "text"}),
 * which are written, never read: a reason read back is the same value. An object without a {@code
 * "type"} (a decision written before 0.2.0) reads as a {@link StatedReason}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
    defaultImpl = StatedReason.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = RuleProposed.class, name = "ruleProposed"),
    @JsonSubTypes.Type(value = RuleSuppressed.class, name = "ruleSuppressed"),
    @JsonSubTypes.Type(value = ActionConditionFailed.class, name = "actionConditionFailed"),
    @JsonSubTypes.Type(value = NotYetAvailable.class, name = "notYetAvailable"),
    @JsonSubTypes.Type(value = AvailabilityEnded.class, name = "availabilityEnded"),
    @JsonSubTypes.Type(value = AlreadyAccepted.class, name = "alreadyAccepted"),
    @JsonSubTypes.Type(value = UpsellDuringComplaint.class, name = "upsellDuringComplaint"),
    @JsonSubTypes.Type(value = UpsellWhileValueFalls.class, name = "upsellWhileValueFalls"),
    @JsonSubTypes.Type(value = BeyondMaxActions.class, name = "beyondMaxActions"),
    @JsonSubTypes.Type(value = PresentationLimitReached.class, name = "presentationLimitReached"),
    @JsonSubTypes.Type(value = Ranking.class, name = "ranking"),
    @JsonSubTypes.Type(value = SuppressedByFlag.class, name = "suppressedByFlag"),
    @JsonSubTypes.Type(value = MarketingDuringComplaint.class, name = "marketingDuringComplaint"),
    @JsonSubTypes.Type(value = DetractorFeedback.class, name = "detractorFeedback"),
    @JsonSubTypes.Type(value = CoolingDown.class, name = "coolingDown"),
    @JsonSubTypes.Type(value = NoChannels.class, name = "noChannels"),
    @JsonSubTypes.Type(value = NotAnOutboundChannel.class, name = "notAnOutboundChannel"),
    @JsonSubTypes.Type(value = QuietAllDay.class, name = "quietAllDay"),
    @JsonSubTypes.Type(value = ConsentRefused.class, name = "consentRefused"),
    @JsonSubTypes.Type(value = CustomerFrequencyReached.class, name = "customerFrequencyReached"),
    @JsonSubTypes.Type(value = CapReached.class, name = "capReached"),
    @JsonSubTypes.Type(value = ChannelVolumeReached.class, name = "channelVolumeReached"),
    @JsonSubTypes.Type(value = InCustomerSession.class, name = "inCustomerSession"),
    @JsonSubTypes.Type(value = ContactNow.class, name = "contactNow"),
    @JsonSubTypes.Type(value = DeferredForQuietHours.class, name = "deferredForQuietHours"),
    @JsonSubTypes.Type(value = ChosenBecause.class, name = "chosenBecause"),
    @JsonSubTypes.Type(value = HouseholdHarmSignal.class, name = "householdHarmSignal"),
    @JsonSubTypes.Type(value = HeldByHousehold.class, name = "heldByHousehold"),
    @JsonSubTypes.Type(value = TopicOptedOut.class, name = "topicOptedOut"),
    @JsonSubTypes.Type(value = NoStatedInterest.class, name = "noStatedInterest"),
    @JsonSubTypes.Type(value = RoutedToSelfService.class, name = "routedToSelfService"),
    @JsonSubTypes.Type(value = StatedReason.class, name = "statedReason")})
@JsonIgnoreProperties(value = {"by", "stage", "text"}, allowGetters = true)
public sealed interface Reason permits StatedReason, ByRule, ActionConditionFailed,
    NotYetAvailable, AvailabilityEnded, AlreadyAccepted, UpsellDuringComplaint, UpsellWhileValueFalls,
    BeyondMaxActions, PresentationLimitReached, Ranking, SuppressedByFlag, MarketingDuringComplaint,
    DetractorFeedback, CoolingDown, NoChannels, NotAnOutboundChannel, ByQuietHours, ConsentRefused,
    CustomerFrequencyReached, CapReached, ChannelVolumeReached, InCustomerSession, ContactNow,
    ChosenBecause, HouseholdHarmSignal, HeldByHousehold, TopicOptedOut, NoStatedInterest,
    RoutedToSelfService {

  /** A reason in words alone, decided {@code by} at {@code stage}: a {@link StatedReason}. */
  static Reason of(Stage stage, String by, String text) {
    return new StatedReason(stage, by, text);
  }

  /** The stage. */
  @JsonProperty("stage")
  Stage stage();

  /** What decided: {@code rule:<id>}, {@code policy:<name>}, {@code consent:<channel>/<purpose>}, {@code action:<id>}. */
  @JsonProperty("by")
  String by();

  /** The sentence, written when read. */
  @JsonProperty("text")
  String text();
}
