package org.completecrm.core.channel;

/** Why the firm contacts a customer; consent is given per channel and purpose. */
public enum Purpose {
  /** Service: answering, resolving, following up what the customer asked for. */
  SERVICE,
  /** Marketing: offers, cross-sell, newsletters. */
  MARKETING,
  /** Transactional: confirmations, statements, notices the relationship requires. */
  TRANSACTIONAL,
  /** Research and feedback: surveys, ideas, votes, prediction markets. */
  RESEARCH
}
