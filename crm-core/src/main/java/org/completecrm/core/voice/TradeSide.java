package org.completecrm.core.voice;

/** Whether a trader bought shares from the market maker or sold them back. */
public enum TradeSide {
  /** Bought shares, paying the market maker. */
  BUY,
  /** Sold shares back, paid by the market maker. */
  SELL
}
