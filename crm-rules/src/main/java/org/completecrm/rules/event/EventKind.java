package org.completecrm.rules.event;

import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.jspecify.annotations.Nullable;

/** What happened that asks for a decision. */
public enum EventKind {
  /** The customer is calling the contact centre. */
  INBOUND_CALL(true, Channel.PHONE),
  /** The customer is on the web site or self-service portal. */
  WEB_VISIT(true, Channel.WEB),
  /** The customer is at a branch or store. */
  BRANCH_VISIT(true, Channel.BRANCH),
  /** The customer bought something. */
  PURCHASE(false, null),
  /** The customer complained. */
  COMPLAINT(false, null),
  /** A scheduled campaign run looks at the customer. */
  CAMPAIGN_RUN(false, null),
  /** A commitment to the customer falls due. */
  COMMITMENT_DUE(false, null),
  /** The firm has something to tell the customer: a change, a survey, a vote on a proposal. */
  NOTIFICATION(false, null);

  private final boolean session;
  private final @Nullable Channel defaultChannel;

  EventKind(boolean session, @Nullable Channel defaultChannel) {
    this.session = session;
    this.defaultChannel = defaultChannel;
  }

  /** Whether the customer is present in a session the firm can answer in (a call, a visit). */
  public boolean isSession() {
    return session;
  }

  /** The channel of the session when the event does not name one. */
  public Optional<Channel> defaultChannel() {
    return Optional.ofNullable(defaultChannel);
  }
}
