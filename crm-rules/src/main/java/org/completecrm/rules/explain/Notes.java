package org.completecrm.rules.explain;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.completecrm.core.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What the employee should know about the customer, one line each: an unmodifiable list of
 * strings.
 *
 * <p>Notes made by {@link #worded} keep what their lines need and write the lines when the list
 * is first read (its size, an element, an iterator), like the sentence of a {@link Reason}: a campaign run
 * decides for every customer in a segment, and most of those notes are never read. Equal to any
 * list of the same lines.
 */
public final class Notes extends AbstractList<String> implements RandomAccess {
  private static final Notes NONE = new Notes(List.of(), null);

  private final @Nullable Supplier<List<String>> words;
  // Written on first read; a race writes the same lines twice, and List.copyOf's list is safe to publish so.
  private @Nullable List<String> lines;

  private Notes(@Nullable List<String> lines, @Nullable Supplier<List<String>> words) {
    this.lines = lines;
    this.words = words;
  }

  /** The notes {@code lines} (copied; none may be blank). */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Notes of(List<String> lines) {
    Checks.present(lines, "Decision.notes");
    return lines.isEmpty() ? NONE : new Notes(checked(lines), null);
  }

  /**
   * Notes whose lines {@code words} writes when they are first read. {@code words} must be a pure
   * function of values it holds: it may run more than once, on any thread, and must give the same
   * lines each time.
   */
  public static Notes worded(Supplier<List<String>> words) {
    return new Notes(null, Checks.present(words, "Decision.notes"));
  }

  /** No notes. */
  public static Notes none() {
    return NONE;
  }

  private static List<String> checked(List<String> lines) {
    List<String> copy = List.copyOf(Checks.noNulls(lines, "Decision.notes"));
    for (int i = 0; i < copy.size(); i++) {
      Checks.notBlank(copy.get(i), "Decision.notes[" + i + "]");
    }
    return copy;
  }

  private List<String> lines() {
    List<String> l = lines;
    Supplier<List<String>> w = words;
    if (l == null && w != null) {
      l = checked(w.get());
      lines = l;
    }
    return l == null ? List.of() : l;
  }

  @Override
  public String get(int index) {
    return lines().get(index);
  }

  @Override
  public int size() {
    return lines().size();
  }
}
