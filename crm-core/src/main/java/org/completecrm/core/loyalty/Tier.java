package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A tier and the figure of each qualification measure that earns it over a period. The first tier
 * of a programme is the base tier, without thresholds; each higher tier has a threshold for every
 * measure of the programme, above the tier below's, and is earned when any one is reached.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTier.class)
@JsonDeserialize(as = ImmutableTier.class)
public abstract class Tier {
  Tier() {}

  /** A builder. */
  public static ImmutableTier.Builder builder() {
    return ImmutableTier.builder();
  }

  /** The tier's id, unique in the programme ({@code silver}). */
  public abstract String id();

  /** The figure per measure that earns the tier; empty for the base tier. */
  public abstract Map<QualificationMeasure, Double> thresholds();

  /**
   * What the tier's benefits (free delivery, a priority line, lounge access) cost the firm per
   * member and qualification period, in the programme's currency; absent when it has none.
   */
  public abstract Optional<Money> benefitCost();

  @Value.Check
  void check() {
    Checks.present(id(), "Tier.id");
    Checks.noNulls(thresholds(), "Tier.thresholds");
  }
}
