package org.completecrm.rules.policy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.internal.Checks;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Reason;
import org.immutables.value.Value;

/**
 * The answer to "may I contact this customer for this purpose, on which channel, when, and why":
 * the channel chosen (the best-ranked one every policy allows), or a refusal with its reasons.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContactPermission.class)
@JsonDeserialize(as = ImmutableContactPermission.class)
@JsonPropertyOrder({"purpose", "channel", "delivery", "sendAt", "refusal", "verdicts"})
public abstract class ContactPermission {
  ContactPermission() {}

  /** A permission from all its parts: a chosen channel comes with its delivery and send instant. */
  public static ContactPermission of(Purpose purpose, Optional<Channel> channel, Optional<Delivery> delivery,
      Optional<Instant> sendAt, Optional<Reason> refusal, List<ChannelVerdict> verdicts) {
    return ImmutableContactPermission.builder().purpose(purpose).channel(channel).delivery(delivery).sendAt(sendAt)
        .refusal(refusal).verdicts(Checks.noNulls(verdicts, "ContactPermission.verdicts")).build();
  }

  /** Contact allowed on the channel of {@code chosen}, the last of the channel {@code verdicts} tried. */
  static ContactPermission allowed(Purpose purpose, ChannelVerdict chosen, List<ChannelVerdict> verdicts) {
    return of(purpose, Optional.of(chosen.channel()), chosen.delivery(), chosen.sendAt(), Optional.empty(), verdicts);
  }

  /** Contact refused for every channel by {@code refusal}. */
  static ContactPermission refused(Purpose purpose, Reason refusal) {
    return of(purpose, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Checks.present(refusal, "ContactPermission.refusal")), List.of());
  }

  /** Contact refused by each of the channel {@code verdicts}. */
  static ContactPermission refused(Purpose purpose, List<ChannelVerdict> verdicts) {
    return of(purpose, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), verdicts);
  }

  /** The purpose asked about. */
  public abstract Purpose purpose();

  /** The channel to use, when contact is allowed. */
  public abstract Optional<Channel> channel();

  /** How, when allowed. */
  public abstract Optional<Delivery> delivery();

  /** When to send, when allowed: the instant asked about, or later when quiet hours defer it. */
  public abstract Optional<Instant> sendAt();

  /** A refusal that applies to every channel (suppression, cool-down), if any. */
  public abstract Optional<Reason> refusal();

  /** The verdict on each channel tried, in the order tried. */
  public abstract List<ChannelVerdict> verdicts();

  /** Whether contact is allowed on some channel. */
  public boolean allowed() {
    return channel().isPresent();
  }

  /** The decisive reason: the chosen channel's, the common refusal, or the best-ranked channel's refusal. */
  public Reason decisive() {
    if (refusal().isPresent()) {
      return refusal().get();
    }
    for (ChannelVerdict v : verdicts()) {
      if (v.allowed()) {
        return v.reason();
      }
    }
    return verdicts().get(0).reason();
  }

  /** The answer in plain words, one sentence per channel tried. */
  public String explanation() {
    if (refusal().isPresent()) {
      return refusal().get().text();
    }
    StringBuilder sb = new StringBuilder();
    for (ChannelVerdict v : verdicts()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(v.reason().text());
    }
    return sb.toString();
  }

  @Value.Check
  void check() {
    Checks.present(purpose(), "ContactPermission.purpose");
    Checks.noNulls(verdicts(), "ContactPermission.verdicts");
    if (refusal().isEmpty() && verdicts().isEmpty()) {
      throw new InvalidValueException("ContactPermission.verdicts", "[]", "a refusal or at least one channel verdict");
    }
    if (channel().isPresent() != delivery().isPresent() || channel().isPresent() != sendAt().isPresent()) {
      throw new InvalidValueException("ContactPermission.channel", channel().orElse(null),
          "a channel, delivery and send instant together, or none of them");
    }
    if (channel().isPresent() && refusal().isPresent()) {
      throw new InvalidValueException("ContactPermission.refusal", refusal().get(), "no refusal when a channel is chosen");
    }
  }
}
