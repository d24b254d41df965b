package org.completecrm.rules.explain;

/**
 * How a candidate ranked in arbitration: its position, its score and what the score is made of.
 *
 * @param position its rank among the candidates, from 1
 * @param score its score
 * @param propensity the propensity the score used
 * @param value the action's value
 * @param lever the action's lever
 * @param serviceFirst whether it ranked ahead as a service action while the customer has an open problem
 */
public record Ranking(int position, double score, double propensity, double value, double lever, boolean serviceFirst)
    implements Reason {
  @Override
  public Stage stage() {
    return Stage.ARBITRATION;
  }

  @Override
  public String by() {
    return "policy:arbitration";
  }

  @Override
  public String text() {
    return "Ranked " + position + " with score " + Words.fixed(score, 4) + " (propensity " + Words.fixed(propensity, 2)
        + ", value " + Words.amount(value) + ", lever " + Words.amount(lever) + ")"
        + (serviceFirst ? "; service first because the customer has an open problem." : ".");
  }
}
