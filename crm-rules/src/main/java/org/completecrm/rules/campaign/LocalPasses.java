package org.completecrm.rules.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.completecrm.core.CrmException;

/**
 * The passes of one machine: the table's units in fixed blocks ({@link #BLOCK} units each), each
 * block a {@link Part} (the seeded samples in one part per thread, {@link #samples}), run on the
 * calling thread and {@code threads - 1} helpers started for the
 * pass (a pass over a million customers takes milliseconds, starting a thread microseconds, so
 * nothing is left running). The blocks' summaries are added exactly, so the result is the same on
 * any number of threads and for any block size.
 */
final class LocalPasses implements Pass.Runner {
  static final int BLOCK = 4096;

  final List<Part> parts = new ArrayList<>();
  private final int threads;
  private final CandidateTable table;
  private final Groups groups;
  private final Constraints constraints;
  private final HouseholdCaps caps;
  private final boolean[] excluded;
  private final Units units;
  private final boolean byHousehold;
  /** Per level, the seeded sample in one part per thread ({@link #samples}), made when first asked for. */
  private final Map<Integer, List<Part>> samples = new HashMap<>();

  LocalPasses(CandidateTable table, Groups groups, Constraints constraints, HouseholdCaps caps, boolean[] excluded,
      boolean byHousehold, int threads, int block) {
    this.threads = threads;
    this.table = table;
    this.groups = groups;
    this.constraints = constraints;
    this.caps = caps;
    this.excluded = excluded;
    this.byHousehold = byHousehold;
    this.units = new Units(table, groups, byHousehold);
    int n = groups.count();
    int[] admitted = new int[n];
    int[] choice = new int[n];
    long[] key = new long[n];
    for (int from = 0; from < units.count() || from == 0; from += block) {
      parts.add(new Part(table, groups, constraints, caps, excluded, units, from, Math.min(units.count(), from + block),
          admitted, choice, key, byHousehold));
    }
  }

  @Override
  public long[] run(Pass pass) {
    List<Part> parts = pass.level() == 0 ? this.parts : samples(pass.level());
    long[][] out = new long[parts.size()][];
    if (threads == 1 || parts.size() < 2) {
      for (int p = 0; p < parts.size(); p++) {
        out[p] = pass.apply(parts.get(p));
      }
    } else {
      AtomicInteger next = new AtomicInteger();
      AtomicReference<Throwable> failed = new AtomicReference<>();
      Runnable work = () -> {
        try {
          for (int p = next.getAndIncrement(); p < parts.size() && failed.get() == null; p = next.getAndIncrement()) {
            out[p] = pass.apply(parts.get(p));
          }
        } catch (RuntimeException | Error e) {
          failed.compareAndSet(null, e);
        }
      };
      Thread[] helpers = new Thread[Math.min(threads, parts.size()) - 1];
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
    long[] sum = out[0].clone();
    for (int p = 1; p < out.length; p++) {
      Fixed.add(sum, out[p]);
    }
    return sum;
  }

  /**
   * The seeded sample of {@code level} in one part per thread: the sample's few hundred passes then
   * cost a pass over the sample's units each, where over the blocks' own samples (tens of units a
   * block) each would cost a call per block. Made from parts over halves of the units with state
   * arrays of their own (the blocks' arrays hold the blocks' applied rounds); the sums are exact,
   * so the split does not change a pass's result.
   */
  private List<Part> samples(int level) {
    List<Part> s = samples.get(level);
    if (s == null) {
      s = new ArrayList<>();
      int n = units.count();
      int k = Math.max(1, Math.min(threads, n));
      for (int t = 0; t < k; t++) {
        int from = (int) ((long) n * t / k);
        int to = (int) ((long) n * (t + 1) / k);
        int g = groups.count();
        s.add(new Part(table, groups, constraints, caps, excluded, units, from, to, new int[g], new int[g],
            new long[g], byHousehold).sample(level));
      }
      samples.put(level, s);
    }
    return s;
  }

  /** The candidate of each customer under the rounds {@code committed}. */
  int[] assign(List<Round> committed, int customers) {
    int[] chosen = new int[customers];
    java.util.Arrays.fill(chosen, -1);
    run(new Assign(committed, chosen));
    return chosen;
  }

  /** Writes each part's customers' candidates into one array (one machine only: parts share it). */
  private record Assign(List<Round> committed, int[] chosen) implements Pass {
    @Override
    public long[] apply(Part part) {
      part.assign(committed, chosen);
      return new long[1];
    }
  }
}
