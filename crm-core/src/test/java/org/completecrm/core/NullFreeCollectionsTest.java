package org.completecrm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shortcut of {@link Checks#noNulls}: it says "null-free" only of collections that hold no
 * null, and says it of the ones the value types build (so they are not walked).
 */
class NullFreeCollectionsTest {
  /** The list and set classes a value can hold, each made of {@code elements}. */
  private static List<Collection<Integer>> shapes(List<Integer> elements) {
    List<Collection<Integer>> shapes = new ArrayList<>();
    shapes.add(new ArrayList<>(elements));
    shapes.add(new LinkedList<>(elements));
    shapes.add(Collections.unmodifiableList(new ArrayList<>(elements)));
    shapes.add(Collections.unmodifiableCollection(new ArrayList<>(elements)));
    shapes.add(Stream.of(elements.toArray(new Integer[0])).toList()); // nulls allowed
    shapes.add(Collections.unmodifiableSet(new LinkedHashSet<>(elements)));
    shapes.add(new LinkedHashSet<>(elements));
    if (elements.size() == 1) {
      shapes.add(Collections.singletonList(elements.get(0)));
      shapes.add(Collections.singleton(elements.get(0)));
    }
    if (elements.stream().noneMatch(e -> e == null)) {
      shapes.add(List.copyOf(elements));
      shapes.add(Set.copyOf(elements));
      shapes.add(new TreeSet<>(elements));
      shapes.add(Collections.unmodifiableSet(new TreeSet<>(elements)));
      Set<Integer> concurrent = ConcurrentHashMap.newKeySet();
      concurrent.addAll(elements);
      shapes.add(concurrent);
    }
    return shapes;
  }

  @Test
  void nullFreeExactlyWhereNoElementIsNullForTheValueTypesShapes() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(-3, 20).map(i -> i < 0 ? null : i)).ofSizeBetween(0, 6))
        .checkAssert(elements -> {
          for (Collection<Integer> c : shapes(elements)) {
            boolean hasNull = c.stream().anyMatch(e -> e == null);
            if (hasNull) {
              assertFalse(NullFreeCollections.nullFree(c), () -> c.getClass() + " " + c);
            }
          }
          boolean hasNull = elements.stream().anyMatch(e -> e == null);
          // the shapes the Immutables builders make are answered without a walk, either way
          assertEquals(!hasNull, NullFreeCollections.nullFree(Collections.unmodifiableList(new ArrayList<>(elements))));
          assertEquals(!hasNull, NullFreeCollections.nullFree(Collections.unmodifiableSet(new LinkedHashSet<>(elements))));
        });
  }

  @Test
  void theEmptyAndListOfCollectionsAreNullFreeAsTheyAre() {
    assertTrue(NullFreeCollections.nullFree(Collections.emptyList()));
    assertTrue(NullFreeCollections.nullFree(Collections.emptySet()));
    assertTrue(NullFreeCollections.nullFree(Collections.emptyMap()));
    assertTrue(NullFreeCollections.nullFree(List.of(1)));
    assertTrue(NullFreeCollections.nullFree(List.of(1, 2)));
    assertTrue(NullFreeCollections.nullFree(Set.of()));
    assertTrue(NullFreeCollections.nullFree(Set.of(1, 2, 3)));
    // a sorted set and Stream.toList's class, which may hold nulls, are left to the walk
    assertFalse(NullFreeCollections.nullFree(new TreeSet<>(List.of(1))));
    assertFalse(NullFreeCollections.nullFree(new ArrayList<Integer>(Arrays.asList(1, null))));
  }

  @Test
  void aMapIsNullFreeWithoutNullKeysAndValuesAndASortedOneIsLeftToTheWalk() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(-2, 9).map(i -> i < 0 ? null : i)).ofSizeBetween(0, 5),
            lists().of(integers().between(-2, 9).map(i -> i < 0 ? null : i)).ofSizeBetween(0, 5))
        .checkAssert((keys, values) -> {
          Map<Integer, Integer> hash = new HashMap<>();
          Map<java.time.DayOfWeek, Integer> byDay = new EnumMap<>(java.time.DayOfWeek.class);
          for (int i = 0; i < Math.min(keys.size(), values.size()); i++) {
            hash.put(keys.get(i), values.get(i));
            byDay.put(java.time.DayOfWeek.of(i + 1), values.get(i));
          }
          boolean hashNull = hash.containsKey(null) || hash.containsValue(null);
          assertEquals(!hashNull, NullFreeCollections.nullFree(hash));
          assertEquals(!hashNull, NullFreeCollections.nullFree(Collections.unmodifiableMap(hash)));
          assertEquals(!byDay.containsValue(null), NullFreeCollections.nullFree(Collections.unmodifiableMap(byDay)));
        });
    assertFalse(NullFreeCollections.nullFree(new java.util.TreeMap<>(Map.of(1, 2))));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Checks.noNulls(Collections.singletonMap(3, null), "Type.byKey"));
    assertTrue(e.getMessage().contains("Type.byKey[3]"), e.getMessage());
  }

  @Test
  void noNullsStillNamesTheFirstNullOfEveryShape() {
    List<Integer> elements = Arrays.asList(4, null, 5);
    for (Collection<Integer> c : shapes(elements)) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Checks.noNulls(c, "Type.items"));
      assertTrue(e.getMessage().contains("Type.items[1]"), () -> c.getClass() + ": " + e.getMessage());
    }
    List<Integer> clean = List.of(4, 5, 6);
    for (Collection<Integer> c : shapes(clean)) {
      assertSame(c, Checks.noNulls(c, "Type.items"));
    }
  }
}
