package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * How tiers are earned: the measures (a tier is earned when any of them reaches its threshold, so
 * {@code [PROFIT, CLV]} reads "profit or CLV"), the period they are measured over, soft landing
 * (a member drops at most one tier at a period's end) and the grace period before a drop applies.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQualification.class)
@JsonDeserialize(as = ImmutableQualification.class)
public abstract class Qualification {
  Qualification() {}

  /** A builder. */
  public static ImmutableQualification.Builder builder() {
    return ImmutableQualification.builder();
  }

  /** The measures, combined by "or"; at least one, each once. */
  public abstract List<QualificationMeasure> measures();

  /** Length of a qualification period in months, from the programme's start. */
  public abstract int periodMonths();

  /** Whether a member drops at most one tier at a period's end. */
  @Value.Default
  public boolean softLanding() {
    return true;
  }

  /** Months after a period's end during which a member keeps the tier they are dropping from. */
  @Value.Default
  public int graceMonths() {
    return 0;
  }

  @Value.Check
  void check() {
    Checks.noNulls(measures(), "Qualification.measures");
  }
}
