package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.function.Supplier;
import org.completecrm.core.internal.Checks;

/**
 * One reason in an explanation: the stage, what decided (a rule {@code rule:service-recovery}, a
 * policy {@code policy:quiet-hours}, a consent entry {@code consent:EMAIL/MARKETING}) and a
 * sentence a frontline employee can read.
 *
 * <p>A reason made by {@link #worded} keeps what its sentence needs and writes the sentence when it
 * is first read: a campaign run decides for every customer in a segment and most of those
 * explanations are never read. Reading, comparing, hashing or serialising a reason writes its
 * sentence; the value is the same as if it had been written at once. Written by hand rather than
 * generated, unlike the other values, for that reason.
 */
public final class Reason {
  private final Stage stage;
  private final String by;
  private final Supplier<String> words;
  // Written on first read; a race writes the same sentence twice, and a String is safe to publish so.
  private String text;

  private Reason(Stage stage, String by, String text, Supplier<String> words) {
    this.stage = Checks.present(stage, "Reason.stage");
    this.by = Checks.notBlank(by, "Reason.by");
    this.text = text;
    this.words = words;
  }

  /** A reason at {@code stage}, decided {@code by}, in plain words. */
  @JsonCreator
  public static Reason of(@JsonProperty("stage") Stage stage, @JsonProperty("by") String by,
      @JsonProperty("text") String text) {
    return new Reason(stage, by, Checks.notBlank(text, "Reason.text"), null);
  }

  /**
   * A reason at {@code stage}, decided {@code by}, whose sentence {@code words} writes when it is
   * first read. {@code words} must be a pure function of values it holds: it may run more than
   * once, on any thread, and must give the same sentence each time.
   */
  public static Reason worded(Stage stage, String by, Supplier<String> words) {
    return new Reason(stage, by, null, Checks.present(words, "Reason.words"));
  }

  /** The stage. */
  @JsonProperty("stage")
  public Stage stage() {
    return stage;
  }

  /** What decided: {@code rule:<id>}, {@code policy:<name>}, {@code consent:<channel>/<purpose>}, {@code action:<id>}. */
  @JsonProperty("by")
  public String by() {
    return by;
  }

  /** The sentence. */
  @JsonProperty("text")
  public String text() {
    String t = text;
    if (t == null) {
      t = Checks.notBlank(words.get(), "Reason.text");
      text = t;
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Reason)) {
      return false;
    }
    Reason r = (Reason) o;
    return stage == r.stage && by.equals(r.by) && text().equals(r.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, by, text());
  }

  @Override
  public String toString() {
    return stage + " " + by + ": " + text();
  }
}
