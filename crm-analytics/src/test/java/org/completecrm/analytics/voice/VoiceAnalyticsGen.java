package org.completecrm.analytics.voice;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.voice.VotingRule;
import org.quicktheories.core.Gen;

/** Generators of survey answers and ballots for the voice analytics properties. */
final class VoiceAnalyticsGen {
  static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

  private VoiceAnalyticsGen() {}

  /** A ballot with {@code ups} up-votes and {@code downs} down-votes from distinct customers. */
  static Ballot ballot(String idea, int ups, int downs) {
    List<Vote> votes = new ArrayList<>();
    for (int i = 0; i < ups + downs; i++) {
      votes.add(Vote.builder().idea(IdeaId.of(idea)).customer(CustomerId.of(idea + "-v" + i))
          .direction(i < ups ? VoteDirection.UP : VoteDirection.DOWN).at(T0.plusSeconds(i)).build());
    }
    return Ballot.builder().idea(IdeaId.of(idea)).rule(VotingRule.ONE_PER_CUSTOMER).votes(votes).build();
  }

  /** Vote counts (ups, downs) from 0 to 300 each. */
  static Gen<int[]> counts() {
    return integers().between(0, 300).zip(integers().between(0, 300), (u, d) -> new int[] {u, d});
  }

  /** Answers from customers c-0..c-29: NPS, CSAT or text, about interactions e-0..e-9 or nothing. */
  static Gen<List<FeedbackReceived>> answers() {
    Gen<FeedbackReceived> one = integers().between(0, 29).zip(integers().between(0, 2), integers().between(0, 10),
        integers().between(-1, 9), (c, kind, score, about) -> {
          SurveyKind k = SurveyKind.values()[kind];
          Optional<Integer> s = k == SurveyKind.NPS ? Optional.of(score)
              : k == SurveyKind.CSAT ? Optional.of(1 + score % 5) : Optional.empty();
          return FeedbackReceived.builder()
              .id(EventId.of("f-" + c + "-" + kind + "-" + score + "-" + about))
              .customer(CustomerId.of("c-" + c))
              .at(T0.plusSeconds(c))
              .survey(k)
              .score(s)
              .topic(about % 2 == 0 ? Optional.of("billing") : Optional.of("store"))
              .about(about < 0 ? Optional.empty() : Optional.of(EventId.of("e-" + about)))
              .build();
        });
    return lists().of(one).ofSizeBetween(0, 80);
  }
}
