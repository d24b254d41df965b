package org.completecrm.core.channel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** How often a customer is happy to be contacted: at most {@code maxContacts} within any {@code window}. */
@Value.Immutable
@JsonSerialize(as = ImmutableContactFrequency.class)
@JsonDeserialize(as = ImmutableContactFrequency.class)
public abstract class ContactFrequency {
  ContactFrequency() {}

  /** At most {@code maxContacts} contacts in any {@code window}. */
  public static ContactFrequency of(int maxContacts, Duration window) {
    return ImmutableContactFrequency.builder().maxContacts(maxContacts).window(window).build();
  }

  /** The most contacts allowed in a window. */
  public abstract int maxContacts();

  /** The sliding window. */
  public abstract Duration window();

  @Value.Check
  void check() {
    Checks.present(window(), "ContactFrequency.window");
    if (maxContacts() < 0) {
      throw new InvalidValueException("ContactFrequency.maxContacts", maxContacts(), "a count >= 0");
    }
    if (window().isNegative() || window().isZero()) {
      throw new InvalidValueException("ContactFrequency.window", window(), "a positive duration");
    }
  }
}
