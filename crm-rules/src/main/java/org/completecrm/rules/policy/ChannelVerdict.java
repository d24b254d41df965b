package org.completecrm.rules.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
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
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code ChannelVerdict}, checked when built. */
  public static final class Builder extends ImmutableChannelVerdict.Builder {
    Builder() {}
  }

  /** Contact on {@code channel} refused, for {@code reason}. */
  public static ChannelVerdict refusedOn(Channel channel, Reason reason) {
    return ImmutableChannelVerdict.of(channel, false, Optional.empty(), Optional.empty(), reason);
  }

  /** Contact on {@code channel} allowed, delivered so at {@code sendAt}, for {@code reason}. */
  public static ChannelVerdict allowedOn(Channel channel, Delivery delivery, Instant sendAt, Reason reason) {
    return ImmutableChannelVerdict.of(channel, true, Optional.of(delivery), Optional.of(sendAt), reason);
  }

  /** The channel. */
  @Value.Parameter
  public abstract Channel channel();

  /** Whether contact on it is allowed. */
  @Value.Parameter
  public abstract boolean allowed();

  /** How, when allowed. */
  @Value.Parameter
  public abstract Optional<Delivery> delivery();

  /** When, when allowed (later than asked if quiet hours defer it). */
  @Value.Parameter
  public abstract Optional<Instant> sendAt();

  /** Why. */
  @Value.Parameter
  public abstract Reason reason();

  @Value.Check
  void check() {
    Checks.present(channel(), "ChannelVerdict.channel");
    Checks.present(reason(), "ChannelVerdict.reason");
  }
}
