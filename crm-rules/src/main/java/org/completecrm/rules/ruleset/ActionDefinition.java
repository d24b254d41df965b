package org.completecrm.rules.ruleset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.rules.condition.Condition;
import org.immutables.value.Value;

/**
 * An offer or service action a rule can propose: its purpose, the channels it can be delivered
 * on, its value and business lever for arbitration, the stage conditions (eligibility,
 * applicability, suitability), its message template and its volume limits.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionDefinition.class)
@JsonDeserialize(as = ImmutableActionDefinition.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class ActionDefinition {
  ActionDefinition() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ActionDefinition}, checked when built. */
  public static final class Builder extends ImmutableActionDefinition.Builder {
    Builder() {}
  }

  /** The action's id. */
  public abstract OfferId id();

  /** Offer or service action. */
  public abstract ActionKind kind();

  /** Why the firm would contact the customer with it (consent is asked for this purpose). */
  public abstract Purpose purpose();

  /** The channels it can be delivered on. */
  public abstract Set<Channel> channels();

  /** A name for people and messages. */
  public abstract Optional<String> name();

  /** Its value to the firm if taken (arbitration), at least 0. */
  @Value.Default
  public double value() {
    return 1.0;
  }

  /** A business lever (priority the firm gives it now), at least 0. */
  @Value.Default
  public double lever() {
    return 1.0;
  }

  /** The propensity to use when the scores have no {@code propensity.<id>}, in [0, 1]. */
  @Value.Default
  public double propensity() {
    return 0.5;
  }

  /** Whether it sells more to the customer (unsuitable with an open complaint or a falling value trend). */
  @Value.Default
  public boolean upsell() {
    return false;
  }

  /** Whether it may be offered again after the customer accepted it. */
  @Value.Default
  public boolean repeatable() {
    return false;
  }

  /** May the customer have it at all (eligibility stage). */
  public abstract Optional<Condition> eligibility();

  /** Does it fit now (applicability stage). */
  public abstract Optional<Condition> applicability();

  /** Is it in the customer's interest (suitability stage). */
  public abstract Optional<Condition> suitability();

  /** From when it may be offered. */
  public abstract Optional<Instant> validFrom();

  /** Until when it may be offered (exclusive). */
  public abstract Optional<Instant> validUntil();

  /** A message template (see {@link org.completecrm.rules.response.Template}). */
  public abstract Optional<String> message();

  /** The team a service action is routed to; by default the owner of the problem it fixes. */
  public abstract Optional<TeamId> team();

  /** At most this many presentations to one customer within {@link #presentationWindow()}. */
  public abstract Optional<Integer> maxPresentations();

  /** The window of {@link #maxPresentations()}. */
  public abstract Optional<Duration> presentationWindow();

  /** A cool-down after the customer rejects it, longer than the built-in one. */
  public abstract Optional<Duration> coolDown();

  /**
   * To whom it is made: {@code PERSON} or once per {@code HOUSEHOLD}; absent (as in JSON without
   * {@code "scope"}) means {@code PERSON}, and an explicit {@code PERSON} is kept as absent.
   */
  public abstract Optional<ActionScope> scope();

  /**
   * The message template in other languages, by BCP 47 tag ({@code de}, {@code fr-CH}): used for a
   * customer whose preferred language it is (or whose preferred language's primary tag it is);
   * otherwise {@link #message()}, in the rule set's language.
   */
  public abstract java.util.Map<String, String> messages();

  /**
   * The topics it is about ({@code pensions}, {@code savings}): no marketing on a topic the customer
   * opted out of, and where the rule set requires a stated interest, marketing only to a customer
   * interested in one of them.
   */
  public abstract Set<String> topics();

  /**
   * A self-service action (a {@code SERVICE} action of the rule set) to propose in this one's place
   * when the customer is in a web or app session whose channel it can use and which costs less than
   * this action's cheapest channel (the rule set's {@code channelCosts}).
   */
  public abstract Optional<OfferId> selfService();

  /** The scope in force: {@link #scope()}, or {@code PERSON}. */
  public ActionScope effectiveScope() {
    return scope().orElse(ActionScope.PERSON);
  }

  @Value.Check
  ActionDefinition normalised() {
    return scope().isPresent() && scope().get() == ActionScope.PERSON
        ? builder().from(this).scope(Optional.empty()).build() : this;
  }

  /** The name for people: the name, or the id. */
  public String displayName() {
    return name().orElse(id().value());
  }
}
