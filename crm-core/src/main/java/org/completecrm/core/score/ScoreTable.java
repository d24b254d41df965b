package org.completecrm.core.score;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores as a table: the values of shared, numbered names ({@link ScoreNames}) in one array, the
 * labels in a map. Equal to the builder's scores with the same values and labels (same hash, same
 * text, same JSON); {@link #values()} is a read-only view in the names' order, whose look-up is
 * the names' index and an array read.
 *
 * <p><b>Why this exists.</b> A campaign plan reads a million contexts of 52 scores each: built
 * through the builder, each customer's values went into two hash maps of 52 entries (the builder's
 * and the value's copy) and 52 boxed numbers, and every rule's score condition then hashed its name
 * into that customer's map. A table shares the names and their index across customers and keeps
 * each customer's values in one array ({@code ScoreTableTest}; see docs/campaigns.md, Performance).
 */
final class ScoreTable extends Scores {
  private final ScoreNames names;
  private final double[] values;
  private final Map<String, String> labels;
  private final Map<String, Double> view = new View();

  ScoreTable(ScoreNames names, double[] values, Map<String, String> labels) {
    this.names = names;
    this.values = values;
    this.labels = labels;
  }

  @Override
  public Map<String, Double> values() {
    return view;
  }

  @Override
  public Map<String, String> labels() {
    return labels;
  }

  @Override
  public double valueOrNaN(String name) {
    int slot = names.slotOf(name);
    return slot < 0 ? Double.NaN : values[slot];
  }

  /** The values as a read-only map in the names' order. */
  private final class View extends AbstractMap<String, Double> {
    @Override
    public int size() {
      return values.length;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return names.slotOf(key) >= 0;
    }

    @Override
    public @Nullable Double get(@Nullable Object key) {
      int slot = names.slotOf(key);
      return slot < 0 ? null : values[slot];
    }

    @Override
    public Set<Entry<String, Double>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return values.length;
        }

        @Override
        public Iterator<Entry<String, Double>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < values.length;
            }

            @Override
            public Entry<String, Double> next() {
              if (next >= values.length) {
                throw new NoSuchElementException();
              }
              int i = next++;
              return new SimpleImmutableEntry<>(names.name(i), values[i]);
            }
          };
        }
      };
    }
  }
}
