package org.completecrm.rules.condition.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.IdeaId;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.CustomerVoice;
import org.completecrm.core.voice.CustomerVoices;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.VoiceGen;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.voice.VotingRule;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.fixtures.Customers;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The customer's voice as rule fields: finite, in range, and as of the decision instant. */
class VoiceFieldsProperties {
  private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

  /** One generated answer: NPS or CSAT, a score in its range, seconds after {@link #START}. */
  private record Answer(boolean nps, int score, int seconds) {}

  private static Gen<List<Answer>> answers() {
    Gen<Answer> a = integers().between(0, 1).zip(integers().between(0, 10), integers().between(0, 1_000_000),
        (n, s, t) -> new Answer(n == 1, n == 1 ? s : 1 + s % 5, t));
    return lists().of(a).ofSizeBetween(0, 12);
  }

  private static List<TimelineEvent> events(List<Answer> answers) {
    List<TimelineEvent> out = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      out.add(FeedbackReceived.builder().id(EventId.of("f-" + i)).customer(Customers.ANA)
          .at(START.plusSeconds(a.seconds())).survey(a.nps() ? SurveyKind.NPS : SurveyKind.CSAT).score(a.score()).build());
    }
    return out;
  }

  private static double read(String field, CustomerView view, Scores scores) {
    Field f = Fields.lookup(field).orElseThrow();
    return f.number.get(Facts.of(DecisionEvent.inboundCall(), view, scores, view.asOf()), null);
  }

  @SuppressWarnings("unchecked")
  private static Set<String> readSet(String field, CustomerView view) {
    Field f = Fields.lookup(field).orElseThrow();
    return (Set<String>) f.extract.get(Facts.of(DecisionEvent.inboundCall(), view, Scores.none(), view.asOf()), null);
  }

  @Test
  void feedbackTrendsAreWholeNumbersInRangeAndIgnoreLaterAnswers() {
    qt().withExamples(300).forAll(answers(), integers().between(0, 1_000_000)).checkAssert((answers, cut) -> {
      Instant at = START.plusSeconds(cut);
      List<TimelineEvent> all = events(answers);
      List<TimelineEvent> upToAt = new ArrayList<>();
      for (TimelineEvent e : all) {
        if (!e.at().isAfter(at)) {
          upToAt.add(e);
        }
      }
      CustomerView view = Customers.anaWith(all, at);
      for (String field : List.of("feedback.npsTrend", "feedback.csatTrend")) {
        double v = read(field, view, Scores.none());
        double bound = field.equals("feedback.npsTrend") ? 10 : 4;
        assertTrue(Double.isNaN(v) || (Double.isFinite(v) && Math.abs(v) <= bound && v == Math.rint(v)), field + " " + v);
        double asOf = read(field, Customers.anaWith(upToAt, at), Scores.none());
        assertEquals(Double.doubleToLongBits(asOf), Double.doubleToLongBits(v), field);
      }
    });
  }

  @Test
  void aTrendIsTheLatestAnswerMinusTheOneBefore() {
    List<TimelineEvent> e = events(List.of(new Answer(true, 9, 10), new Answer(false, 2, 20), new Answer(true, 4, 30),
        new Answer(false, 5, 40)));
    CustomerView view = Customers.anaWith(e, START.plusSeconds(100));
    assertEquals(-5.0, read("feedback.npsTrend", view, Scores.none()));
    assertEquals(3.0, read("feedback.csatTrend", view, Scores.none()));
    assertTrue(Double.isNaN(read("feedback.npsTrend", Customers.anaWith(e, START.plusSeconds(29)), Scores.none())));
  }

  @Test
  void marketPricesAndIdeasVotedForAreAsOfTheVoiceInstant() {
    qt().withExamples(200)
        .forAll(VoiceGen.markets(), VoiceGen.steps(), integers().between(0, 80), integers().between(0, 80))
        .checkAssert((market, steps, cut, votedAfter) -> {
          Instant at = VoiceGen.T0.plusSeconds(cut);
          Market all = VoiceGen.apply(market, steps);
          Market upToAt = VoiceGen.apply(market, steps.subList(0, Math.min(cut, steps.size())));
          Idea idea = Idea.submit(IdeaId.of("idea-1"), "billing", "Pay by instalments", Optional.empty(), VoiceGen.T0)
              .changeStatus(IdeaStatus.PLANNED, VoiceGen.T0.plusSeconds(40), Optional.empty());
          Ballot ballot = Ballot.open(idea.id(), VotingRule.ONE_PER_CUSTOMER)
              .cast(idea, Customers.ANA, VoteDirection.UP, VoiceGen.T0.plusSeconds(votedAfter), List.of()).ballot();
          CustomerVoice voice = CustomerVoices.fold(Customers.ANA, Optional.empty(), List.of(idea), List.of(ballot),
              List.of(all), at);
          CustomerVoice cutVoice = CustomerVoices.fold(Customers.ANA, Optional.empty(), List.of(idea), List.of(ballot),
              List.of(upToAt), at);
          assertEquals(cutVoice, voice);
          CustomerView view = Customers.anaAt(Customers.NOW).withVoice(voice);
          double sum = 0;
          for (String outcome : all.outcomes()) {
            double p = read("score.market.m-1." + outcome, view, Scores.none());
            assertTrue(Double.isFinite(p) && p > 0 && p < 1, outcome + " " + p);
            sum += p;
          }
          assertEquals(1.0, sum, 1e-9);
          assertEquals(read("score.market.m-1." + all.outcomes().get(0), view, Scores.none()),
              read("score.market.m-1", view, Scores.none()));
          boolean voted = votedAfter <= cut;
          assertEquals(voted ? Set.of("idea-1") : Set.of(), readSet("ideas.votedFor", view));
          assertEquals(voted && cut >= 40 ? Set.of("idea-1") : Set.of(), readSet("ideas.votedFor.planned", view));
          assertEquals(voted && cut < 40 ? Set.of("idea-1") : Set.of(), readSet("ideas.votedFor.underReview", view));
        });
  }

  @Test
  void aScoreOfTheMarketsNameWinsOverTheVoiceAndAClosedMarketHasNoPrice() {
    Market m = VoiceGen.apply(Market.open(org.completecrm.core.MarketId.of("m-1"), "Will it rain?", List.of("yes", "no"),
        10, org.completecrm.core.Money.of("100.00", "EUR"), VoiceGen.T0), List.of(new VoiceGen.Step(0, 0, true, 5)));
    CustomerVoice voice = CustomerVoices.fold(Customers.ANA, Optional.empty(), List.of(), List.of(), List.of(m),
        VoiceGen.T0.plusSeconds(5));
    CustomerView view = Customers.anaAt(Customers.NOW).withVoice(voice);
    assertTrue(read("score.market.m-1", view, Scores.none()) > 0.5);
    assertEquals(0.25, read("score.market.m-1", view, Scores.builder().putValues("market.m-1", 0.25).build()));
    CustomerVoice before = CustomerVoices.fold(Customers.ANA, Optional.empty(), List.of(), List.of(), List.of(m),
        VoiceGen.T0.minusSeconds(1));
    assertTrue(Double.isNaN(read("score.market.m-1", Customers.anaAt(Customers.NOW).withVoice(before), Scores.none())));
  }

  @Test
  void aVoiceFoldedAfterTheViewIsRefused() {
    CustomerVoice later = CustomerVoices.fold(Customers.ANA, Optional.empty(), List.of(), List.of(), List.of(),
        Customers.NOW.plusSeconds(1));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Customers.anaAt(Customers.NOW).withVoice(later));
    assertEquals("CustomerView.voice.asOf", e.field());
  }

  @Test
  void segmentFieldsReadTheSegmentScores() {
    Scores s = Scores.builder().putValues(Scores.SEGMENT_NPS, -12.5).putValues(Scores.SEGMENT_CSAT, 81.0)
        .putValues(Scores.SEGMENT_ANSWERS, 40.0).build();
    CustomerView view = Customers.anaAt(Customers.NOW);
    assertEquals(-12.5, read("segment.nps", view, s));
    assertEquals(81.0, read("segment.csat", view, s));
    assertEquals(40.0, read("segment.answers", view, s));
    assertTrue(Double.isNaN(read("segment.nps", view, Scores.none())));
  }
}
