package org.completecrm.core.preference;

import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;

/** What a customer asks for in a self-service session (web, app, a link in a message). */
public sealed interface SelfServiceRequest {
  /**
   * Contact on {@code channel} for {@code purpose}, for the whole channel or one contact point.
   *
   * @param contactPoint the address or number, one of the customer's; empty for the whole channel
   */
  record OptIn(Channel channel, Purpose purpose, Optional<String> contactPoint) implements SelfServiceRequest {
    /** Validates presence. */
    public OptIn {
      Checks.present(channel, "OptIn.channel");
      Checks.present(purpose, "OptIn.purpose");
      Checks.present(contactPoint, "OptIn.contactPoint");
    }
  }

  /** No more contact on {@code channel} for {@code purpose} (whole channel or one contact point). */
  record OptOut(Channel channel, Purpose purpose, Optional<String> contactPoint) implements SelfServiceRequest {
    /** Validates presence. */
    public OptOut {
      Checks.present(channel, "OptOut.channel");
      Checks.present(purpose, "OptOut.purpose");
      Checks.present(contactPoint, "OptOut.contactPoint");
    }
  }

  /** The customer confirms a pending double opt-in (clicked the link, replied YES). */
  record Confirm(Channel channel, Purpose purpose, Optional<String> contactPoint) implements SelfServiceRequest {
    /** Validates presence. */
    public Confirm {
      Checks.present(channel, "Confirm.channel");
      Checks.present(purpose, "Confirm.purpose");
      Checks.present(contactPoint, "Confirm.contactPoint");
    }
  }

  /** Unsubscribe from a channel: marketing and research on it end (service and transactional stay). */
  record Unsubscribe(Channel channel) implements SelfServiceRequest {
    /** Validates presence. */
    public Unsubscribe {
      Checks.present(channel, "Unsubscribe.channel");
    }
  }

  /** New quiet hours, or none. */
  record SetQuietHours(Optional<QuietHours> quietHours) implements SelfServiceRequest {
    /** Validates presence. */
    public SetQuietHours {
      Checks.present(quietHours, "SetQuietHours.quietHours");
    }
  }

  /**
   * An interest in a topic stated ({@code interested}) or taken back.
   *
   * @param topic a topic name such as {@code "pensions"}
   */
  record Interest(String topic, boolean interested) implements SelfServiceRequest {
    /** Validates presence. */
    public Interest {
      Checks.notBlank(topic, "Interest.topic");
    }
  }

  /**
   * No marketing on a topic ({@code optedOut}), or that opt-out taken back.
   *
   * @param topic a topic name such as {@code "mortgages"}
   */
  record TopicOptOut(String topic, boolean optedOut) implements SelfServiceRequest {
    /** Validates presence. */
    public TopicOptOut {
      Checks.notBlank(topic, "TopicOptOut.topic");
    }
  }

  /** A copy of everything held (subject access, portability). */
  record RequestExport() implements SelfServiceRequest {}

  /** Erasure of everything held. */
  record RequestErasure() implements SelfServiceRequest {}
}
