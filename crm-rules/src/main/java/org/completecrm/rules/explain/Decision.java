package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.experiment.Assignment;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.response.Allowance;
import org.completecrm.rules.response.Escalation;
import org.immutables.value.Value;

/**
 * A decision: the actions to take (ranked, each with channel, time, message and reason), every
 * candidate and the stage that kept or dropped it, the commitments to make, the escalations, the
 * frontline's room to act, and what the employee should know about the customer.
 *
 * <p>A value: the same inputs give an equal decision, and it round-trips through JSON exactly.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {
  Decision() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Decision}, checked when built. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  /** The customer decided for. */
  public abstract CustomerId customer();

  /** The decision instant. */
  public abstract Instant at();

  /** The event that asked for it. */
  public abstract DecisionEvent event();

  /** The rule set's id. */
  public abstract String ruleSet();

  /** The rule set's version. */
  public abstract int ruleSetVersion();

  /** The rules that fired, in the order they were considered. */
  public abstract List<String> rulesFired();

  /** The actions to take, best first. */
  public abstract List<ChosenAction> actions();

  /** Every candidate action, chosen ones first in rank order, then dropped ones by stage and id. */
  public abstract List<CandidateOutcome> candidates();

  /**
   * The adaptive model's propensity for each candidate, where the rule set names a model
   * ({@link org.completecrm.rules.learning.AdaptiveDecisions}): model, version, propensity and
   * main contributions, in candidate order. Empty otherwise.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<PropensityNote> propensities();

  /** The experiment and arm the customer was in, when the decision was made inside one. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Assignment> experiment();

  /** Commitments to append to the timeline (from service levels). */
  public abstract List<CommitmentMade> commitments();

  /** Overdue commitments escalated. */
  public abstract List<Escalation> escalations();

  /** Room for the employee to act. */
  public abstract List<Allowance> allowances();

  /**
   * What the employee should know: open complaints, overdue promises, offers the customer has,
   * flags. A decision writes these lines when they are first read.
   */
  @Value.Default
  public Notes notes() {
    return Notes.none();
  }

  /** The decision as lines of text for the person at the counter. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append("Decision for ").append(customer()).append(" at ").append(at()).append(" (")
        .append(event().kind()).append(", rule set ").append(ruleSet()).append(" v").append(ruleSetVersion())
        .append(")\n");
    for (String n : notes()) {
      sb.append("  know: ").append(n).append('\n');
    }
    for (ChosenAction a : actions()) {
      sb.append("  ").append(a.rank()).append(". ").append(a.explanation()).append('\n');
      a.message().ifPresent(m -> sb.append("     say: ").append(m).append('\n'));
    }
    for (CandidateOutcome c : candidates()) {
      if (!c.kept()) {
        sb.append("  not ").append(c.action()).append(" (").append(c.stage()).append(", ")
            .append(c.decisive().by()).append("): ").append(c.decisive().text()).append('\n');
      }
    }
    for (Escalation e : escalations()) {
      sb.append("  escalated: ").append(e.reason()).append('\n');
    }
    for (CommitmentMade m : commitments()) {
      sb.append("  promise: ").append(m.description()).append(" by ").append(m.dueBy()).append(", owned by ")
          .append(m.owner()).append('\n');
    }
    for (Allowance a : allowances()) {
      sb.append("  you may: ").append(a.reason()).append('\n');
    }
    return sb.toString();
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "Decision.customer");
    Checks.present(at(), "Decision.at");
    Checks.present(event(), "Decision.event");
    Checks.notBlank(ruleSet(), "Decision.ruleSet");
  }
}
