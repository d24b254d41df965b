package org.completecrm.analytics.voice;

import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;

/**
 * One idea's place in a ranking: its raw votes, the votes as counted (weighted, when segment
 * weighting is on) and its score, the Wilson lower bound of the share of up-votes.
 *
 * @param rank 1 for the best idea
 * @param idea the idea
 * @param ups raw up-votes
 * @param downs raw down-votes
 * @param countedUps up-votes as counted: equal to {@code ups} without weighting
 * @param countedDowns down-votes as counted: equal to {@code downs} without weighting
 * @param upShare counted up-votes over counted votes (0 without votes)
 * @param score the Wilson lower bound of the up-share, in [0, 1]
 */
public record RankedIdea(
    int rank, IdeaId idea, long ups, long downs, double countedUps, double countedDowns, double upShare, double score) {
  /** Validates the parts. */
  public RankedIdea {
    if (rank < 1 || idea == null || ups < 0 || downs < 0) {
      throw new InvalidValueException("RankedIdea", idea, "a rank >= 1, an idea and vote counts >= 0");
    }
    if (!(countedUps >= 0) || !(countedDowns >= 0) || !(upShare >= 0 && upShare <= 1) || !(score >= 0 && score <= 1)) {
      throw new InvalidValueException("RankedIdea.score", score, "finite counts >= 0 and a share and score in [0, 1]");
    }
  }
}
