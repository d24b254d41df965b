package org.completecrm.core.view;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.Direction;
import org.immutables.value.Value;

/** One contact in a view: who, on which channel, in which direction, for which purpose, when. */
@Value.Immutable
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
public abstract class Contact {
  Contact() {}

  /** A builder. */
  public static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }

  /** The event the contact comes from. */
  public abstract EventId event();

  /** The customer contacted (a household member for household contacts). */
  public abstract CustomerId customer();

  /** The channel. */
  public abstract Channel channel();

  /** Inbound or outbound. */
  public abstract Direction direction();

  /** The purpose, where known (offers are marketing unless stated). */
  public abstract Optional<Purpose> purpose();

  /** When. */
  public abstract Instant at();

  @Value.Check
  void check() {
    Checks.present(event(), "Contact.event");
    Checks.present(customer(), "Contact.customer");
    Checks.present(channel(), "Contact.channel");
    Checks.present(direction(), "Contact.direction");
    Checks.present(at(), "Contact.at");
  }
}
