package org.completecrm.core.identity;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A persistent append-only list: elements in chunks of {@value #CHUNK}. {@link #appendAll}
 * returns a new list that shares every full chunk with this one (only the spine of chunk
 * references and the last, partly filled chunk are copied), so appending {@code k} elements to a
 * list of {@code n} costs about {@code n / CHUNK + CHUNK + k} instead of {@code n}. Immutable
 * once built (a chunk is never written after the list that made it is returned), so versions
 * share it safely. Elements are never {@code null}.
 */
final class AppendList<E> extends AbstractList<E> implements RandomAccess {
  private static final int SHIFT = 10;
  /** Elements per chunk. */
  static final int CHUNK = 1 << SHIFT;

  private final Object[][] chunks;
  private final int size;

  private AppendList(Object[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  /** The list of the given elements (the same list when it is already one). */
  @SuppressWarnings("unchecked")
  static <E> AppendList<E> copyOf(List<? extends E> elements) {
    if (elements instanceof AppendList<?> a) {
      return (AppendList<E>) a;
    }
    return new AppendList<E>(new Object[0][], 0).appendAll(elements);
  }

  /** This list followed by {@code more}; full chunks are shared with this list. */
  AppendList<E> appendAll(List<? extends E> more) {
    if (more.isEmpty()) {
      return this;
    }
    int total = size + more.size();
    int count = (total + CHUNK - 1) >>> SHIFT;
    Object[][] out = Arrays.copyOf(chunks, count);
    int full = size >>> SHIFT;
    int at = size;
    java.util.Iterator<? extends E> m = more.iterator();
    for (int c = full; c < count; c++) {
      int len = Math.min(CHUNK, total - (c << SHIFT));
      Object[] chunk = c < chunks.length ? Arrays.copyOf(chunks[c], len) : new Object[len];
      for (int i = at - (c << SHIFT); i < len; i++) {
        chunk[i] = m.next();
        at++;
      }
      out[c] = chunk;
    }
    return new AppendList<>(out, total);
  }

  /** Chunks shared with another list (by reference), for tests of structure sharing. */
  int sharedChunks(AppendList<?> other) {
    int n = 0;
    for (int c = 0; c < Math.min(chunks.length, other.chunks.length); c++) {
      n += chunks[c] == other.chunks[c] ? 1 : 0;
    }
    return n;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) chunks[index >>> SHIFT][index & (CHUNK - 1)];
  }

  @Override
  public int size() {
    return size;
  }
}
