package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.core.PersonalData;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.completecrm.rules.ruleset.ActionKind;

/**
 * An action the decision gives: what, on which channel, how, when, with which message, routed to
 * whom, and why.
 *
 * <p>As JSON, {@code why} is written with its fields, and its sentence beside it as {@code
 * "explanation"}, which is written, never read.
 *
 * @param rank its rank in the decision, from 1
 * @param action the action
 * @param name its name for people
 * @param kind offer or service action
 * @param purpose the purpose of the contact
 * @param channel the channel
 * @param delivery in the customer's session, or an outbound contact
 * @param sendAt when to deliver it: the decision instant, or later when quiet hours defer it
 * @param deferred whether quiet hours deferred it
 * @param score its arbitration score
 * @param message the personalised message, if the action has a template
 * @param routeTo the team it is routed to, for service actions
 * @param why why it was chosen (usually a {@link ChosenBecause}), its sentence written when read
 */
public record ChosenAction(int rank, OfferId action, String name, ActionKind kind, Purpose purpose, Channel channel,
    Delivery delivery, Instant sendAt, boolean deferred, double score, Optional<String> message,
    Optional<TeamId> routeTo, Reason why) {
  /** Validates the parts. */
  public ChosenAction {
    Checks.present(action, "ChosenAction.action");
    Checks.notBlank(name, "ChosenAction.name");
    Checks.present(kind, "ChosenAction.kind");
    Checks.present(purpose, "ChosenAction.purpose");
    Checks.present(channel, "ChosenAction.channel");
    Checks.present(delivery, "ChosenAction.delivery");
    Checks.present(sendAt, "ChosenAction.sendAt");
    Checks.finite(score, "ChosenAction.score");
    Checks.present(message, "ChosenAction.message");
    Checks.present(routeTo, "ChosenAction.routeTo");
    Checks.present(why, "ChosenAction.why");
  }

  /** From JSON: the explanation beside {@code why} is its sentence as written, not read. */
  @JsonCreator
  static ChosenAction fromJson(@JsonProperty("rank") Integer rank, @JsonProperty("action") OfferId action,
      @JsonProperty("name") String name, @JsonProperty("kind") ActionKind kind,
      @JsonProperty("purpose") Purpose purpose, @JsonProperty("channel") Channel channel,
      @JsonProperty("delivery") Delivery delivery, @JsonProperty("sendAt") Instant sendAt,
      @JsonProperty("deferred") Boolean deferred, @JsonProperty("score") Double score,
      @JsonProperty("message") Optional<String> message, @JsonProperty("routeTo") Optional<TeamId> routeTo,
      @JsonProperty("why") Reason why, @JsonProperty("explanation") String explanationAsWritten) {
    return new ChosenAction(Checks.present(rank, "ChosenAction.rank"), action, name, kind, purpose, channel, delivery,
        sendAt, Checks.present(deferred, "ChosenAction.deferred"), Checks.present(score, "ChosenAction.score"),
        message == null ? Optional.empty() : message, routeTo == null ? Optional.empty() : routeTo,
        why);
  }

  /** The personalised message, if the action has a template (personal data: {@code toString} shows only its length). */
  @Override
  @PersonalData
  public Optional<String> message() {
    return message;
  }

  /** Why, in plain words: the rule that proposed it, its rank, the channel and the time. */
  @JsonProperty("explanation")
  public String explanation() {
    return why.text();
  }

  @Override
  public String toString() {
    return "ChosenAction{rank=" + rank + ", action=" + action + ", name=" + name + ", kind=" + kind + ", purpose="
        + purpose + ", channel=" + channel + ", delivery=" + delivery + ", sendAt=" + sendAt + ", deferred=" + deferred
        + ", score=" + score + ", message=" + message.map(m -> "(" + m.length() + " characters, not shown)").orElse("none")
        + ", routeTo=" + routeTo + ", why=" + why + "}";
  }
}
