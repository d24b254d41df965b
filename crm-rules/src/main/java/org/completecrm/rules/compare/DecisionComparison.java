package org.completecrm.rules.compare;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.Checks;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.Decision;
import org.immutables.value.Value;

/**
 * What changes between two decisions about one customer and one event: typically the same call
 * decided under the current rule set and under the next version, or at two instants. The changes
 * are listed by area ({@link ChangeArea}, in its order), then in the later decision's order.
 *
 * <p>Compared: the chosen actions (rank, channel, delivery, send instant unless both answer in the
 * customer's session, message, routing), the
 * candidates chosen in neither decision (proposed or not, the stage and the policy or rule that
 * dropped them), the rules fired, the commitments made (deadline), the escalations (routing),
 * the allowances (limit) and the notes. Scores and the words of explanations are not compared:
 * they follow from the rest.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionComparison.class)
@JsonDeserialize(as = ImmutableDecisionComparison.class)
public abstract class DecisionComparison {
  DecisionComparison() {}

  /**
   * The changes from {@code before} to {@code after}.
   *
   * @throws org.completecrm.core.InvalidValueException when either is null, or they are about
   *     different customers or events
   */
  public static DecisionComparison of(Decision before, Decision after) {
    return Differences.between(before, after);
  }

  /** The customer both decisions are about. */
  public abstract CustomerId customer();

  /** The event both decisions answer. */
  public abstract EventKind event();

  /** The earlier decision's rule set, as {@code id v<version>}. */
  public abstract String ruleSetBefore();

  /** The later decision's rule set, as {@code id v<version>}. */
  public abstract String ruleSetAfter();

  /** The earlier decision's instant. */
  public abstract Instant atBefore();

  /** The later decision's instant. */
  public abstract Instant atAfter();

  /** The changes, by area and then in the later decision's order. */
  public abstract List<DecisionChange> changes();

  /** Whether the two decisions are the same in every compared part. */
  public boolean same() {
    return changes().isEmpty();
  }

  /** The comparison in plain words, one change a line. */
  public String summary() {
    StringBuilder s = new StringBuilder().append("Customer ").append(customer()).append(", ").append(event())
        .append(": ").append(ruleSetBefore()).append(" at ").append(atBefore()).append(" -> ").append(ruleSetAfter())
        .append(" at ").append(atAfter()).append(": ");
    if (same()) {
      return s.append("the same decision.\n").toString();
    }
    s.append(changes().size()).append(changes().size() == 1 ? " change.\n" : " changes.\n");
    for (DecisionChange c : changes()) {
      s.append("- ").append(c.area()).append(' ').append(c.kind()).append(": ").append(c.text()).append('\n');
    }
    return s.toString();
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "DecisionComparison.customer");
    Checks.present(event(), "DecisionComparison.event");
    Checks.notBlank(ruleSetBefore(), "DecisionComparison.ruleSetBefore");
    Checks.notBlank(ruleSetAfter(), "DecisionComparison.ruleSetAfter");
    Checks.present(atBefore(), "DecisionComparison.atBefore");
    Checks.present(atAfter(), "DecisionComparison.atAfter");
    Checks.noNulls(changes(), "DecisionComparison.changes");
  }
}
