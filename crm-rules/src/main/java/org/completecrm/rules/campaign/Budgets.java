package org.completecrm.rules.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * What one campaign run may spend: sends per offer, sends per channel per day, the total cost of
 * the sends (from the channel costs) and sends per segment. Each is optional; an absent budget
 * does not bind.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgets.class)
@JsonDeserialize(as = ImmutableBudgets.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Budgets {
  Budgets() {}

  /** A builder. */
  public static ImmutableBudgets.Builder builder() {
    return ImmutableBudgets.builder();
  }

  /** No budgets. */
  public static Budgets none() {
    return builder().build();
  }

  /** The most sends of each offer (or service action) in the run. */
  public abstract Map<OfferId, Integer> offers();

  /** The most sends on each channel per day of the send window. */
  public abstract Map<Channel, Integer> channelsPerDay();

  /** The most the sends may cost together. */
  public abstract Optional<Money> totalCost();

  /** The most sends to the customers of each segment (the {@code segment} label of their scores). */
  public abstract Map<String, Integer> segments();

  @Value.Check
  void check() {
    Checks.noNulls(offers(), "Budgets.offers");
    Checks.noNulls(channelsPerDay(), "Budgets.channelsPerDay");
    Checks.noNulls(segments(), "Budgets.segments");
    offers().forEach((k, v) -> atLeastZero(v, "Budgets.offers." + k));
    channelsPerDay().forEach((k, v) -> atLeastZero(v, "Budgets.channelsPerDay." + k));
    segments().forEach((k, v) -> atLeastZero(v, "Budgets.segments." + k));
    totalCost().ifPresent(m -> {
      if (m.signum() < 0) {
        throw new InvalidValueException("Budgets.totalCost", m, "an amount of at least 0");
      }
    });
  }

  static void atLeastZero(int value, String field) {
    if (value < 0) {
      throw new InvalidValueException(field, value, "a count of at least 0");
    }
  }
}
