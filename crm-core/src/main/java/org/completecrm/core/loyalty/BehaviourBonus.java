package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * Bonus points for a behaviour the firm values, such as moving to a cheaper self-service channel
 * ({@code moved-to-self-service}) or answering a survey ({@code answered-survey}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBehaviourBonus.class)
@JsonDeserialize(as = ImmutableBehaviourBonus.class)
public abstract class BehaviourBonus {
  BehaviourBonus() {}

  /** A builder. */
  public static ImmutableBehaviourBonus.Builder builder() {
    return ImmutableBehaviourBonus.builder();
  }

  /** The behaviour's name, unique in the programme. */
  public abstract String behaviour();

  /** Points credited each time, at least 1. */
  public abstract long points();

  @Value.Check
  void check() {
    Checks.present(behaviour(), "BehaviourBonus.behaviour");
  }
}
