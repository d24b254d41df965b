package org.completecrm.rules.explain;

import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.completecrm.rules.ruleset.ActionKind;

/**
 * What became of one candidate action: kept or dropped, at which stage, by which rule, policy or
 * consent entry, and the trail of reasons that led there.
 *
 * @param action the action
 * @param kind offer or service action
 * @param purpose its purpose
 * @param kept whether it is part of the decision
 * @param stage the stage that dropped it, or {@link Stage#CHOSEN}
 * @param decisive the decisive reason: why it was dropped, or how it was chosen
 * @param trail every reason along the way, in stage order (unmodifiable)
 * @param score its arbitration score, if it reached arbitration
 */
public record CandidateOutcome(OfferId action, ActionKind kind, Purpose purpose, boolean kept, Stage stage,
    Reason decisive, List<Reason> trail, Optional<Double> score) {
  /** Validates the parts; a trail that is already unmodifiable is kept as it is. */
  public CandidateOutcome {
    Checks.present(action, "CandidateOutcome.action");
    Checks.present(kind, "CandidateOutcome.kind");
    Checks.present(purpose, "CandidateOutcome.purpose");
    Checks.present(stage, "CandidateOutcome.stage");
    Checks.present(decisive, "CandidateOutcome.decisive");
    trail = Checks.immutableList(trail, "CandidateOutcome.trail");
    score = score == null ? Optional.empty() : score;
    if (score.isPresent() && !Double.isFinite(score.get())) {
      throw new InvalidValueException("CandidateOutcome.score", score.get(), "a finite number");
    }
  }
}
