package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * The result of casting a vote: the accepted vote and the new ballot, or the unchanged ballot and
 * the reason the vote was refused.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVoteDecision.class)
@JsonDeserialize(as = ImmutableVoteDecision.class)
public abstract class VoteDecision {
  VoteDecision() {}

  static VoteDecision accepted(Ballot ballot, Vote vote) {
    return ImmutableVoteDecision.builder().ballot(ballot).vote(vote).build();
  }

  static VoteDecision refused(Ballot ballot, String reason) {
    return ImmutableVoteDecision.builder().ballot(ballot).refusal(reason).build();
  }

  /** The ballot after the decision: with the vote if accepted, unchanged if refused. */
  public abstract Ballot ballot();

  /** The vote, when accepted. */
  public abstract Optional<Vote> vote();

  /** Why the vote was refused, in plain words, when refused. */
  public abstract Optional<String> refusal();

  /** Whether the vote was accepted. */
  public boolean accepted() {
    return vote().isPresent();
  }

  @Value.Check
  void check() {
    Checks.present(ballot(), "VoteDecision.ballot");
    if (vote().isPresent() == refusal().isPresent()) {
      throw new InvalidValueException("VoteDecision.refusal", refusal().orElse("absent"), "a refusal exactly when no vote was accepted");
    }
  }
}
