package org.completecrm.rules.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A service team's room for the responses a campaign brings in: a send on channel {@code c} to a
 * customer with propensity {@code p} brings {@code p x responseShares[c]} expected inbound
 * responses to the team on the day it is sent, and those must stay within {@code capacityPerDay}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTeamCapacity.class)
@JsonDeserialize(as = ImmutableTeamCapacity.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class TeamCapacity {
  TeamCapacity() {}

  /** A builder. */
  public static ImmutableTeamCapacity.Builder builder() {
    return ImmutableTeamCapacity.builder();
  }

  /** The team. */
  public abstract TeamId team();

  /** The most expected inbound responses the team can answer per day. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract double capacityPerDay();

  /** Per channel sent on, the share of responders who contact this team, in [0, 1]. */
  public abstract Map<Channel, Double> responseShares();

  /** The share of responders to a send on {@code channel} who contact this team (0 when not listed). */
  public double shareOf(Channel channel) {
    Double s = responseShares().get(channel);
    return s == null ? 0.0 : s;
  }

  @Value.Check
  void check() {
    Checks.present(team(), "TeamCapacity.team");
    Checks.noNulls(responseShares(), "TeamCapacity.responseShares");
    if (!Double.isFinite(capacityPerDay()) || capacityPerDay() < 0) {
      throw new InvalidValueException("TeamCapacity.capacityPerDay", capacityPerDay(), "a finite number of at least 0");
    }
    responseShares().forEach((c, s) -> Checks.probability(s, "TeamCapacity.responseShares." + c));
  }
}
