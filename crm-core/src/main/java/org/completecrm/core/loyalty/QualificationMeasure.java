package org.completecrm.core.loyalty;

/** What a tier is earned by over a qualification period. */
public enum QualificationMeasure {
  /** The member's spend in the period, from the earn entries of the ledger. */
  SPEND,
  /** The member's profit in the period after cost-to-serve (from crm-analytics' profitability). */
  PROFIT,
  /** The member's customer lifetime value as assessed at the period's end. */
  CLV,
  /** The value of the member's household: the sum over its members, as the host measures it. */
  HOUSEHOLD_VALUE
}
