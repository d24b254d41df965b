package org.completecrm.rules.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.internal.Checks;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Reason;

/**
 * The answer to "may I contact this customer for this purpose, on which channel, when, and why":
 * the channel chosen (the best-ranked one every policy allows), or a refusal with its reasons.
 *
 * <p>Written by hand rather than generated: a decision asks for one per ranked candidate, and this
 * class keeps verdicts that are already an unmodifiable {@code List.of} list as they are. As an
 * Immutables value it took 7% of a campaign decision's time (DecisionBenchmark, issue 16).
 */
@JsonPropertyOrder({"purpose", "channel", "delivery", "sendAt", "refusal", "verdicts"})
public final class ContactPermission {
  private final Purpose purpose;
  private final Channel channel;
  private final Delivery delivery;
  private final Instant sendAt;
  private final Reason refusal;
  private final List<ChannelVerdict> verdicts;

  private ContactPermission(Purpose purpose, Channel channel, Delivery delivery, Instant sendAt, Reason refusal,
      List<ChannelVerdict> verdicts) {
    this.purpose = Checks.present(purpose, "ContactPermission.purpose");
    this.channel = channel;
    this.delivery = delivery;
    this.sendAt = sendAt;
    this.refusal = refusal;
    this.verdicts = Checks.immutableList(verdicts, "ContactPermission.verdicts");
    if (refusal == null && this.verdicts.isEmpty()) {
      throw new InvalidValueException("ContactPermission.verdicts", "[]", "a refusal or at least one channel verdict");
    }
    if ((channel == null) != (delivery == null) || (channel == null) != (sendAt == null)) {
      throw new InvalidValueException("ContactPermission.channel", channel,
          "a channel, delivery and send instant together, or none of them");
    }
    if (channel != null && refusal != null) {
      throw new InvalidValueException("ContactPermission.refusal", refusal, "no refusal when a channel is chosen");
    }
  }

  /** A permission from all its parts, as read from JSON: a chosen channel comes with its delivery and send instant. */
  @JsonCreator
  public static ContactPermission of(@JsonProperty("purpose") Purpose purpose,
      @JsonProperty("channel") Optional<Channel> channel, @JsonProperty("delivery") Optional<Delivery> delivery,
      @JsonProperty("sendAt") Optional<Instant> sendAt, @JsonProperty("refusal") Optional<Reason> refusal,
      @JsonProperty("verdicts") List<ChannelVerdict> verdicts) {
    return new ContactPermission(purpose, orNull(channel), orNull(delivery), orNull(sendAt), orNull(refusal),
        verdicts == null ? List.of() : verdicts);
  }

  private static <T> T orNull(Optional<T> o) {
    return o == null ? null : o.orElse(null);
  }

  /** Contact allowed on the channel of {@code chosen}, the last of the channel {@code verdicts} tried. */
  static ContactPermission allowed(Purpose purpose, ChannelVerdict chosen, List<ChannelVerdict> verdicts) {
    return new ContactPermission(purpose, chosen.channel(), chosen.delivery().orElseThrow(),
        chosen.sendAt().orElseThrow(), null, verdicts);
  }

  /** Contact refused for every channel by {@code refusal}. */
  static ContactPermission refused(Purpose purpose, Reason refusal) {
    return new ContactPermission(purpose, null, null, null, Checks.present(refusal, "ContactPermission.refusal"),
        List.of());
  }

  /** Contact refused by each of the channel {@code verdicts}. */
  static ContactPermission refused(Purpose purpose, List<ChannelVerdict> verdicts) {
    return new ContactPermission(purpose, null, null, null, null, verdicts);
  }

  /** The purpose asked about. */
  @JsonProperty("purpose")
  public Purpose purpose() {
    return purpose;
  }

  /** The channel to use, when contact is allowed. */
  @JsonProperty("channel")
  public Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  /** How, when allowed. */
  @JsonProperty("delivery")
  public Optional<Delivery> delivery() {
    return Optional.ofNullable(delivery);
  }

  /** When to send, when allowed: the instant asked about, or later when quiet hours defer it. */
  @JsonProperty("sendAt")
  public Optional<Instant> sendAt() {
    return Optional.ofNullable(sendAt);
  }

  /** A refusal that applies to every channel (suppression, cool-down), if any. */
  @JsonProperty("refusal")
  public Optional<Reason> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The verdict on each channel tried, in the order tried (unmodifiable). */
  @JsonProperty("verdicts")
  public List<ChannelVerdict> verdicts() {
    return verdicts;
  }

  /** Whether contact is allowed on some channel. */
  public boolean allowed() {
    return channel != null;
  }

  /** The decisive reason: the chosen channel's, the common refusal, or the best-ranked channel's refusal. */
  public Reason decisive() {
    if (refusal != null) {
      return refusal;
    }
    for (int i = 0; i < verdicts.size(); i++) {
      if (verdicts.get(i).allowed()) {
        return verdicts.get(i).reason();
      }
    }
    return verdicts.get(0).reason();
  }

  /** The answer in plain words, one sentence per channel tried. */
  public String explanation() {
    if (refusal != null) {
      return refusal.text();
    }
    StringBuilder sb = new StringBuilder();
    for (ChannelVerdict v : verdicts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(v.reason().text());
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ContactPermission)) {
      return false;
    }
    ContactPermission p = (ContactPermission) o;
    return purpose == p.purpose && channel == p.channel && delivery == p.delivery && Objects.equals(sendAt, p.sendAt)
        && Objects.equals(refusal, p.refusal) && verdicts.equals(p.verdicts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(purpose, channel, delivery, sendAt, refusal, verdicts);
  }

  @Override
  public String toString() {
    return "ContactPermission{purpose=" + purpose + (channel != null ? ", channel=" + channel + ", delivery="
        + delivery + ", sendAt=" + sendAt : "") + (refusal != null ? ", refusal=" + refusal : "") + ", verdicts="
        + verdicts + "}";
  }
}
