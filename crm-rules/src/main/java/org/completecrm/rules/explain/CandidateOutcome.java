package org.completecrm.rules.explain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.internal.Checks;
import org.completecrm.rules.ruleset.ActionKind;
import org.immutables.value.Value;

/**
 * What became of one candidate action: kept or dropped, at which stage, by which rule, policy or
 * consent entry, and the trail of reasons that led there.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCandidateOutcome.class)
@JsonDeserialize(as = ImmutableCandidateOutcome.class)
public abstract class CandidateOutcome {
  CandidateOutcome() {}

  /** A builder. */
  public static ImmutableCandidateOutcome.Builder builder() {
    return ImmutableCandidateOutcome.builder();
  }

  /** An outcome from all its parts; {@code score} is empty when the candidate did not reach arbitration. */
  public static CandidateOutcome of(OfferId action, ActionKind kind, Purpose purpose, boolean kept, Stage stage,
      Reason decisive, List<Reason> trail, Optional<Double> score) {
    return builder().action(action).kind(kind).purpose(purpose).kept(kept).stage(stage).decisive(decisive)
        .trail(Checks.noNulls(trail, "CandidateOutcome.trail")).score(score).build();
  }

  /** An outcome that reached arbitration with {@code score}. */
  public static CandidateOutcome scored(OfferId action, ActionKind kind, Purpose purpose, boolean kept, Stage stage,
      Reason decisive, List<Reason> trail, double score) {
    return of(action, kind, purpose, kept, stage, decisive, trail, Optional.of(score));
  }

  /** The action. */
  public abstract OfferId action();

  /** Offer or service action. */
  public abstract ActionKind kind();

  /** Its purpose. */
  public abstract Purpose purpose();

  /** Whether it is part of the decision. */
  public abstract boolean kept();

  /** The stage that dropped it, or {@link Stage#CHOSEN}. */
  public abstract Stage stage();

  /** The decisive reason: why it was dropped, or how it was chosen. */
  public abstract Reason decisive();

  /** Every reason along the way, in stage order. */
  public abstract List<Reason> trail();

  /** Its arbitration score, if it reached arbitration. */
  public abstract Optional<Double> score();

  @Value.Check
  void check() {
    Checks.present(action(), "CandidateOutcome.action");
    Checks.present(kind(), "CandidateOutcome.kind");
    Checks.present(purpose(), "CandidateOutcome.purpose");
    Checks.present(stage(), "CandidateOutcome.stage");
    Checks.present(decisive(), "CandidateOutcome.decisive");
    Checks.noNulls(trail(), "CandidateOutcome.trail");
    score().ifPresent(s -> Checks.finite(s, "CandidateOutcome.score"));
  }
}
