package org.completecrm.rules.explain;

/**
 * No upsell while the customer's value is falling.
 *
 * @param trend the value trend score, below zero
 */
public record UpsellWhileValueFalls(double trend) implements Reason {
  @Override
  public Stage stage() {
    return Stage.SUITABILITY;
  }

  @Override
  public String by() {
    return "policy:suitability.falling-value";
  }

  @Override
  public String text() {
    return "No upsell while the customer's value is falling (trend " + Words.fixed(trend, 2) + ").";
  }
}
