package org.completecrm.rules.explain;

/**
 * The decision already has its most actions; this one ranked after them.
 *
 * @param max the rule set's {@code maxActions}
 * @param position the candidate's rank, above {@code max}
 */
public record BeyondMaxActions(int max, int position) implements Reason {
  @Override
  public Stage stage() {
    return Stage.VOLUME;
  }

  @Override
  public String by() {
    return "policy:volume.max-actions";
  }

  @Override
  public String text() {
    return "The decision already has its " + Words.count(max, "action") + "; this one ranked " + position + ".";
  }
}
