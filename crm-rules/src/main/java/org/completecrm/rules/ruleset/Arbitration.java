package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * How candidate actions are ranked: by {@code propensity^a * value^b * lever^c} with tunable
 * exponents (0 switches a factor off), service actions first when the customer has an open
 * problem unless {@code serviceFirst} is off.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArbitration.class)
@JsonDeserialize(as = ImmutableArbitration.class)
public abstract class Arbitration {
  Arbitration() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code Arbitration}, checked when built. */
  public static final class Builder extends ImmutableArbitration.Builder {
    Builder() {}
  }

  /** The default weights: 1, 1, 1, service first. */
  public static Arbitration standard() {
    return builder().build();
  }

  /** Exponent of the propensity. */
  @Value.Default
  public double propensityWeight() {
    return 1.0;
  }

  /** Exponent of the value. */
  @Value.Default
  public double valueWeight() {
    return 1.0;
  }

  /** Exponent of the business lever. */
  @Value.Default
  public double leverWeight() {
    return 1.0;
  }

  /** Whether service actions win over offers while the customer has an open problem. */
  @Value.Default
  public boolean serviceFirst() {
    return true;
  }

  /** The arbitration score of an action. */
  public double score(double propensity, double value, double lever) {
    return pow(propensity, propensityWeight()) * pow(value, valueWeight()) * pow(lever, leverWeight());
  }

  private static double pow(double x, double w) {
    return w == 1.0 ? x : w == 0.0 ? 1.0 : Math.pow(x, w);
  }
}
