package org.completecrm.rules;

import static org.completecrm.rules.fixtures.Customers.ANA;
import static org.completecrm.rules.fixtures.Customers.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.EventId;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.CommitmentFulfilled;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.CaseId;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.fixtures.SampleRules;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

class DecisionsTest {
  private static final RuleSet RULES = SampleRules.contactCentre();

  private static Decision call(List<TimelineEvent> events, Instant at) {
    return Decisions.decide(DecisionEvent.inboundCall(), Customers.anaWith(events, at), Customers.anasScores(), RULES, at);
  }

  private static CandidateOutcome candidate(Decision d, String id) {
    return d.candidates().stream().filter(c -> c.action().equals(OfferId.of(id))).findFirst().orElseThrow();
  }

  @Test
  void wordsReadOnManyThreadsAtOnceAreTheWordsReadOnOne() throws Exception {
    String once = CrmJson.write(call(Customers.anasTimeline(), NOW));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        Decision shared = call(Customers.anasTimeline(), NOW);
        List<Future<String>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          reads.add(pool.submit(() -> CrmJson.write(shared)));
        }
        for (Future<String> read : reads) {
          assertEquals(once, read.get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInboundCallWithAnOverduePromisePutsServiceRecoveryFirstAndKnowsAboutTheOffer() {
    Decision d = call(Customers.anasTimeline(), NOW);
    assertEquals(List.of("overdue-promise", "open-complaint", "inbound-offers"), d.rulesFired());
    ChosenAction first = d.actions().get(0);
    assertEquals(OfferId.of("call-back-now"), first.action());
    assertEquals(Delivery.IN_SESSION, first.delivery());
    assertEquals(Channel.PHONE, first.channel());
    assertEquals(TeamId.of("billing-disputes"), first.routeTo().orElseThrow());
    assertTrue(first.explanation().contains("service first because the customer has an open problem"), first.explanation());
    assertEquals("Apologise to Ana Okafor: we promised 'Call Ana back with the refund decision' by 2026-11-20 17:00. "
        + "Give the answer now.", first.message().orElseThrow());
    assertEquals(OfferId.of("resolve-complaint"), d.actions().get(1).action());
    CandidateOutcome offer = candidate(d, "premium-fund-switch");
    assertFalse(offer.kept());
    assertEquals(Stage.SUITABILITY, offer.stage());
    assertTrue(offer.decisive().text().contains("No upsell while complaint case-1 is open"), offer.decisive().text());
    CandidateOutcome topUp = candidate(d, "isa-top-up");
    assertEquals(Stage.CONTACT_POLICY, topUp.stage());
    assertEquals("policy:suppression.open-complaint", topUp.decisive().by());
    assertTrue(d.notes().stream().anyMatch(n -> n.contains("offer premium-fund-switch, sent by EMAIL on 2026-11-22T08:05:00Z")),
        d.notes().toString());
    assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("Overdue promise")), d.notes().toString());
    assertEquals(CommitmentId.of("callback-1"), d.escalations().get(0).commitment());
    assertEquals(TeamId.of("team-leaders"), d.escalations().get(0).routeTo());
    assertEquals(Instant.parse("2026-11-23T14:15:00Z"), d.commitments().get(0).dueBy());
    assertEquals("GBP 50.00", d.allowances().get(0).limit().toString());
  }

  @Test
  void theDecisionRoundTripsThroughJsonAndIsReproducible() {
    Decision d = call(Customers.anasTimeline(), NOW);
    assertEquals(d, CrmJson.read(CrmJson.write(d), Decision.class));
    assertEquals(d, call(Customers.anasTimeline(), NOW));
  }

  @Test
  void withoutAnOpenProblemTheOfferIsPresentedInTheCallOnlyWithPhoneMarketingConsent() {
    List<TimelineEvent> events = new ArrayList<>(Customers.anasTimeline());
    events.add(CommitmentFulfilled.builder().id(EventId.of("cf-1")).customer(ANA).at(Instant.parse("2026-11-21T09:00:00Z"))
        .commitment(CommitmentId.of("callback-1")).build());
    events.add(CaseUpdated.builder().id(EventId.of("case-1-closed")).customer(ANA).at(Instant.parse("2026-11-21T09:05:00Z"))
        .caseId(CaseId.of("case-1")).kind(CaseKind.COMPLAINT).severity(Severity.MEDIUM).status(CaseStatus.CLOSED).build());
    Decision d = call(events, NOW);
    assertEquals(List.of("inbound-offers"), d.rulesFired());
    ChosenAction offer = d.actions().get(0);
    assertEquals(OfferId.of("premium-fund-switch"), offer.action());
    // no PHONE/MARKETING consent, so not in the call: e-mail, her best-ranked channel, already got it yesterday
    assertEquals(Channel.EMAIL, offer.channel());
    assertEquals(Delivery.OUTBOUND, offer.delivery());
    assertTrue(candidate(d, "premium-fund-switch").trail().stream().anyMatch(r -> r.text().contains(
        "No marketing contact in this phone session: consent PHONE/MARKETING: never given")),
        candidate(d, "premium-fund-switch").trail().toString());
    // isa-top-up wants e-mail too, but the decision has its one e-mail; post marketing consent was withdrawn
    CandidateOutcome topUp = candidate(d, "isa-top-up");
    assertFalse(topUp.kept());
    assertTrue(topUp.trail().stream().anyMatch(r -> r.by().equals("policy:volume.per-channel")), topUp.trail().toString());
    assertTrue(topUp.trail().stream().anyMatch(r -> r.text().contains("POST/MARKETING: withdrawn")), topUp.trail().toString());
  }

  @Test
  void aContactDueInQuietHoursIsDeferredToTheNextAllowedInstantNotDropped() {
    Instant late = Instant.parse("2026-11-23T22:30:00Z");
    Decision d = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), Customers.anaWith(List.of(), late),
        Customers.anasScores(), RULES, late);
    ChosenAction a = d.actions().get(0);
    assertEquals(OfferId.of("isa-top-up"), a.action());
    assertTrue(a.deferred());
    assertEquals(Instant.parse("2026-11-24T08:00:00Z"), a.sendAt());
    assertTrue(a.explanation().contains("deferred to 2026-11-24T08:00:00Z: 22:30 is inside the quiet hours 21:00-08:00"),
        a.explanation());
  }

  @Test
  void theEmailCapCountsTheTimelineAndRefusesAThirdEmailInAWeek() {
    List<TimelineEvent> events = new ArrayList<>();
    events.add(outbound("e1", Channel.EMAIL, Purpose.MARKETING, "2026-11-18T10:00:00Z"));
    events.add(outbound("e2", Channel.EMAIL, Purpose.MARKETING, "2026-11-20T10:00:00Z"));
    Decision d = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), Customers.anaWith(events, NOW),
        Customers.anasScores(), RULES, NOW);
    CandidateOutcome topUp = candidate(d, "isa-top-up");
    assertFalse(topUp.kept());
    assertTrue(topUp.trail().stream().anyMatch(r -> r.by().equals("policy:cap.email-marketing-weekly")
        && r.text().contains("2 already fall in such a window")), topUp.trail().toString());
  }

  @Test
  void aRejectedOfferCoolsDownForThirtyDays() {
    List<TimelineEvent> events = new ArrayList<>();
    events.add(OfferPresented.builder().id(EventId.of("o1")).customer(ANA).at(Instant.parse("2026-11-01T10:00:00Z"))
        .offer(OfferId.of("isa-top-up")).channel(Channel.EMAIL).purpose(Purpose.MARKETING).build());
    events.add(OfferResponded.builder().id(EventId.of("r1")).customer(ANA).at(Instant.parse("2026-11-02T10:00:00Z"))
        .presentation(EventId.of("o1")).offer(OfferId.of("isa-top-up")).response(OfferResponse.REJECTED).build());
    Decision d = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), Customers.anaWith(events, NOW),
        Customers.anasScores(), RULES, NOW);
    CandidateOutcome topUp = candidate(d, "isa-top-up");
    assertEquals("policy:cool-down", topUp.decisive().by());
    assertTrue(topUp.decisive().text().contains("not offered again until 2026-12-02T10:00:00Z"), topUp.decisive().text());
    Instant later = Instant.parse("2026-12-03T10:00:00Z");
    Decision after = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), Customers.anaWith(events, later),
        Customers.anasScores(), RULES, later);
    assertTrue(after.actions().stream().anyMatch(a -> a.action().equals(OfferId.of("isa-top-up"))));
  }

  @Test
  void aHardshipFlagOrARecentDetractorSuppressesMarketing() {
    List<TimelineEvent> flagged = List.of(FlagChanged.builder().id(EventId.of("f1")).customer(ANA)
        .at(Instant.parse("2026-11-10T10:00:00Z")).flag("hardship").raised(true).reason("job loss").build());
    Decision d = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), Customers.anaWith(flagged, NOW),
        Customers.anasScores(), RULES, NOW);
    assertTrue(d.actions().isEmpty());
    assertEquals("policy:suppression.flag", candidate(d, "isa-top-up").decisive().by());
    List<TimelineEvent> detractor = List.of(FeedbackReceived.builder().id(EventId.of("nps1")).customer(ANA)
        .at(Instant.parse("2026-10-10T10:00:00Z")).survey(SurveyKind.NPS).score(3).build());
    Decision d2 = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), Customers.anaWith(detractor, NOW),
        Customers.anasScores(), RULES, NOW);
    assertEquals("policy:suppression.detractor", candidate(d2, "isa-top-up").decisive().by());
  }

  @Test
  void aRuleCanSuppressButNeverAddContactWithoutConsent() {
    Scores noSegment = Scores.none();
    Decision d = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), Customers.anaWith(List.of(), NOW), noSegment,
        RULES, NOW);
    assertTrue(d.actions().isEmpty(), "the campaign rule needs a segment");
    assertEquals(List.of(), d.rulesFired());
  }

  private static Interaction outbound(String id, Channel ch, Purpose p, String at) {
    return Interaction.builder().id(EventId.of(id)).customer(ANA).at(Instant.parse(at)).channel(ch)
        .direction(Direction.OUTBOUND).type("mailing").purpose(p).build();
  }
}
