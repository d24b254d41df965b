package org.completecrm.core.channel;

/** A way the firm and a customer reach each other. */
public enum Channel {
  /** E-mail. */
  EMAIL,
  /** Text message. */
  SMS,
  /** Telephone, inbound or outbound. */
  PHONE,
  /** Letters and statements by post. */
  POST,
  /** The firm's web site or self-service portal. */
  WEB,
  /** Push notifications of the firm's app. */
  APP_PUSH,
  /** In person, at a branch or store. */
  BRANCH,
  /** Live or bot chat. */
  CHAT,
  /** Social media. */
  SOCIAL;

  /** Whether the firm can start a contact on this channel (web and branch are customer-initiated). */
  public boolean supportsOutbound() {
    return this != WEB && this != BRANCH;
  }
}
