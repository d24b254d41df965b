package org.completecrm.analytics.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.score.Scores;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Vote;
import org.junit.jupiter.api.Test;

/** The Wilson ranking: dominance, order independence, visible weighting. */
class IdeaRankingProperties {
  /**
   * A ranking never puts an idea with fewer up-votes and more down-votes above one with more
   * up-votes and fewer down-votes (nor with at most as many up-votes and at least as many
   * down-votes, one of them strictly).
   */
  @Test
  void aDominatedIdeaNeverRanksAboveTheIdeaThatDominatesIt() {
    qt().withExamples(500).forAll(VoiceAnalyticsGen.counts(), VoiceAnalyticsGen.counts())
        .checkAssert((a, b) -> {
          boolean aDominates = a[0] >= b[0] && a[1] <= b[1] && (a[0] > b[0] || a[1] < b[1]);
          boolean bDominates = b[0] >= a[0] && b[1] <= a[1] && (b[0] > a[0] || b[1] < a[1]);
          if (!aDominates && !bDominates) {
            return;
          }
          IdeaRanking r = IdeaRankings.rank(
              List.of(VoiceAnalyticsGen.ballot("z-a", a[0], a[1]), VoiceAnalyticsGen.ballot("a-b", b[0], b[1])), 0.95);
          String first = r.ideas().get(0).idea().value();
          assertEquals(aDominates ? "z-a" : "a-b", first, () -> java.util.Arrays.toString(a) + " vs " + java.util.Arrays.toString(b));
          assertTrue(r.ideas().get(0).score() > r.ideas().get(1).score());
        });
  }

  @Test
  void theRankingDoesNotDependOnTheOrderOfBallots() {
    qt().withExamples(200).forAll(lists().of(VoiceAnalyticsGen.counts()).ofSizeBetween(0, 12))
        .checkAssert(counts -> {
          List<Ballot> ballots = new ArrayList<>();
          for (int i = 0; i < counts.size(); i++) {
            ballots.add(VoiceAnalyticsGen.ballot("idea-" + i, counts.get(i)[0], counts.get(i)[1]));
          }
          IdeaRanking r = IdeaRankings.rank(ballots, 0.95);
          List<Ballot> shuffled = new ArrayList<>(ballots);
          Collections.shuffle(shuffled, new Random(counts.size()));
          assertEquals(r, IdeaRankings.rank(shuffled, 0.95));
          for (RankedIdea x : r.ideas()) {
            assertTrue(x.score() >= 0 && x.score() <= x.upShare() + 1e-12);
          }
        });
  }

  @Test
  void fewVotesRankBelowManyGoodOnes() {
    IdeaRanking r = IdeaRankings.rank(
        List.of(VoiceAnalyticsGen.ballot("new", 3, 0), VoiceAnalyticsGen.ballot("proven", 90, 10)), 0.95);
    assertEquals("proven", r.ideas().get(0).idea().value());
    assertEquals(0.4385, r.of(IdeaId.of("new")).orElseThrow().score(), 1e-4);
    assertEquals(0.8256, r.of(IdeaId.of("proven")).orElseThrow().score(), 1e-4);
    assertFalse(r.weighted());
    assertTrue(r.explanation().contains("every vote counted once"), r.explanation());
  }

  @Test
  void segmentWeightingIsVisibleAndCanChangeTheOrder() {
    Ballot a = VoiceAnalyticsGen.ballot("a", 6, 4);
    Ballot b = VoiceAnalyticsGen.ballot("b", 5, 5);
    Map<CustomerId, Scores> scores = new HashMap<>();
    for (Ballot ballot : List.of(a, b)) {
      for (Vote v : ballot.votes()) {
        boolean smallBusiness = ballot == b && v.direction().name().equals("UP");
        scores.put(v.customer(), Scores.builder().putLabels(Scores.SEGMENT, smallBusiness ? "small-business" : "retail").build());
      }
    }
    IdeaRanking plain = IdeaRankings.rank(List.of(a, b), 0.95);
    assertEquals("a", plain.ideas().get(0).idea().value());
    SegmentWeighting w = SegmentWeighting.bySegment(Map.of("small-business", 3.0));
    IdeaRanking weighted = IdeaRankings.rank(List.of(a, b), 0.95, Optional.of(w), scores);
    assertEquals("b", weighted.ideas().get(0).idea().value());
    assertTrue(weighted.weighted());
    assertTrue(weighted.explanation().contains("segment: small-business x3.00, others x1.00"), weighted.explanation());
    RankedIdea top = weighted.ideas().get(0);
    assertEquals(5, top.ups());
    double countedTotal = 0;
    for (RankedIdea x : weighted.ideas()) {
      countedTotal += x.countedUps() + x.countedDowns();
    }
    assertEquals(20.0, countedTotal, 1e-9);
    assertEquals(weighted, org.completecrm.core.json.CrmJson.read(org.completecrm.core.json.CrmJson.write(weighted),
        IdeaRanking.class));
  }
}
