package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.internal.Checks;
import org.completecrm.rules.ruleset.ActionKind;

/**
 * What became of one candidate action: kept or dropped, at which stage, by which rule, policy or
 * consent entry, and the trail of reasons that led there.
 *
 * <p>Written by hand rather than generated, unlike the other values: a decision makes one per
 * candidate (26 in the benchmark), and this class keeps a trail that is already an unmodifiable
 * {@code List.of} list as it is (any other list is copied), and its score as a primitive. As an
 * Immutables value (builder, copied trail, checks) an inbound-call decision took a third more thread
 * CPU time (DecisionBenchmark's inputs, issue 16).
 */
public final class CandidateOutcome {
  private final OfferId action;
  private final ActionKind kind;
  private final Purpose purpose;
  private final boolean kept;
  private final Stage stage;
  private final Reason decisive;
  private final List<Reason> trail;
  private final boolean scored;
  private final double score;

  private CandidateOutcome(OfferId action, ActionKind kind, Purpose purpose, boolean kept, Stage stage,
      Reason decisive, List<Reason> trail, boolean scored, double score) {
    this.action = Checks.present(action, "CandidateOutcome.action");
    this.kind = Checks.present(kind, "CandidateOutcome.kind");
    this.purpose = Checks.present(purpose, "CandidateOutcome.purpose");
    this.kept = kept;
    this.stage = Checks.present(stage, "CandidateOutcome.stage");
    this.decisive = Checks.present(decisive, "CandidateOutcome.decisive");
    this.trail = Checks.immutableList(trail, "CandidateOutcome.trail");
    if (scored && !Double.isFinite(score)) {
      throw new org.completecrm.core.InvalidValueException("CandidateOutcome.score", score, "a finite number");
    }
    this.scored = scored;
    this.score = scored ? score : 0;
  }

  /** An outcome from all its parts; {@code score} is empty when the candidate did not reach arbitration. */
  @JsonCreator
  public static CandidateOutcome of(@JsonProperty("action") OfferId action, @JsonProperty("kind") ActionKind kind,
      @JsonProperty("purpose") Purpose purpose, @JsonProperty("kept") boolean kept,
      @JsonProperty("stage") Stage stage, @JsonProperty("decisive") Reason decisive,
      @JsonProperty("trail") List<Reason> trail, @JsonProperty("score") Optional<Double> score) {
    boolean scored = score != null && score.isPresent();
    return new CandidateOutcome(action, kind, purpose, kept, stage, decisive, trail, scored,
        scored ? score.get() : 0);
  }

  /** An outcome that reached arbitration with {@code score}. */
  public static CandidateOutcome scored(OfferId action, ActionKind kind, Purpose purpose, boolean kept, Stage stage,
      Reason decisive, List<Reason> trail, double score) {
    return new CandidateOutcome(action, kind, purpose, kept, stage, decisive, trail, true, score);
  }

  /** The action. */
  @JsonProperty("action")
  public OfferId action() {
    return action;
  }

  /** Offer or service action. */
  @JsonProperty("kind")
  public ActionKind kind() {
    return kind;
  }

  /** Its purpose. */
  @JsonProperty("purpose")
  public Purpose purpose() {
    return purpose;
  }

  /** Whether it is part of the decision. */
  @JsonProperty("kept")
  public boolean kept() {
    return kept;
  }

  /** The stage that dropped it, or {@link Stage#CHOSEN}. */
  @JsonProperty("stage")
  public Stage stage() {
    return stage;
  }

  /** The decisive reason: why it was dropped, or how it was chosen. */
  @JsonProperty("decisive")
  public Reason decisive() {
    return decisive;
  }

  /** Every reason along the way, in stage order (unmodifiable). */
  @JsonProperty("trail")
  public List<Reason> trail() {
    return trail;
  }

  /** Its arbitration score, if it reached arbitration. */
  @JsonProperty("score")
  public Optional<Double> score() {
    return scored ? Optional.of(score) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CandidateOutcome)) {
      return false;
    }
    CandidateOutcome c = (CandidateOutcome) o;
    return kept == c.kept && scored == c.scored && Double.compare(score, c.score) == 0 && action.equals(c.action)
        && kind == c.kind && purpose == c.purpose && stage == c.stage && decisive.equals(c.decisive)
        && trail.equals(c.trail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, kind, purpose, kept, stage, decisive, trail, scored, score);
  }

  @Override
  public String toString() {
    return "CandidateOutcome{action=" + action + ", kind=" + kind + ", purpose=" + purpose + ", kept=" + kept
        + ", stage=" + stage + ", decisive=" + decisive + ", trail=" + trail
        + (scored ? ", score=" + score : "") + "}";
  }
}
