package org.completecrm.rules.condition;

import java.time.Duration;
import java.util.List;

/** One field of the condition catalogue: its name, type, whether it needs a window, and how to read it. */
final class Field {
  /** Reads the field's value from the facts; null when absent. */
  interface Extract {
    Object get(Facts facts, Duration within);
  }

  final String name;
  final ValueType type;
  final boolean windowed;
  final List<String> enumValues;
  final Extract extract;
  /** Where {@link Facts} memoises the value in one decision, or -1 for a field read each time (windowed, scores, labels). */
  final int slot;

  Field(String name, ValueType type, boolean windowed, List<String> enumValues, Extract extract, int slot) {
    this.slot = slot;
    this.name = name;
    this.type = type;
    this.windowed = windowed;
    this.enumValues = enumValues;
    this.extract = extract;
  }
}
