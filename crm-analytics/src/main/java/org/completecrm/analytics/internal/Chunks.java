package org.completecrm.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Work over the rows {@code [0, size)} cut into chunks of a fixed {@link #CHUNK} rows, run on a
 * fixed number of threads (the caller's among them), with per-chunk results added in chunk
 * order: a sum is the same to the last bit whatever the number of threads, and one thread is a
 * valid choice (everything then runs on the caller's thread). Not API.
 *
 * <p>Close it when done: it owns its threads (daemon threads, so a forgotten one does not keep
 * the JVM alive).
 */
public final class Chunks implements AutoCloseable {
  /** Rows per chunk: fixed, so that chunk boundaries never depend on the thread count. */
  public static final int CHUNK = 8192;

  private final int threads;
  private final @Nullable ExecutorService pool; // none on one thread

  private Chunks(int threads) {
    this.threads = threads;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "crm-chunks");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Chunks run on {@code threads} threads.
   *
   * @throws InvalidValueException unless {@code 1 <= threads <= 1024}
   */
  public static Chunks of(int threads) {
    if (threads < 1 || threads > 1024) {
      throw new InvalidValueException("threads", threads, "a number of threads in [1, 1024]");
    }
    return new Chunks(threads);
  }

  /** The number of threads of this machine, the default. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The number of threads. */
  public int threads() {
    return threads;
  }

  /** Adds the terms of the rows {@code [from, to)} into {@code sums}. */
  public interface Kernel {
    /** Adds rows {@code [from, to)} into {@code sums} (zero on entry). */
    void add(int from, int to, double[] sums);
  }

  /** Does something with the rows {@code [from, to)}. */
  public interface RangeAction {
    /** Processes rows {@code [from, to)}. */
    void run(int from, int to);
  }

  /**
   * {@code dims} sums over the rows: each chunk's sums are computed into their own array (on any
   * thread), then added in chunk order.
   */
  public double[] sum(int size, int dims, Kernel kernel) {
    int chunks = chunks(size);
    double[][] partial = new double[chunks][];
    forEachChunk(chunks, c -> {
      double[] s = new double[dims];
      kernel.add(c * CHUNK, Math.min(size, (c + 1) * CHUNK), s);
      partial[c] = s;
    });
    double[] total = new double[dims];
    for (double[] p : partial) {
      for (int d = 0; d < dims; d++) {
        total[d] += p[d];
      }
    }
    return total;
  }

  /** Runs {@code action} over every chunk of the rows (in any order, on any thread). */
  public void forEach(int size, RangeAction action) {
    forEachChunk(chunks(size), c -> action.run(c * CHUNK, Math.min(size, (c + 1) * CHUNK)));
  }

  private static int chunks(int size) {
    return (int) ((size + (long) CHUNK - 1) / CHUNK);
  }

  private interface ChunkTask {
    void run(int chunk);
  }

  private void forEachChunk(int chunks, ChunkTask task) {
    ExecutorService helpersPool = pool;
    if (helpersPool == null || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        task.run(c);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
        task.run(c);
      }
    };
    List<Future<?>> helpers = new ArrayList<>();
    for (int t = 1; t < Math.min(threads, chunks); t++) {
      helpers.add(helpersPool.submit(worker));
    }
    worker.run();
    for (Future<?> f : helpers) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CrmException("interrupted while waiting for a chunk", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new CrmException("a chunk failed", e.getCause());
      }
    }
  }

  /** Stops the threads. */
  @Override
  public void close() {
    ExecutorService helpersPool = pool;
    if (helpersPool != null) {
      helpersPool.shutdownNow();
    }
  }
}
