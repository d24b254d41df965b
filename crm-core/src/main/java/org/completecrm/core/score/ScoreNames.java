package org.completecrm.core.score;

import java.util.Arrays;
import java.util.List;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * The names of numeric scores in a fixed order, numbered once and shared by the scores of many
 * customers ({@link Scores#of(ScoreNames, double[], java.util.Map)}): a file of contexts names the
 * same scores in the same order on every line, so each customer's scores need only their values.
 * Immutable and thread-safe.
 */
public final class ScoreNames {
  private final String[] names;
  private final String[] table;
  private final int[] slots;
  private final int mask;

  private ScoreNames(String[] names) {
    this.names = names;
    int size = Integer.highestOneBit(Math.max(4, names.length * 3)) << 1;
    this.table = new String[size];
    this.slots = new int[size];
    this.mask = size - 1;
    for (int i = 0; i < names.length; i++) {
      int at = names[i].hashCode() & mask;
      while (table[at] != null) {
        if (table[at].equals(names[i])) {
          throw new InvalidValueException("ScoreNames.names[" + i + "]", names[i], "each name once");
        }
        at = (at + 1) & mask;
      }
      table[at] = names[i];
      slots[at] = i;
    }
  }

  /**
   * The names {@code names}, numbered in their order.
   *
   * @throws InvalidValueException for a null or repeated name
   */
  public static ScoreNames of(List<String> names) {
    Checks.noNulls(names, "ScoreNames.names");
    String[] interned = new String[names.size()];
    for (int i = 0; i < interned.length; i++) {
      interned[i] = names.get(i).intern(); // a look-up by a constant or interned name finds it by identity
    }
    return new ScoreNames(interned);
  }

  /** How many names. */
  public int size() {
    return names.length;
  }

  /** The name numbered {@code slot}. */
  public String name(int slot) {
    return names[slot];
  }

  /**
   * The number of {@code name}, or -1 if it is not one of these names; quickest for an interned
   * name (a constant, or a name the rules compiled), found by identity.
   */
  public int slotOf(@Nullable Object name) {
    if (!(name instanceof String s)) {
      return -1;
    }
    int at = s.hashCode() & mask;
    for (String known; (known = table[at]) != null; at = (at + 1) & mask) {
      if (known == s || known.equals(s)) {
        return slots[at];
      }
    }
    return -1;
  }

  /** The names in their order. */
  public List<String> names() {
    return List.of(names);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ScoreNames n && Arrays.equals(names, n.names);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(names);
  }

  @Override
  public String toString() {
    return "ScoreNames" + Arrays.toString(names);
  }
}
