package org.completecrm.core.preference;

import java.time.Instant;
import org.completecrm.core.Checks;
import org.completecrm.core.Redaction;

/**
 * Where and when a self-service request was made, which becomes the evidence of the entries.
 *
 * @param via the contact point the customer signed in or was reached through (personal data: never printed)
 * @param source the capture source of the entries, such as {@code "web-preference-centre"}
 * @param evidence a reference to the session or message, such as a session id
 * @param at when the request was made
 */
public record Session(String via, String source, String evidence, Instant at) {
  /** Validates the parts: non-blank texts, an instant. */
  public Session {
    Checks.notBlank(via, "Session.via");
    Checks.notBlank(source, "Session.source");
    Checks.notBlank(evidence, "Session.evidence");
    Checks.present(at, "Session.at");
  }

  @Override
  public String toString() {
    return "Session{via=" + Redaction.tail(via) + ", source=" + source + ", evidence=" + evidence + ", at=" + at + "}";
  }
}
