package org.completecrm.rules.policy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Reason;

/**
 * The answer to "may I contact this customer for this purpose, on which channel, when, and why":
 * the channel chosen (the best-ranked one every policy allows), or a refusal with its reasons.
 *
 * @param purpose the purpose asked about
 * @param channel the channel to use, when contact is allowed
 * @param delivery how, when allowed
 * @param sendAt when to send, when allowed: the instant asked about, or later when quiet hours defer it
 * @param refusal a refusal that applies to every channel (suppression, cool-down), if any
 * @param verdicts the verdict on each channel tried, in the order tried (unmodifiable)
 */
@JsonPropertyOrder({"purpose", "channel", "delivery", "sendAt", "refusal", "verdicts"})
public record ContactPermission(Purpose purpose, Optional<Channel> channel, Optional<Delivery> delivery,
    Optional<Instant> sendAt, Optional<Reason> refusal, List<ChannelVerdict> verdicts) {
  /** Validates the parts: a chosen channel comes with its delivery and send instant; a verdict list already unmodifiable is kept. */
  public ContactPermission {
    Checks.present(purpose, "ContactPermission.purpose");
    channel = channel == null ? Optional.empty() : channel;
    delivery = delivery == null ? Optional.empty() : delivery;
    sendAt = sendAt == null ? Optional.empty() : sendAt;
    refusal = refusal == null ? Optional.empty() : refusal;
    verdicts = Checks.immutableList(verdicts == null ? List.of() : verdicts, "ContactPermission.verdicts");
    if (refusal.isEmpty() && verdicts.isEmpty()) {
      throw new InvalidValueException("ContactPermission.verdicts", "[]", "a refusal or at least one channel verdict");
    }
    if (channel.isEmpty() != delivery.isEmpty() || channel.isEmpty() != sendAt.isEmpty()) {
      throw new InvalidValueException("ContactPermission.channel", channel,
          "a channel, delivery and send instant together, or none of them");
    }
    if (channel.isPresent() && refusal.isPresent()) {
      throw new InvalidValueException("ContactPermission.refusal", refusal.get(), "no refusal when a channel is chosen");
    }
  }

  /** Contact allowed on the channel of {@code chosen}, the last of the channel {@code verdicts} tried. */
  public static ContactPermission allowed(Purpose purpose, ChannelVerdict chosen, List<ChannelVerdict> verdicts) {
    return new ContactPermission(purpose, Optional.of(chosen.channel()), chosen.delivery(), chosen.sendAt(),
        Optional.empty(), verdicts);
  }

  /** Contact refused for every channel by {@code refusal}. */
  public static ContactPermission refused(Purpose purpose, Reason refusal) {
    return new ContactPermission(purpose, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Checks.present(refusal, "ContactPermission.refusal")), List.of());
  }

  /** Contact refused by each of the channel {@code verdicts}. */
  public static ContactPermission refused(Purpose purpose, List<ChannelVerdict> verdicts) {
    return new ContactPermission(purpose, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        verdicts);
  }

  /** Whether contact is allowed on some channel. */
  public boolean allowed() {
    return channel.isPresent();
  }

  /** The decisive reason: the chosen channel's, the common refusal, or the best-ranked channel's refusal. */
  public Reason decisive() {
    if (refusal.isPresent()) {
      return refusal.get();
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
    if (refusal.isPresent()) {
      return refusal.get().text();
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
}
