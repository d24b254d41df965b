package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * Points per unit of spend, for every purchase or only for a product or a channel. The rates of
 * every rule that matches a purchase add up: a base rule of 1 and an app rule of 0.5 give 1.5
 * points per unit bought in the app.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEarningRule.class)
@JsonDeserialize(as = ImmutableEarningRule.class)
public abstract class EarningRule {
  EarningRule() {}

  /** A builder. */
  public static ImmutableEarningRule.Builder builder() {
    return ImmutableEarningRule.builder();
  }

  /** The rule's id, unique in the programme. */
  public abstract String id();

  /** Points per unit of the programme's currency spent, finite and at least zero. */
  public abstract double pointsPerUnit();

  /** The product the rule applies to; absent for every product. */
  public abstract Optional<String> product();

  /** The channel the rule applies to; absent for every channel. */
  public abstract Optional<Channel> channel();

  /** Whether a purchase of {@code product} on {@code channel} earns by this rule. */
  public boolean matches(Optional<String> product, Optional<Channel> channel) {
    return (product().isEmpty() || product().equals(product))
        && (channel().isEmpty() || channel().equals(channel));
  }

  @Value.Check
  void check() {
    Checks.present(id(), "EarningRule.id");
  }
}
