package org.completecrm.analytics.cost;

/** The standard service activities and their driver units, as used in {@code CostDriver.activity()}. */
public final class Activities {
  /** A visit to a branch, driven by occurrence. */
  public static final String BRANCH_VISIT = "branch-visit";
  /** An inbound call, driven by the minute. */
  public static final String INBOUND_CALL = "inbound-call";
  /** An outbound call, driven by the minute. */
  public static final String OUTBOUND_CALL = "outbound-call";
  /** An e-mail read and answered, driven by occurrence. */
  public static final String EMAIL_HANDLED = "email-handled";
  /** A statement printed and posted, driven by occurrence. */
  public static final String STATEMENT_POSTED = "statement-posted";
  /** A self-service web session, driven by occurrence. */
  public static final String WEB_SESSION = "web-session";
  /** A complaint investigated and closed, driven by occurrence. */
  public static final String COMPLAINT_HANDLED = "complaint-handled";
  /** A delivery made, driven by occurrence. */
  public static final String DELIVERY = "delivery";
  /** The driver unit for time-driven activities. */
  public static final String MINUTE = "minute";
  /** The driver unit for transaction-driven activities. */
  public static final String OCCURRENCE = "occurrence";

  private Activities() {}
}
