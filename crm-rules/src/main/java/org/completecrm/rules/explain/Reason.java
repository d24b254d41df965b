package org.completecrm.rules.explain;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.internal.Checks;
import org.immutables.value.Value;

/**
 * One reason in an explanation: the stage, what decided (a rule {@code rule:service-recovery}, a
 * policy {@code policy:quiet-hours}, a consent entry {@code consent:EMAIL/MARKETING}) and a
 * sentence a frontline employee can read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReason.class)
@JsonDeserialize(as = ImmutableReason.class)
public abstract class Reason {
  Reason() {}

  /** A reason at {@code stage}, decided {@code by}, in plain words. */
  public static Reason of(Stage stage, String by, String text) {
    return ImmutableReason.of(stage, by, text);
  }

  /** The stage. */
  @Value.Parameter
  public abstract Stage stage();

  /** What decided: {@code rule:<id>}, {@code policy:<name>}, {@code consent:<channel>/<purpose>}, {@code action:<id>}. */
  @Value.Parameter
  public abstract String by();

  /** The sentence. */
  @Value.Parameter
  public abstract String text();

  @Value.Check
  void check() {
    Checks.present(stage(), "Reason.stage");
    Checks.notBlank(by(), "Reason.by");
    Checks.notBlank(text(), "Reason.text");
  }

  @Override
  public String toString() {
    return stage() + " " + by() + ": " + text();
  }
}
