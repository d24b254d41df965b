package org.completecrm.core.identity;

/**
 * The refusals of one clustering run over one connected component: for two groups (by their
 * roots) the sizes at which the cluster guard or a separation last refused to join them, so that
 * the same two groups at the same sizes are not weighed again ({@link Resolver#cluster}).
 *
 * <p>Design note: a {@code HashMap<Long, Long>} did this before, at about 80 bytes an entry (a
 * node and two boxed longs) and one map per component. A component of millions of records, as
 * the matched pairs of a large table make when they percolate, refuses millions of joins, and
 * its boxes were a large part of what the task that clustered it held on the heap. Here the keys
 * and values are two {@code long} arrays with open addressing (linear probing, at most half
 * full): 32 bytes an entry at most, nothing made until the first refusal (most components have
 * none). A key is {@code min(root) << 32 | max(root)} of two different roots, never 0, which
 * marks an empty slot; a value is {@code size << 32 | size} of two groups of at least one
 * record, never 0, which {@link #get} returns for an absent key. Entries are only added or
 * overwritten, never removed: a remembered refusal whose groups have since grown is stale and
 * its sizes no longer match, as before.
 */
final class RefusalMemo {
  private long[] keys;
  private long[] values;
  private int size;

  /** The value remembered for {@code key}, or 0 when there is none. */
  long get(long key) {
    if (keys == null) {
      return 0;
    }
    int mask = keys.length - 1;
    for (int s = slot(key, mask); ; s = (s + 1) & mask) {
      long k = keys[s];
      if (k == key) {
        return values[s];
      }
      if (k == 0) {
        return 0;
      }
    }
  }

  /** Remembers {@code value} (not 0) for {@code key} (not 0), replacing what was there. */
  void put(long key, long value) {
    if (keys == null) {
      keys = new long[16];
      values = new long[16];
    } else if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int s = slot(key, mask);
    while (keys[s] != 0 && keys[s] != key) {
      s = (s + 1) & mask;
    }
    if (keys[s] == 0) {
      keys[s] = key;
      size++;
    }
    values[s] = value;
  }

  /** The number of keys remembered. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int o = 0; o < oldKeys.length; o++) {
      if (oldKeys[o] != 0) {
        int s = slot(oldKeys[o], mask);
        while (keys[s] != 0) {
          s = (s + 1) & mask;
        }
        keys[s] = oldKeys[o];
        values[s] = oldValues[o];
      }
    }
  }

  private static int slot(long key, int mask) {
    // the SplitMix64 finaliser: roots that differ in few bits spread over the table
    long h = key;
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    h = h ^ (h >>> 31);
    return (int) h & mask;
  }
}
