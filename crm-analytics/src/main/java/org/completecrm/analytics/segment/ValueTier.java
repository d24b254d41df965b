package org.completecrm.analytics.segment;

import java.util.Locale;

/**
 * A value tier of the customer pyramid (Zeithaml, Rust and Lemon, "The Customer Pyramid: Creating
 * and Serving Profitable Customers", California Management Review 43(4), 2001): from the most
 * valuable customers down to those who cost more than they bring.
 */
public enum ValueTier {
  /** The most valuable customers. */
  PLATINUM,
  /** Valuable customers below platinum. */
  GOLD,
  /** Customers of positive but modest value. */
  IRON,
  /** Customers whose value is negative: they cost more to serve than they bring and will bring. */
  LEAD;

  /** The tier's label as rule sets see it: {@code "platinum"}, {@code "gold"}, {@code "iron"}, {@code "lead"}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
