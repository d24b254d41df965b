package org.completecrm.rules.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
public abstract class ContactPermission {
  ContactPermission() {}

  /** A builder. */
  public static ImmutableContactPermission.Builder builder() {
    return ImmutableContactPermission.builder();
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
      throw new org.completecrm.core.InvalidValueException("ContactPermission.verdicts", "[]",
          "a refusal or at least one channel verdict");
    }
  }
}
