package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.completecrm.core.OfferId;
import org.completecrm.core.PersonalData;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.internal.Checks;
import org.completecrm.rules.ruleset.ActionKind;

/**
 * An action the decision gives: what, on which channel, how, when, with which message, routed to
 * whom, and why.
 *
 * <p>Written by hand rather than generated, like {@link Reason}: its explanation may be given as
 * words written when first read ({@link Builder#explanation(Supplier)}), so that a campaign run
 * does not write sentences nobody reads. Reading, comparing, hashing or serialising it writes them.
 */
public final class ChosenAction {
  private final int rank;
  private final OfferId action;
  private final String name;
  private final ActionKind kind;
  private final Purpose purpose;
  private final Channel channel;
  private final Delivery delivery;
  private final Instant sendAt;
  private final boolean deferred;
  private final double score;
  private final Optional<String> message;
  private final Optional<TeamId> routeTo;
  private final Supplier<String> words;
  // Written on first read; a race writes the same sentence twice, and a String is safe to publish so.
  private String explanation;

  private ChosenAction(Builder b) {
    this.rank = Checks.present(b.rank, "ChosenAction.rank");
    this.action = Checks.present(b.action, "ChosenAction.action");
    this.name = Checks.notBlank(b.name, "ChosenAction.name");
    this.kind = Checks.present(b.kind, "ChosenAction.kind");
    this.purpose = Checks.present(b.purpose, "ChosenAction.purpose");
    this.channel = Checks.present(b.channel, "ChosenAction.channel");
    this.delivery = Checks.present(b.delivery, "ChosenAction.delivery");
    this.sendAt = Checks.present(b.sendAt, "ChosenAction.sendAt");
    this.deferred = Checks.present(b.deferred, "ChosenAction.deferred");
    this.score = Checks.finite(Checks.present(b.score, "ChosenAction.score"), "ChosenAction.score");
    this.message = Checks.present(b.message, "ChosenAction.message");
    this.routeTo = Checks.present(b.routeTo, "ChosenAction.routeTo");
    this.words = b.words; // the builder keeps one of words and explanation
    this.explanation = words != null ? null : Checks.notBlank(b.explanation, "ChosenAction.explanation");
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @JsonCreator
  static ChosenAction fromJson(@JsonProperty("rank") Integer rank, @JsonProperty("action") OfferId action,
      @JsonProperty("name") String name, @JsonProperty("kind") ActionKind kind,
      @JsonProperty("purpose") Purpose purpose, @JsonProperty("channel") Channel channel,
      @JsonProperty("delivery") Delivery delivery, @JsonProperty("sendAt") Instant sendAt,
      @JsonProperty("deferred") Boolean deferred, @JsonProperty("score") Double score,
      @JsonProperty("message") Optional<String> message, @JsonProperty("routeTo") Optional<TeamId> routeTo,
      @JsonProperty("explanation") String explanation) {
    Builder b = builder().action(action).name(name).kind(kind).purpose(purpose).channel(channel).delivery(delivery)
        .sendAt(sendAt).message(message == null ? Optional.empty() : message)
        .routeTo(routeTo == null ? Optional.empty() : routeTo);
    b.rank = rank;
    b.deferred = deferred;
    b.score = score;
    b.explanation = explanation;
    return b.build();
  }

  /** Its rank in the decision, from 1. */
  @JsonProperty("rank")
  public int rank() {
    return rank;
  }

  /** The action. */
  @JsonProperty("action")
  public OfferId action() {
    return action;
  }

  /** Its name for people. */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** Offer or service action. */
  @JsonProperty("kind")
  public ActionKind kind() {
    return kind;
  }

  /** The purpose of the contact. */
  @JsonProperty("purpose")
  public Purpose purpose() {
    return purpose;
  }

  /** The channel. */
  @JsonProperty("channel")
  public Channel channel() {
    return channel;
  }

  /** In the customer's session, or an outbound contact. */
  @JsonProperty("delivery")
  public Delivery delivery() {
    return delivery;
  }

  /** When to deliver it: the decision instant, or later when quiet hours defer it. */
  @JsonProperty("sendAt")
  public Instant sendAt() {
    return sendAt;
  }

  /** Whether quiet hours deferred it. */
  @JsonProperty("deferred")
  public boolean deferred() {
    return deferred;
  }

  /** Its arbitration score. */
  @JsonProperty("score")
  public double score() {
    return score;
  }

  /** The personalised message, if the action has a template (personal data: {@code toString} shows only its length). */
  @JsonProperty("message")
  @PersonalData
  public Optional<String> message() {
    return message;
  }

  /** The team it is routed to, for service actions. */
  @JsonProperty("routeTo")
  public Optional<TeamId> routeTo() {
    return routeTo;
  }

  /** Why, in plain words: the rule that proposed it, its rank, the channel and the time. */
  @JsonProperty("explanation")
  public String explanation() {
    String e = explanation;
    if (e == null) {
      e = Checks.notBlank(words.get(), "ChosenAction.explanation");
      explanation = e;
    }
    return e;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof ChosenAction c && rank == c.rank && deferred == c.deferred && Double.compare(score, c.score) == 0 && action.equals(c.action)
        && name.equals(c.name) && kind == c.kind && purpose == c.purpose && channel == c.channel
        && delivery == c.delivery && sendAt.equals(c.sendAt) && message.equals(c.message)
        && routeTo.equals(c.routeTo) && explanation().equals(c.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rank, action, name, kind, purpose, channel, delivery, sendAt, deferred, score, message, routeTo,
        explanation());
  }

  @Override
  public String toString() {
    return "ChosenAction{rank=" + rank + ", action=" + action + ", name=" + name + ", kind=" + kind + ", purpose="
        + purpose + ", channel=" + channel + ", delivery=" + delivery + ", sendAt=" + sendAt + ", deferred=" + deferred
        + ", score=" + score + ", message=" + message.map(m -> "(" + m.length() + " characters, not shown)").orElse("none")
        + ", routeTo=" + routeTo + ", explanation=" + explanation() + "}";
  }

  /** Builds a {@link ChosenAction}; every attribute is required except the message and the route (empty by default). */
  public static final class Builder {
    private Integer rank;
    private OfferId action;
    private String name;
    private ActionKind kind;
    private Purpose purpose;
    private Channel channel;
    private Delivery delivery;
    private Instant sendAt;
    private Boolean deferred;
    private Double score;
    private Optional<String> message = Optional.empty();
    private Optional<TeamId> routeTo = Optional.empty();
    private String explanation;
    private Supplier<String> words;

    private Builder() {}

    /** Its rank in the decision, from 1. */
    public Builder rank(int rank) {
      this.rank = rank;
      return this;
    }

    /** The action. */
    public Builder action(OfferId action) {
      this.action = action;
      return this;
    }

    /** Its name for people. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Offer or service action. */
    public Builder kind(ActionKind kind) {
      this.kind = kind;
      return this;
    }

    /** The purpose of the contact. */
    public Builder purpose(Purpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /** The channel. */
    public Builder channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    /** In the customer's session, or an outbound contact. */
    public Builder delivery(Delivery delivery) {
      this.delivery = delivery;
      return this;
    }

    /** When to deliver it. */
    public Builder sendAt(Instant sendAt) {
      this.sendAt = sendAt;
      return this;
    }

    /** Whether quiet hours deferred it. */
    public Builder deferred(boolean deferred) {
      this.deferred = deferred;
      return this;
    }

    /** Its arbitration score. */
    public Builder score(double score) {
      this.score = score;
      return this;
    }

    /** The personalised message, if any. */
    public Builder message(Optional<String> message) {
      this.message = message;
      return this;
    }

    /** The team it is routed to, if any. */
    public Builder routeTo(Optional<TeamId> routeTo) {
      this.routeTo = routeTo;
      return this;
    }

    /** Why, in plain words. */
    public Builder explanation(String explanation) {
      this.explanation = explanation;
      this.words = null;
      return this;
    }

    /**
     * Why, as words written when first read. {@code words} must be a pure function of values it
     * holds: it may run more than once, on any thread, and must give the same sentence each time.
     */
    public Builder explanation(Supplier<String> words) {
      this.words = Checks.present(words, "ChosenAction.explanation");
      this.explanation = null;
      return this;
    }

    /** The chosen action; a missing or invalid attribute is an {@code InvalidValueException} naming it. */
    public ChosenAction build() {
      return new ChosenAction(this);
    }
  }
}
