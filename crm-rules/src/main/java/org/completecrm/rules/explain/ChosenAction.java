package org.completecrm.rules.explain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.internal.Checks;
import org.completecrm.rules.ruleset.ActionKind;
import org.immutables.value.Value;

/** An action the decision gives: what, on which channel, how, when, with which message, routed to whom, and why. */
@Value.Immutable
@JsonSerialize(as = ImmutableChosenAction.class)
@JsonDeserialize(as = ImmutableChosenAction.class)
public abstract class ChosenAction {
  ChosenAction() {}

  /** A builder. */
  public static ImmutableChosenAction.Builder builder() {
    return ImmutableChosenAction.builder();
  }

  /** Its rank in the decision, from 1. */
  public abstract int rank();

  /** The action. */
  public abstract OfferId action();

  /** Its name for people. */
  public abstract String name();

  /** Offer or service action. */
  public abstract ActionKind kind();

  /** The purpose of the contact. */
  public abstract Purpose purpose();

  /** The channel. */
  public abstract Channel channel();

  /** In the customer's session, or an outbound contact. */
  public abstract Delivery delivery();

  /** When to deliver it: the decision instant, or later when quiet hours defer it. */
  public abstract Instant sendAt();

  /** Whether quiet hours deferred it. */
  public abstract boolean deferred();

  /** Its arbitration score. */
  public abstract double score();

  /** The personalised message, if the action has a template. */
  public abstract Optional<String> message();

  /** The team it is routed to, for service actions. */
  public abstract Optional<TeamId> routeTo();

  /** Why, in plain words: the rule that proposed it, its rank, the channel and the time. */
  public abstract String explanation();

  @Value.Check
  void check() {
    Checks.present(action(), "ChosenAction.action");
    Checks.notBlank(name(), "ChosenAction.name");
    Checks.present(kind(), "ChosenAction.kind");
    Checks.present(purpose(), "ChosenAction.purpose");
    Checks.present(channel(), "ChosenAction.channel");
    Checks.present(delivery(), "ChosenAction.delivery");
    Checks.present(sendAt(), "ChosenAction.sendAt");
    Checks.finite(score(), "ChosenAction.score");
    Checks.notBlank(explanation(), "ChosenAction.explanation");
  }
}
