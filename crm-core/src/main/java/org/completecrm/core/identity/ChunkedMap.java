package org.completecrm.core.identity;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A persistent sorted map: entries in ascending key order, in chunks of a few hundred sorted
 * arrays. {@link #with} returns a new map that shares every chunk it does not touch with this one
 * (path copying: the spine of chunk references and the touched chunks are copied, nothing else),
 * so a change of {@code k} keys in a map of {@code n} costs about {@code n / CHUNK + k * CHUNK}
 * instead of {@code n}. Reads are by binary search, {@code O(log n)}; iteration is in key order.
 *
 * <p>Immutable once built (no method writes to a chunk after construction), hence safe to share
 * between versions of a {@link Resolution}. Keys and values are never {@code null}.
 */
final class ChunkedMap<K extends Comparable<? super K>, V> extends AbstractMap<K, V> {
  /** Chunks are cut to this many entries and split when a change makes one longer than twice that. */
  static final int CHUNK = 256;

  private final Object[][] keys;
  private final Object[][] values;
  /** {@code ends[c]}: the number of entries in chunks {@code 0..c}. */
  private final int[] ends;

  private ChunkedMap(Object[][] keys, Object[][] values) {
    this.keys = keys;
    this.values = values;
    this.ends = new int[keys.length];
    int total = 0;
    for (int c = 0; c < keys.length; c++) {
      total += keys[c].length;
      ends[c] = total;
    }
  }

  /** The map of the given entries (any order; keys distinct, as in a map). */
  static <K extends Comparable<? super K>, V> ChunkedMap<K, V> copyOf(Map<K, V> map) {
    if (map instanceof ChunkedMap<K, V> c) {
      return c;
    }
    SortedMap<K, V> sorted = map instanceof SortedMap<K, V> s && s.comparator() == null ? s : new TreeMap<>(map);
    List<K> ks = new ArrayList<>(sorted.keySet());
    List<V> vs = new ArrayList<>(sorted.values());
    return ofSorted(ks, vs);
  }

  /** The map of keys in strictly ascending order and their values (the caller has checked the order). */
  static <K extends Comparable<? super K>, V> ChunkedMap<K, V> ofSorted(List<K> sortedKeys, List<V> vals) {
    int n = sortedKeys.size();
    int chunks = (n + CHUNK - 1) / CHUNK;
    Object[][] k = new Object[chunks][];
    Object[][] v = new Object[chunks][];
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, chunks);
    (chunks >= 64 ? range.parallel() : range).forEach(c -> {
      int from = c * CHUNK;
      int to = Math.min(n, from + CHUNK);
      k[c] = sortedKeys.subList(from, to).toArray();
      v[c] = vals.subList(from, to).toArray();
    });
    return new ChunkedMap<>(k, v);
  }

  @Override
  public int size() {
    return keys.length == 0 ? 0 : ends[keys.length - 1];
  }

  /** The chunk that holds or would hold {@code key}: the last whose first key is at most it (0 if none). */
  @SuppressWarnings("unchecked")
  private int chunkOf(K key) {
    int lo = 0;
    int hi = keys.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (((K) keys[mid][0]).compareTo(key) <= 0) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @SuppressWarnings("unchecked")
  private int indexIn(int chunk, Object key) {
    return Arrays.binarySearch(keys[chunk], key, (a, b) -> ((K) a).compareTo((K) b));
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    if (key == null || keys.length == 0) {
      return null;
    }
    int c = chunkOf((K) key);
    int i = indexIn(c, key);
    return i < 0 ? null : (V) values[c][i];
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return get(key) != null;
  }

  /** The position of entry {@code i} (in key order) as chunk and offset. */
  private long position(int i) {
    if (i < 0 || i >= size()) {
      throw new IndexOutOfBoundsException(i);
    }
    int lo = 0;
    int hi = keys.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] > i) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return (long) lo << 32 | (i - (lo == 0 ? 0 : ends[lo - 1]));
  }

  /** The value of entry {@code i} in key order. */
  @SuppressWarnings("unchecked")
  V valueAt(int i) {
    long p = position(i);
    return (V) values[(int) (p >>> 32)][(int) p];
  }

  /** The values in key order, as a random-access list view. */
  ValueList<K, V> valueList() {
    return new ValueList<>(this);
  }

  private static final Object REMOVED = new Object();

  /**
   * The map with the entries of {@code puts} put and the keys of {@code removals} removed (a key
   * in both is put). Chunks without a change are shared with this map.
   */
  @SuppressWarnings("unchecked")
  ChunkedMap<K, V> with(Map<K, V> puts, Set<K> removals) {
    if (puts.isEmpty() && removals.isEmpty()) {
      return this;
    }
    TreeMap<K, Object> changes = new TreeMap<>();
    removals.forEach(k -> changes.put(k, REMOVED));
    changes.putAll(puts);
    List<Object[]> nk = new ArrayList<>(keys.length + 2);
    List<Object[]> nv = new ArrayList<>(keys.length + 2);
    Iterator<Map.Entry<K, Object>> it = changes.entrySet().iterator();
    Map.@Nullable Entry<K, Object> next = it.next();
    int chunks = Math.max(1, keys.length);
    for (int c = 0; c < chunks; c++) {
      Object[] ck = keys.length == 0 ? new Object[0] : keys[c];
      Object[] cv = keys.length == 0 ? new Object[0] : values[c];
      boolean last = c == chunks - 1;
      @Nullable K bound = last ? null : (K) keys[c + 1][0];
      if (next == null || bound != null && next.getKey().compareTo(bound) >= 0) {
        nk.add(ck);
        nv.add(cv);
        continue;
      }
      // merge this chunk's entries with the changes that fall before the next chunk's first key
      List<Object> mk = new ArrayList<>(ck.length + 8);
      List<Object> mv = new ArrayList<>(ck.length + 8);
      List<Object> ckl = Arrays.asList(ck);
      List<Object> cvl = Arrays.asList(cv);
      int i = 0;
      while (next != null && (bound == null || next.getKey().compareTo(bound) < 0)) {
        K key = next.getKey();
        // the run of unchanged entries before the key, found by binary search and copied whole
        int at = Arrays.binarySearch(ck, i, ck.length, key, (a, b) -> ((K) a).compareTo((K) b));
        int end = at >= 0 ? at : -at - 1;
        mk.addAll(ckl.subList(i, end));
        mv.addAll(cvl.subList(i, end));
        i = at >= 0 ? at + 1 : end;
        if (next.getValue() != REMOVED) {
          mk.add(key);
          mv.add(next.getValue());
        }
        next = it.hasNext() ? it.next() : null;
      }
      mk.addAll(ckl.subList(i, ck.length));
      mv.addAll(cvl.subList(i, cv.length));
      // split a chunk grown past twice the target; drop an emptied one
      int pieces = (mk.size() + 2 * CHUNK - 1) / (2 * CHUNK);
      for (int p = 0; p < pieces; p++) {
        int from = (int) ((long) mk.size() * p / pieces);
        int to = (int) ((long) mk.size() * (p + 1) / pieces);
        nk.add(mk.subList(from, to).toArray());
        nv.add(mv.subList(from, to).toArray());
      }
    }
    return new ChunkedMap<>(nk.toArray(new Object[0][]), nv.toArray(new Object[0][]));
  }

  /** Chunks shared with another map (by reference), for tests of structure sharing. */
  int sharedChunks(ChunkedMap<?, ?> other) {
    java.util.Set<Object> mine = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    mine.addAll(Arrays.asList(keys));
    int n = 0;
    for (Object[] c : other.keys) {
      n += mine.contains(c) ? 1 : 0;
    }
    return n;
  }

  /** The number of chunks. */
  int chunks() {
    return keys.length;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return ChunkedMap.this.size();
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int c;
          private int i;

          @Override
          public boolean hasNext() {
            while (c < keys.length && i >= keys[c].length) {
              c++;
              i = 0;
            }
            return c < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>((K) keys[c][i], (V) values[c][i]);
            i++;
            return e;
          }
        };
      }
    };
  }

  /** The values of a chunked map in key order, as an immutable random-access list. */
  static final class ValueList<K extends Comparable<? super K>, V> extends AbstractList<V> implements RandomAccess {
    private final ChunkedMap<K, V> map;

    private ValueList(ChunkedMap<K, V> map) {
      this.map = map;
    }

    /** The map whose values these are. */
    ChunkedMap<K, V> map() {
      return map;
    }

    @Override
    public V get(int index) {
      return map.valueAt(index);
    }

    @Override
    public int size() {
      return map.size();
    }
  }
}
