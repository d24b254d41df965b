package org.completecrm.rules.compare;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * One difference between two decisions: where it is, what it is about (an action id, a rule id, a
 * guardrail), how it was before and after in short, and a sentence a rule-set author can read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionChange.class)
@JsonDeserialize(as = ImmutableDecisionChange.class)
public abstract class DecisionChange {
  DecisionChange() {}

  /** A change. */
  public static DecisionChange of(ChangeArea area, ChangeKind kind, String subject, Optional<String> before,
      Optional<String> after, String text) {
    return ImmutableDecisionChange.builder().area(area).kind(kind).subject(subject).before(before).after(after)
        .text(text).build();
  }

  /** The part of the decision. */
  public abstract ChangeArea area();

  /** Added, removed or changed. */
  public abstract ChangeKind kind();

  /** What the change is about: an action id, a rule id, a commitment, a guardrail, a note. */
  public abstract String subject();

  /** How it was in the earlier decision, in short; absent when it was not there. */
  public abstract Optional<String> before();

  /** How it is in the later decision, in short; absent when it is not there. */
  public abstract Optional<String> after();

  /** The change in plain words. */
  public abstract String text();

  @Value.Check
  void check() {
    Checks.present(area(), "DecisionChange.area");
    Checks.present(kind(), "DecisionChange.kind");
    Checks.notBlank(subject(), "DecisionChange.subject");
    Checks.notBlank(text(), "DecisionChange.text");
    if (before().isPresent() == (kind() == ChangeKind.ADDED) || after().isPresent() == (kind() == ChangeKind.REMOVED)) {
      throw new InvalidValueException("DecisionChange.kind", kind(),
          "ADDED with only an after, REMOVED with only a before, CHANGED with both");
    }
  }
}
