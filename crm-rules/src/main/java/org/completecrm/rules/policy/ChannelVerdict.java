package org.completecrm.rules.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.internal.Checks;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Reason;
import org.immutables.value.Value;

/** The contact policies' verdict on one channel: allowed (now or deferred) or refused, with the reason. */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelVerdict.class)
@JsonDeserialize(as = ImmutableChannelVerdict.class)
public abstract class ChannelVerdict {
  ChannelVerdict() {}

  /** A builder. */
  public static ImmutableChannelVerdict.Builder builder() {
    return ImmutableChannelVerdict.builder();
  }

  /** The channel. */
  public abstract Channel channel();

  /** Whether contact on it is allowed. */
  public abstract boolean allowed();

  /** How, when allowed. */
  public abstract Optional<Delivery> delivery();

  /** When, when allowed (later than asked if quiet hours defer it). */
  public abstract Optional<Instant> sendAt();

  /** Why. */
  public abstract Reason reason();

  @Value.Check
  void check() {
    Checks.present(channel(), "ChannelVerdict.channel");
    Checks.present(reason(), "ChannelVerdict.reason");
  }
}
