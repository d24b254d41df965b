package org.completecrm.analytics.voice;

import java.util.List;
import java.util.Optional;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;

/**
 * Ideas ranked best first by the Wilson lower bound of their share of up-votes, with the weighting
 * used (if any) and an explanation in plain words.
 *
 * @param ideas the ranked ideas, best first
 * @param confidence the confidence level of the lower bound, such as 0.95
 * @param weighting the segment weighting applied, if any
 * @param normalisation the factor applied to every weight so that the counted votes add up to
 *     the raw votes (1 without weighting)
 * @param explanation how the ranking was made, in plain words
 */
public record IdeaRanking(
    List<RankedIdea> ideas, double confidence, Optional<SegmentWeighting> weighting, double normalisation,
    String explanation) {
  /** Validates the parts and copies the list. */
  public IdeaRanking {
    if (ideas == null || weighting == null || explanation == null || !(confidence > 0 && confidence < 1)
        || !(normalisation >= 0) || !Double.isFinite(normalisation)) {
      throw new InvalidValueException("IdeaRanking", explanation, "ideas, a confidence level, a finite normalisation and an explanation");
    }
    ideas = List.copyOf(ideas);
  }

  /** Whether segment weighting changed how votes were counted. */
  public boolean weighted() {
    return weighting.isPresent();
  }

  /** The entry of {@code idea}, if it was ranked. */
  public Optional<RankedIdea> of(IdeaId idea) {
    return ideas.stream().filter(r -> r.idea().equals(idea)).findFirst();
  }
}
