package org.completecrm.examples.cli;

import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.core.InvalidValueException;

/**
 * The time unit a summary file records in its {@code unit} column, the same on every row. A file
 * without the column (written before the unit was recorded, or by another tool) is taken to be in
 * {@link #ASSUMED days}, the default of {@code crm summary --unit}.
 */
final class UnitColumn {
  /** The column's name. */
  static final String NAME = "unit";

  /** The unit of a summary or fit that records none. */
  static final SummaryUnit ASSUMED = SummaryUnit.DAYS;

  private SummaryUnit unit;

  /** Takes a row's unit; fails unless it is a unit and the same as the rows before. */
  void accept(String text, String where) {
    if (unit != null && unit.name().equals(text)) {
      return;
    }
    SummaryUnit u;
    try {
      u = SummaryUnit.parse(text);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(where, text, e.expected());
    }
    if (unit != null && !unit.equals(u)) {
      throw new InvalidValueException(where, text, "the unit of the rows above, " + unit.name());
    }
    unit = u;
  }

  /** True when {@code s[from, to)} is the unit taken so far (read without making a string). */
  boolean is(char[] s, int from, int to) {
    if (unit == null || to - from != unit.name().length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s[i] != unit.name().charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  /** True when the file has a unit on its rows. */
  boolean recorded() {
    return unit != null;
  }

  /** The file's unit, or the assumed one. */
  SummaryUnit unit() {
    return unit == null ? ASSUMED : unit;
  }
}
