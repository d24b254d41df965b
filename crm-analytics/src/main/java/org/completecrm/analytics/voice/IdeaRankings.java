package org.completecrm.analytics.voice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoteDirection;

/**
 * Ranks ideas by a score that is fair to new ideas with few votes: the lower bound of the Wilson
 * (1927) score interval for the share of up-votes. An idea with 3 up-votes and none down ranks
 * below one with 90 up and 10 down, because three votes say little; the plain up-share would put
 * it first, and the plain difference of up- and down-votes would bury every new idea.
 *
 * <p>Without weighting, an idea with at least as many up-votes and at most as many down-votes as
 * another, and more of one or fewer of the other, always ranks above it (the lower bound rises
 * with up-votes and falls with down-votes). With {@link SegmentWeighting}, each vote counts with
 * its voter's segment weight, normalised so the counted votes add up to the raw votes across all
 * ideas; the ranking reports the weights, the factor and both raw and counted votes, so weighting
 * is never hidden. Ties are broken by idea id.
 */
public final class IdeaRankings {
  private IdeaRankings() {}

  /**
   * The Wilson lower bound of the up-share for {@code ups} up-votes and {@code downs} down-votes
   * (weighted counts allowed), at {@code confidence}; 0 without votes.
   */
  public static double wilsonLowerBound(double ups, double downs, double confidence) {
    if (!(ups >= 0) || !(downs >= 0) || !Double.isFinite(ups) || !Double.isFinite(downs)) {
      throw new InvalidValueException("IdeaRankings.wilsonLowerBound.votes", ups + "/" + downs, "finite vote counts >= 0");
    }
    double z = Intervals.z(confidence, "IdeaRankings.confidence");
    return ups + downs == 0 ? 0 : Intervals.wilson(ups, ups + downs, z)[0];
  }

  /** Ranks the ideas whose ballots are given, counting every vote once. */
  public static IdeaRanking rank(Collection<Ballot> ballots, double confidence) {
    return rank(ballots, confidence, Optional.empty(), Map.of());
  }

  /**
   * Ranks the ideas whose ballots are given, counting each vote with its voter's segment weight.
   *
   * @param ballots one ballot per idea
   * @param confidence the confidence level of the lower bound, such as 0.95
   * @param weighting the segment weights, or empty to count every vote once
   * @param scores each voter's scores, whose weighting label names the segment (voters missing get
   *     the weighting's other weight)
   */
  public static IdeaRanking rank(
      Collection<Ballot> ballots, double confidence, Optional<SegmentWeighting> weighting, Map<CustomerId, Scores> scores) {
    Checks.noNulls(Checks.present(ballots, "IdeaRankings.rank.ballots"), "IdeaRankings.rank.ballots");
    Checks.present(weighting, "IdeaRankings.rank.weighting");
    Checks.noNulls(Checks.present(scores, "IdeaRankings.rank.scores"), "IdeaRankings.rank.scores");
    Intervals.z(confidence, "IdeaRankings.rank.confidence");
    Set<IdeaId> seen = new HashSet<>();
    for (Ballot b : ballots) {
      if (!seen.add(b.idea())) {
        throw new InvalidValueException("IdeaRankings.rank.ballots", b.idea(), "one ballot per idea");
      }
    }
    double rawTotal = 0;
    double weightedTotal = 0;
    for (Ballot b : ballots) {
      for (Vote v : b.votes()) {
        rawTotal += 1;
        weightedTotal += weightOf(v.customer(), weighting, scores);
      }
    }
    double factor = weighting.isEmpty() || weightedTotal == 0 ? 1 : rawTotal / weightedTotal;

    List<RankedIdea> unranked = new ArrayList<>();
    for (Ballot b : ballots) {
      double ups = 0;
      double downs = 0;
      for (Vote v : b.votes()) {
        double w = weighting.isEmpty() ? 1 : weightOf(v.customer(), weighting, scores) * factor;
        if (v.direction() == VoteDirection.UP) {
          ups += w;
        } else {
          downs += w;
        }
      }
      double share = ups + downs == 0 ? 0 : ups / (ups + downs);
      unranked.add(new RankedIdea(1, b.idea(), b.ups(), b.downs(), ups, downs, share,
          wilsonLowerBound(ups, downs, confidence)));
    }
    unranked.sort(Comparator.comparingDouble(RankedIdea::score).reversed()
        .thenComparing(Comparator.comparingDouble(RankedIdea::countedUps).reversed())
        .thenComparing(RankedIdea::idea));
    List<RankedIdea> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      RankedIdea r = unranked.get(i);
      ranked.add(new RankedIdea(i + 1, r.idea(), r.ups(), r.downs(), r.countedUps(), r.countedDowns(), r.upShare(), r.score()));
    }
    long cast = (long) rawTotal;
    String how = String.format(Locale.ROOT,
        "ranked by the lower bound of the %.0f%% Wilson score interval for the share of up-votes", confidence * 100);
    String explanation = weighting
        .map(w -> how + "; votes weighted by " + w.describe()
            + String.format(Locale.ROOT, ", each weight multiplied by %.4f so the counted votes add up to the %d votes cast",
                factor, cast))
        .orElse(how + "; every vote counted once");
    return new IdeaRanking(ranked, confidence, weighting, factor, explanation);
  }

  private static double weightOf(CustomerId voter, Optional<SegmentWeighting> weighting, Map<CustomerId, Scores> scores) {
    if (weighting.isEmpty()) {
      return 1;
    }
    SegmentWeighting w = weighting.get();
    Scores s = scores.get(voter);
    return s == null ? w.otherWeight() : s.label(w.segmentLabel()).map(w::weightOf).orElse(w.otherWeight());
  }
}
