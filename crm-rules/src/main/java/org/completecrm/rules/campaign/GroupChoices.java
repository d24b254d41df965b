package org.completecrm.rules.campaign;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.completecrm.core.CrmException;

/**
 * Each group's best candidate at given prices, the pass over every candidate that the allocation
 * makes at each step of its search, computed on several threads.
 *
 * <p>Design note: the pass is split into fixed blocks of groups, each block written into its own
 * slots of the result arrays, and whatever is summed over the groups (the bound, the use of each
 * constraint) is summed afterwards by the caller on one thread in group order. So the result, to
 * the last bit of every double, is the same on any number of threads, and the same as the loop on
 * one thread it replaces. As many threads are used as the planner was given for deciding: the
 * calling thread and helpers started for one pass (a pass over a million customers takes tens of
 * milliseconds, starting a thread tens of microseconds), so nothing is left running.
 */
final class GroupChoices {
  /** Groups per block: large enough to amortise a task, small enough to balance two threads. */
  static final int BLOCK = 4096;

  private final CandidateTable table;
  private final Groups groups;
  private final boolean[] excluded;
  private final int threads;
  private final int block;

  GroupChoices(CandidateTable table, Groups groups, boolean[] excluded, int threads) {
    this(table, groups, excluded, threads, BLOCK);
  }

  /** With blocks of {@code block} groups (tests use small ones). */
  GroupChoices(CandidateTable table, Groups groups, boolean[] excluded, int threads, int block) {
    this.table = table;
    this.groups = groups;
    this.excluded = excluded;
    this.threads = threads;
    this.block = block;
  }

  /**
   * Writes each group's candidate of highest positive reduced value into {@code bestK} (-1 when
   * none is positive) and that value into {@code bestR} (0 when none); the first candidate in
   * group order wins a tie.
   */
  void best(Constraints.Prices prices, int[] bestK, double[] bestR) {
    run((from, to) -> {
      for (int gi = from; gi < to; gi++) {
        int k0 = -1;
        double r0 = 0;
        for (int x = groups.start[gi]; x < groups.start[gi + 1]; x++) {
          int i = groups.members[x];
          for (int k = table.first(i); k < table.end(i); k++) {
            if (!excluded[k]) {
              double r = prices.reduced(table, k, table.segment[i]);
              if (r > r0) {
                r0 = r;
                k0 = k;
              }
            }
          }
        }
        bestK[gi] = k0;
        bestR[gi] = r0;
      }
    });
  }

  /**
   * Writes each group's highest reduced value into {@code bestR} and highest expected value into
   * {@code bestV}, over the candidates not excluded (negative infinity when it has none).
   */
  void maxima(Constraints.Prices prices, double[] bestR, double[] bestV) {
    run((from, to) -> {
      for (int gi = from; gi < to; gi++) {
        double r0 = Double.NEGATIVE_INFINITY;
        double v0 = Double.NEGATIVE_INFINITY;
        for (int x = groups.start[gi]; x < groups.start[gi + 1]; x++) {
          int i = groups.members[x];
          for (int k = table.first(i); k < table.end(i); k++) {
            if (!excluded[k]) {
              r0 = Math.max(r0, prices.reduced(table, k, table.segment[i]));
              v0 = Math.max(v0, table.expectedValue[k]);
            }
          }
        }
        bestR[gi] = r0;
        bestV[gi] = v0;
      }
    });
  }

  private interface Block {
    void run(int from, int to);
  }

  /** Runs {@code pass} over every block of groups: on this thread and {@code threads - 1} started for the pass. */
  private void run(Block pass) {
    int n = groups.count();
    int blocks = (n + block - 1) / block;
    if (threads == 1 || blocks < 2) {
      pass.run(0, n);
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Runnable work = () -> {
      try {
        for (int b = next.getAndIncrement(); b < blocks && failed.get() == null; b = next.getAndIncrement()) {
          pass.run(b * block, Math.min(n, (b + 1) * block));
        }
      } catch (RuntimeException | Error e) {
        failed.compareAndSet(null, e);
      }
    };
    Thread[] helpers = new Thread[Math.min(threads, blocks) - 1];
    for (int t = 0; t < helpers.length; t++) {
      helpers[t] = new Thread(work, "campaign-allocate");
      helpers[t].setDaemon(true);
      helpers[t].start();
    }
    work.run();
    for (Thread t : helpers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CrmException("interrupted while allocating a campaign run", e);
      }
    }
    if (failed.get() instanceof RuntimeException r) {
      throw r;
    }
    if (failed.get() instanceof Error e) {
      throw e;
    }
  }
}
