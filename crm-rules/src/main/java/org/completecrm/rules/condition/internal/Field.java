package org.completecrm.rules.condition.internal;

import java.time.Duration;
import java.util.List;
import org.completecrm.rules.condition.ValueType;
import org.jspecify.annotations.Nullable;

/** One field of the condition catalogue: its name, type, whether it needs a window, and how to read it. */
final class Field {
  /** Reads the field's value from the facts; null when absent. */
  interface Extract {
    @Nullable Object get(Facts facts, @Nullable Duration within);
  }

  /** Reads a number field without boxing; {@code NaN} when absent (number fields never hold NaN). */
  interface NumberExtract {
    double get(Facts facts, @Nullable Duration within);
  }

  final String name;
  final ValueType type;
  final boolean windowed;
  final List<String> enumValues;
  final Extract extract;
  /** The unboxed reader of a number field; NaN for the other types, which are never read so. */
  final NumberExtract number;
  /** Where {@link Facts} memoises the value in one decision, or -1 for a field read each time (windowed, scores, labels). */
  final int slot;

  Field(String name, ValueType type, boolean windowed, List<String> enumValues, Extract extract, int slot) {
    this(name, type, windowed, enumValues, extract, (x, w) -> Double.NaN, slot);
  }

  /** A number field read through {@code number}; its boxed reader gives null where {@code number} gives NaN. */
  Field(String name, boolean windowed, NumberExtract number, int slot) {
    this(name, ValueType.NUMBER, windowed, List.of(), (x, w) -> {
      double v = number.get(x, w);
      return Double.isNaN(v) ? null : (Object) v;
    }, number, slot);
  }

  private Field(String name, ValueType type, boolean windowed, List<String> enumValues, Extract extract,
      NumberExtract number, int slot) {
    this.number = number;
    this.slot = slot;
    this.name = name;
    this.type = type;
    this.windowed = windowed;
    this.enumValues = enumValues;
    this.extract = extract;
  }
}
