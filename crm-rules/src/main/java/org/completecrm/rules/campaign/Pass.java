package org.completecrm.rules.campaign;

import java.io.Serializable;
import java.util.List;

/**
 * One pass of the allocation: a pure function of a {@link Part} and a small state, returning a
 * summary of longs; the summaries of all parts are added element by element ({@link Fixed#add}).
 * A pass at {@code level > 0} runs over the part's seeded sample of about {@code 2^-level} of its
 * units only ({@link Part#sample}); at level 0 over all of them.
 */
interface Pass extends Serializable {
  long[] apply(Part part);

  /** The seeded sample the pass runs over: 0 for all the units, {@code l > 0} for those of level {@code >= l}. */
  default int level() {
    return 0;
  }

  /** Runs passes over every part of a run and adds up their summaries. */
  interface Runner {
    long[] run(Pass pass);
  }

  /** The groups in the sample of each level, {@code 0..}{@link Units#MAX_LEVEL}. */
  record Count() implements Pass {
    @Override
    public long[] apply(Part part) {
      return part.count();
    }
  }

  /** The Lagrangian pass at {@code lambda}. */
  record Dual(double[] lambda, int level) implements Pass {
    @Override
    public long[] apply(Part part) {
      return part.sample(level).dual(lambda);
    }
  }

  /** What {@code current} admits after the rounds {@code committed}. */
  record Usage(List<Round> committed, Round current, int level) implements Pass {
    @Override
    public long[] apply(Part part) {
      return part.sample(level).usage(committed, current);
    }
  }

  /** One step of the selection of cut-offs. */
  record Histogram(List<Round> committed, Round current, int[] cut, long[] prefixHi, long[] prefixLo, int depth,
      int level) implements Pass {
    @Override
    public long[] apply(Part part) {
      return part.sample(level).histogram(committed, current, cut, prefixHi, prefixLo, depth);
    }
  }
}
