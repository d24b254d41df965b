package org.completecrm.analytics.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.SurveyKind;
import org.junit.jupiter.api.Test;

/** The feedback report: groups, response rates and bias warnings. */
class FeedbackAnalysisTest {
  private static final Instant T0 = VoiceAnalyticsGen.T0;

  private static List<Interaction> interactions() {
    List<Interaction> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add(Interaction.builder().id(EventId.of("e-" + i)).customer(CustomerId.of("c-" + i)).at(T0)
          .channel(i % 2 == 0 ? Channel.PHONE : Channel.CHAT).direction(Direction.INBOUND).type("contact")
          .team(TeamId.of(i < 5 ? "north" : "south")).build());
    }
    return out;
  }

  private static Map<CustomerId, Scores> segments() {
    Map<CustomerId, Scores> s = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      s.put(CustomerId.of("c-" + i), Scores.builder().putLabels(Scores.SEGMENT, i < 20 ? "retail" : "premium").build());
    }
    return s;
  }

  private static FeedbackReceived nps(int customer, int score, String about) {
    return FeedbackReceived.builder().id(EventId.of("f-" + customer + "-" + about)).customer(CustomerId.of("c-" + customer))
        .at(T0).survey(SurveyKind.NPS).score(score).about(EventId.of(about)).topic("service").build();
  }

  @Test
  void groupsAnswersBySegmentChannelTeamAndTopic() {
    List<FeedbackReceived> answers = List.of(nps(0, 10, "e-0"), nps(1, 3, "e-1"), nps(2, 9, "e-2"), nps(25, 8, "e-7"),
        FeedbackReceived.builder().id(EventId.of("f-csat")).customer(CustomerId.of("c-3")).at(T0)
            .survey(SurveyKind.CSAT).score(5).about(EventId.of("e-3")).build(),
        FeedbackReceived.builder().id(EventId.of("f-text")).customer(CustomerId.of("c-4")).at(T0)
            .survey(SurveyKind.TEXT).topic("billing").comment("letters arrive late").build());
    FeedbackReport r = FeedbackAnalysis.report(answers, interactions(), segments(), List.of(), FeedbackOptions.defaults());
    assertEquals(4, r.nps().orElseThrow().responses());
    assertEquals(25.0, r.nps().orElseThrow().score(), 1e-12);
    assertEquals(3, r.group(Dimension.SEGMENT, "retail").orElseThrow().nps().orElseThrow().responses());
    assertEquals(0.0, r.group(Dimension.SEGMENT, "premium").orElseThrow().nps().orElseThrow().score(), 1e-12);
    assertEquals(200.0 / 2, r.group(Dimension.CHANNEL, "PHONE").orElseThrow().nps().orElseThrow().score(), 1e-12);
    assertEquals(1, r.group(Dimension.CHANNEL, "CHAT").orElseThrow().csat().orElseThrow().responses());
    assertEquals(3, r.group(Dimension.TEAM, "north").orElseThrow().nps().orElseThrow().responses());
    assertEquals(1, r.group(Dimension.TOPIC, "billing").orElseThrow().textResponses());
    assertEquals(1, r.unattributed());
    assertEquals(r, CrmJson.read(CrmJson.write(r), FeedbackReport.class));
  }

  @Test
  void aSegmentThatRarelyAnswersGetsAResponseBiasWarning() {
    List<CustomerId> invited = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      invited.add(CustomerId.of("c-" + i));
    }
    List<FeedbackReceived> answers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      answers.add(nps(i, 9, "e-" + (i % 10)));
    }
    answers.add(nps(29, 2, "e-9"));
    FeedbackReport r = FeedbackAnalysis.report(answers, interactions(), segments(), invited, FeedbackOptions.defaults());
    assertEquals(Optional.of(ResponseRate.of(20, 12)), r.group(Dimension.SEGMENT, "retail").orElseThrow().responseRate());
    assertEquals(1, r.warnings().size());
    ResponseBiasWarning w = r.warnings().get(0);
    assertEquals("premium", w.segment());
    assertEquals(
        "segment 'premium': 1 of 10 customers asked answered (10.0%), below 50.0% of the overall response rate of 43.3%;"
            + " its scores may not represent the segment",
        w.message());
    FeedbackReport strict = FeedbackAnalysis.report(answers, interactions(), segments(), invited,
        FeedbackOptions.defaults().withMinResponseRate(0.7));
    assertEquals(2, strict.warnings().size());
    assertTrue(strict.warnings().get(1).reasons().get(0).contains("below the minimum response rate of 70.0%"));
  }

  @Test
  void theReportDoesNotDependOnInputOrder() {
    qt().withExamples(100).forAll(VoiceAnalyticsGen.answers()).checkAssert(answers -> {
      List<CustomerId> invited = new ArrayList<>();
      for (int i = 0; i < 30; i += 2) {
        invited.add(CustomerId.of("c-" + i));
      }
      FeedbackReport r = FeedbackAnalysis.report(answers, interactions(), segments(), invited, FeedbackOptions.defaults());
      List<FeedbackReceived> a = new ArrayList<>(answers);
      List<Interaction> in = new ArrayList<>(interactions());
      Collections.shuffle(a, new Random(7));
      Collections.shuffle(in, new Random(8));
      Collections.reverse(invited);
      assertEquals(r, FeedbackAnalysis.report(a, in, segments(), invited, FeedbackOptions.defaults()));
      long npsCount = answers.stream().filter(f -> f.survey() == SurveyKind.NPS).count();
      assertEquals(npsCount, r.nps().map(NpsEstimate::responses).orElse(0L));
      r.groups().forEach(g -> g.nps().ifPresent(n -> assertTrue(n.lower() <= n.upper())));
    });
  }
}
