package org.completecrm.core.loyalty;

/**
 * What a points ledger entry records. Expiry is not an entry: it is derived from the programme's
 * policy as of the instant asked about, so it is never stale.
 */
public enum EntryKind {
  /** Points earned by a purchase; carries the spend. */
  EARN(true),
  /** Bonus points for a behaviour the programme rewards. */
  BONUS(true),
  /** Goodwill points credited by the frontline within its limit. */
  ADJUST(true),
  /** Points received from another member of the household. */
  TRANSFER_IN(true),
  /** Points spent on a reward. */
  REDEEM(false),
  /** Points given to another member of the household. */
  TRANSFER_OUT(false);

  private final boolean credit;

  EntryKind(boolean credit) {
    this.credit = credit;
  }

  /** Whether the entry adds points (a credit) rather than taking them (a debit). */
  public boolean isCredit() {
    return credit;
  }
}
