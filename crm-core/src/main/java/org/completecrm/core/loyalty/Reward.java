package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A reward of the catalogue: what it costs the member in points and the firm in money. */
@Value.Immutable
@JsonSerialize(as = ImmutableReward.class)
@JsonDeserialize(as = ImmutableReward.class)
public abstract class Reward {
  Reward() {}

  /** A builder. */
  public static ImmutableReward.Builder builder() {
    return ImmutableReward.builder();
  }

  /** The reward's id, unique in the catalogue. */
  public abstract String id();

  /** Points it takes, at least 1. */
  public abstract long points();

  /** What one redemption costs the firm, in the programme's currency. */
  public abstract Money cost();

  @Value.Check
  void check() {
    Checks.present(id(), "Reward.id");
    Checks.present(cost(), "Reward.cost");
  }
}
