package org.completecrm.core.identity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The blocks of a {@link MatchIndex}: block key to the record slots in it, with the number of
 * live entries per block, updated in place.
 *
 * <p>Design: a million records have some sixteen million block entries, too many for boxed maps.
 * Keys live in an open-addressing table of longs (linear probing, load at most three quarters); each
 * key holds the head of a singly linked list of entries kept in two int arrays (slot, next), so
 * adding an entry is O(1) and no list is ever copied. Entries of a retired slot stay in their
 * lists and are skipped by the caller; the live count of each block is kept exact, since the block
 * limit depends on it.
 */
final class BlockTable {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int[] heads;
  private int[] live;
  private int used;
  private int[] entrySlot;
  private int[] entryNext;
  private int entries;

  BlockTable(int expectedKeys) {
    this(expectedKeys, expectedKeys);
  }

  /** A table sized for about {@code expectedKeys} blocks and {@code expectedEntries} entries (it grows past them). */
  BlockTable(int expectedKeys, int expectedEntries) {
    int cap = Integer.highestOneBit(Math.max(16, expectedKeys * 4 / 3)) << 1;
    keys = new long[cap];
    Arrays.fill(keys, EMPTY);
    heads = new int[cap];
    live = new int[cap];
    entrySlot = new int[Math.max(16, expectedEntries)];
    entryNext = new int[entrySlot.length];
  }

  /** Adds {@code slot} to block {@code key}; returns the block's live count after. */
  int add(long key, int slot) {
    int at = find(key, true);
    if (entries == entrySlot.length) {
      int cap = entries + (entries >> 1) + 16;
      entrySlot = Arrays.copyOf(entrySlot, cap);
      entryNext = Arrays.copyOf(entryNext, cap);
    }
    entrySlot[entries] = slot;
    entryNext[entries] = heads[at];
    heads[at] = entries + 1;
    entries++;
    return ++live[at];
  }

  /** Counts one entry of block {@code key} as retired; returns the block's live count after. */
  int retire(long key) {
    int at = find(key, false);
    return at < 0 ? 0 : --live[at];
  }

  /** The live count of block {@code key}. */
  int live(long key) {
    int at = find(key, false);
    return at < 0 ? 0 : live[at];
  }

  /** Calls {@code visitor} with every slot of block {@code key}, retired ones included (the caller skips them). */
  void forEach(long key, java.util.function.IntConsumer visitor) {
    int at = find(key, false);
    if (at < 0) {
      return;
    }
    for (int e = heads[at]; e != 0; e = entryNext[e - 1]) {
      visitor.accept(entrySlot[e - 1]);
    }
  }

  private int find(long key, boolean insert) {
    int mask = keys.length - 1;
    int at = (int) mix(key) & mask;
    while (keys[at] != EMPTY) {
      if (keys[at] == key) {
        return at;
      }
      at = (at + 1) & mask;
    }
    if (!insert) {
      return -1;
    }
    if ((long) (used + 1) * 4 > (long) keys.length * 3) {
      grow();
      return find(key, true);
    }
    keys[at] = key;
    used++;
    return at;
  }

  private void grow() {
    long[] k = keys;
    int[] h = heads;
    int[] l = live;
    keys = new long[k.length * 2];
    Arrays.fill(keys, EMPTY);
    heads = new int[keys.length];
    live = new int[keys.length];
    used = 0;
    for (int i = 0; i < k.length; i++) {
      if (k[i] != EMPTY) {
        int at = find(k[i], true);
        heads[at] = h[i];
        live[at] = l[i];
      }
    }
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }

  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(used);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        out.writeLong(keys[i]);
        out.writeInt(live[i]);
        int n = 0;
        for (int e = heads[i]; e != 0; e = entryNext[e - 1]) {
          n++;
        }
        out.writeInt(n);
        for (int e = heads[i]; e != 0; e = entryNext[e - 1]) {
          out.writeInt(entrySlot[e - 1]);
        }
      }
    }
  }

  static BlockTable readFrom(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("a block count >= 0, got " + n);
    }
    BlockTable t = new BlockTable(n);
    for (int b = 0; b < n; b++) {
      long key = in.readLong();
      int liveCount = in.readInt();
      int size = in.readInt();
      if (size < 0 || liveCount < 0 || liveCount > size) {
        throw new IOException("a block of " + size + " entries with " + liveCount + " live");
      }
      int[] slots = new int[size];
      for (int e = 0; e < size; e++) {
        slots[e] = in.readInt();
      }
      // written newest first: add oldest first to keep the order
      for (int e = size - 1; e >= 0; e--) {
        t.add(key, slots[e]);
      }
      t.live[t.find(key, false)] = liveCount;
    }
    return t;
  }
}
