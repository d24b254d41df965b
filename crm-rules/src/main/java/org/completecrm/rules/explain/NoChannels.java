package org.completecrm.rules.explain;

/** The action names no channel to use. */
public record NoChannels() implements Reason {
  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:channels";
  }

  @Override
  public String text() {
    return "The action names no channel to use.";
  }
}
