package org.completecrm.core;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Whether a collection is free of nulls without walking it element by element: the shortcut of
 * {@link Checks#noNulls(Collection, String)}, which walks (and names the first null's index) only
 * when this cannot tell.
 *
 * <p><b>Why this exists.</b> Every value type checks its lists and sets for nulls when built, and
 * a campaign customer's values are built and checked some thirty times on the way from a parsed
 * context to a decision (the context's timeline, its consent ledger and household, then the same
 * events again when folded into the view, then the view's eleven lists and sets). Most of them are
 * empty or hold a few elements, in one of many list and set classes, so the walk's {@code size()}
 * and {@code get(i)} were megamorphic interface calls per element: the hottest method of a
 * campaign run ({@code Checks.noNulls}, about 4% of its CPU samples). With this shortcut a
 * campaign customer's parse takes about 3% less CPU, its decision at most 1-2% less ({@code
 * CampaignStepCpuTime} in the examples, which covers it).
 *
 * <p><b>Why it is sound.</b> It answers true only where no null can be in the collection:
 * <ul>
 *   <li>{@link Collections#emptyList()}, {@link Collections#emptySet()} (the very instances, which
 *       the Immutables builders use for every empty attribute): empty;
 *   <li>the classes of {@code List.of(e)}, {@code Set.of(e)} and {@code Set.of(e, f, g)}: their
 *       factories and {@code copyOf} reject nulls, and the JDK makes no other instance of them (a
 *       list of {@code List.of}'s other class can also come from {@code Stream.toList()}, which
 *       allows nulls: that class is walked);
 *   <li>any other collection whose {@link Collection#contains contains(null)} is false: one call,
 *       and for the Immutables' lists ({@code Collections.unmodifiableList} of an {@code
 *       ArrayList}) a loop over one array; for their sets a hash lookup.
 * </ul>
 * A map likewise: the empty one, or one whose {@code containsKey(null)} and {@code
 * containsValue(null)} are false (for a view's {@code EnumMap} of last contacts, a loop over one
 * array). A sorted set or map is walked ({@code contains(null)} throws for most of them), and so is any
 * collection whose {@code contains(null)} throws or says true: the walk finds the null and names
 * its index, or (a collection that refuses to look up a null but holds none) finds nothing.
 * Errors are thus those of the walk, unchanged. {@code NullFreeCollectionsTest} checks both
 * answers on the JDK's list and set classes, with and without a null.
 */
final class NullFreeCollections {
  private NullFreeCollections() {}

  private static final List<?> EMPTY_LIST = Collections.emptyList();
  private static final Set<?> EMPTY_SET = Collections.emptySet();
  private static final Map<?, ?> EMPTY_MAP = Collections.emptyMap();
  /** {@code List.of(e)} and {@code List.of(e, f)}, {@code List.copyOf} of such: nulls rejected. */
  private static final Class<?> LIST_12 = List.of(0).getClass();
  /** {@code Set.of(e)}, {@code Set.of(e, f)}: nulls rejected. */
  private static final Class<?> SET_12 = Set.of(0).getClass();
  /** {@code Set.of()}, {@code Set.of(e, f, g...)}: nulls rejected. */
  private static final Class<?> SET_N = Set.of(0, 1, 2).getClass();

  /** True if {@code values} (not null) holds no null for sure; false if it may hold one (walk it). */
  static boolean nullFree(Collection<?> values) {
    if (values == EMPTY_LIST || values == EMPTY_SET) {
      return true;
    }
    Class<?> type = values.getClass();
    if (type == LIST_12 || type == SET_12 || type == SET_N) {
      return true;
    }
    if (values instanceof SortedSet<?>) {
      return false;
    }
    try {
      return !values.contains(null);
    } catch (RuntimeException refusesToLookUpNull) {
      return false;
    }
  }

  /**
   * True if {@code values} (not null) holds no null key or value for sure: {@link
   * Collections#emptyMap()}, or a map (not sorted) whose {@code containsKey(null)} and {@code
   * containsValue(null)} are false; false if it may hold one (walk it).
   */
  static boolean nullFree(Map<?, ?> values) {
    if (values == EMPTY_MAP) {
      return true;
    }
    if (values instanceof SortedMap<?, ?>) {
      return false;
    }
    try {
      return !values.containsKey(null) && !values.containsValue(null);
    } catch (RuntimeException refusesToLookUpNull) {
      return false;
    }
  }
}
