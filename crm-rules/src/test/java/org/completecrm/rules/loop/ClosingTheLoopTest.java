package org.completecrm.rules.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.EventId;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.voice.VotingRule;
import org.junit.jupiter.api.Test;

/** Worked examples of closing the loop. */
class ClosingTheLoopTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/London");
  private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
  private static final CustomerId ANA = CustomerId.of("c-ana");
  private static final CustomerId BO = CustomerId.of("c-bo");
  private static final CustomerId CY = CustomerId.of("c-cy");

  private static ConsentEntry entry(CustomerId c, Channel ch, ConsentAction action, Instant at) {
    return ConsentEntry.builder().customer(c).channel(ch).purpose(Purpose.RESEARCH).action(action).recordedAt(at)
        .source("preference-centre").evidence("form-1").build();
  }

  private static Customer person(CustomerId id) {
    return Customer.builder().id(id).kind(PartyKind.PERSON).givenName(id.value()).build();
  }

  private static Map<CustomerId, CustomerView> views(Instant at, List<TimelineEvent> bosEvents) {
    ConsentLedger ana = ConsentLedger.empty(ANA)
        .append(entry(ANA, Channel.EMAIL, ConsentAction.GRANTED, T0.minusSeconds(86_400)))
        .append(entry(ANA, Channel.SMS, ConsentAction.GRANTED, T0.minusSeconds(86_400)));
    ConsentLedger bo = ConsentLedger.empty(BO)
        .append(entry(BO, Channel.APP_PUSH, ConsentAction.GRANTED, T0.minusSeconds(86_400)))
        .append(entry(BO, Channel.APP_PUSH, ConsentAction.WITHDRAWN, T0.minusSeconds(3_600)))
        .append(entry(BO, Channel.POST, ConsentAction.GRANTED, T0.minusSeconds(86_400)));
    return Map.of(
        ANA, CustomerViews.fold(person(ANA), ana, ChannelPreferences.builder().zone(ZONE)
            .addRankedChannels(Channel.SMS, Channel.EMAIL)
            .quietHours(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0), ZONE)).build(), List.of(), at),
        BO, CustomerViews.fold(person(BO), bo, ChannelPreferences.builder().zone(ZONE)
            .addRankedChannels(Channel.APP_PUSH).build(), bosEvents, at));
  }

  private static Map<CustomerId, CustomerView> views(Instant at) {
    return views(at, List.of());
  }

  private static Idea idea() {
    return Idea.submit(IdeaId.of("i-1"), "service", "Call-back within two hours", Optional.of(CY), T0.minusSeconds(7 * 86_400));
  }

  private static Ballot ballot(Idea idea) {
    Ballot b = Ballot.open(idea.id(), VotingRule.ONE_PER_CUSTOMER);
    b = b.cast(idea, ANA, VoteDirection.UP, T0.minusSeconds(5_000), List.of()).ballot();
    return b.cast(idea, BO, VoteDirection.DOWN, T0.minusSeconds(4_000), List.of()).ballot();
  }

  @Test
  void votersAreToldOnTheirPreferredConsentedChannel() {
    Idea declined = idea().changeStatus(IdeaStatus.DECLINED, T0, Optional.of("the phone team cannot staff it this year"));
    LoopOutcome out = ClosingTheLoop.ideaStatusChanged(declined, ballot(idea()), views(T0), LoopRules.defaults());
    assertEquals(2, out.notifications().size());
    Notification ana = out.notifications().get(0);
    assertEquals(ANA, ana.customer());
    assertEquals(Channel.SMS, ana.channel());
    assertEquals(T0, ana.sendAt());
    assertEquals("The idea \"Call-back within two hours\" you voted on has been declined: the phone team cannot staff it"
        + " this year. Thank you for your vote.", ana.message());
    Notification bo = out.notifications().get(1);
    assertEquals(Channel.POST, bo.channel());
    assertTrue(bo.reasons().stream().anyMatch(r -> r.contains("APP_PUSH/RESEARCH: withdrawn")), bo.reasons().toString());
    assertEquals(1, out.suppressed().size());
    assertEquals(CY, out.suppressed().get(0).customer());
    assertEquals(out, org.completecrm.core.json.CrmJson.read(org.completecrm.core.json.CrmJson.write(out), LoopOutcome.class));
    assertTrue(out.suppressed().get(0).reasons().get(1).startsWith("no customer view"), out.suppressed().toString());
  }

  @Test
  void messagesWaitForTheEndOfQuietHours() {
    Instant lateEvening = Instant.parse("2026-05-04T21:30:00Z");
    Idea planned = idea().changeStatus(IdeaStatus.PLANNED, lateEvening, Optional.empty());
    LoopOutcome out = ClosingTheLoop.ideaStatusChanged(planned, ballot(idea()), views(lateEvening), LoopRules.defaults());
    Notification ana = out.notifications().get(0);
    assertEquals(Instant.parse("2026-05-05T07:00:00Z"), ana.sendAt());
  }

  /** The loop goes through crm-rules' contact gate: a recent detractor is not contacted for research. */
  @Test
  void aRecentDetractorIsNotContactedForResearch() {
    FeedbackReceived detractor = FeedbackReceived.builder().id(EventId.of("f-bo")).customer(BO)
        .at(T0.minusSeconds(10 * 86_400)).survey(SurveyKind.NPS).score(3).build();
    Idea done = idea().changeStatus(IdeaStatus.DONE, T0, Optional.empty());
    LoopOutcome out = ClosingTheLoop.ideaStatusChanged(done, ballot(idea()), views(T0, List.of(detractor)),
        LoopRules.defaults());
    SuppressedNotification bo = out.suppressed().stream().filter(s -> s.customer().equals(BO)).findFirst().orElseThrow();
    assertTrue(bo.reasons().get(1).contains("detractor score"), bo.reasons().toString());
  }

  @Test
  void statusesTheRulesDoNotAnnounceProduceNothing() {
    Idea planned = idea().changeStatus(IdeaStatus.PLANNED, T0, Optional.empty());
    LoopRules onlyDone = LoopRules.defaults().notifyingOn(EnumSet.of(IdeaStatus.DONE));
    assertEquals(LoopOutcome.empty(), ClosingTheLoop.ideaStatusChanged(planned, ballot(idea()), views(T0), onlyDone));
  }

  @Test
  void tradersAreToldTheAnswerAndTheirPayout() {
    Market m = Market.open(MarketId.of("m-1"), "Which change cuts complaints most?", List.of("A", "B"), 50,
        Money.of("100.00", "EUR"), T0.minusSeconds(10_000));
    m = m.buy(ANA, "A", 20, T0.minusSeconds(9_000)).market();
    m = m.buy(BO, "B", 10, T0.minusSeconds(8_000)).market();
    LoopOutcome out = ClosingTheLoop.marketResolved(m.resolve("A", T0), views(T0), LoopRules.defaults());
    assertEquals(2, out.notifications().size());
    assertEquals("The market \"Which change cuts complaints most?\" has been resolved: \"A\". You held 20 shares of it and"
        + " received EUR 20.00 in play money. Thank you for your forecast.", out.notifications().get(0).message());
    assertTrue(out.notifications().get(1).message().contains("You held no shares of it."));
    Market open = m;
    assertThrows(InvalidValueException.class, () -> ClosingTheLoop.marketResolved(open, views(T0), LoopRules.defaults()));
  }

  @Test
  void anIdeaWithoutAChangeOrAnotherIdeasBallotIsRejected() {
    assertThrows(InvalidValueException.class,
        () -> ClosingTheLoop.ideaStatusChanged(idea(), ballot(idea()), views(T0), LoopRules.defaults()));
    Idea other = Idea.submit(IdeaId.of("i-2"), "web", "Dark mode", Optional.empty(), T0)
        .changeStatus(IdeaStatus.DONE, T0.plusSeconds(1), Optional.empty());
    assertThrows(InvalidValueException.class,
        () -> ClosingTheLoop.ideaStatusChanged(other, ballot(idea()), views(T0), LoopRules.defaults()));
  }
}
