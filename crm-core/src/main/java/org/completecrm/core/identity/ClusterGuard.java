package org.completecrm.core.identity;

/**
 * The cluster guard: whether joining two groups would put different people together. The
 * evidence of all pairs across the two groups is weighed, and the join is refused when (1) one
 * pair is beyond doubt (its household-telling attributes all disagree), (2) the mean log-odds
 * of the pairs across is below {@link #MIN_MEAN_LOG_ODDS}, or (3) some record of the joined
 * group would be clearly different ({@link Prepared#clearlyDifferent}) from at least half of the
 * others it was weighed against. So a record with one mistyped identifier, or a nickname that
 * only one member's typo keeps from agreeing, joins a person whose other records it agrees
 * with, while a third record that resembles both twins does not chain them together.
 *
 * <p>Working state of one clustering run: per record, the counts of the joins so far, in arrays that
 * the guards of one run share (each guard used by one thread, on the records of its own connected
 * components, so no two threads touch the same entries).
 */
final class ClusterGuard {
  private final Prepared p;
  private final MatchModel model;
  /** Per record: how many of the members weighed against it are clearly different, and how many were weighed. */
  private final int[] different;
  private final int[] weighed;
  private int[] pendingA = new int[0];
  private int[] pendingB = new int[0];
  private int[] a = new int[0];
  private int[] b = new int[0];
  private int na;
  private int nb;

  ClusterGuard(Prepared p, MatchModel model, int n) {
    this(p, model, new int[n], new int[n]);
  }

  /** A guard over the counts {@code different} and {@code weighed} (one entry per record), shared with other guards of the run. */
  ClusterGuard(Prepared p, MatchModel model, int[] different, int[] weighed) {
    this.p = p;
    this.model = model;
    this.different = different;
    this.weighed = weighed;
  }

  /**
   * Whether joining group A (its members in the order they joined: the first {@code sizeA} of
   * {@code groupA}) and group B would put different people together.
   */
  boolean conflict(int[] groupA, int sizeA, int[] groupB, int sizeB) {
    // a large group is represented by its first members (in the order they joined, the same in
    // a batch and in an incremental update), which keeps the guard linear in the group sizes
    a = groupA;
    b = groupB;
    na = Math.min(sizeA, GUARD_SAMPLE);
    nb = Math.min(sizeB, GUARD_SAMPLE);
    int[] da = new int[na];
    int[] db = new int[nb];
    double evidence = 0;
    for (int s = 0; s < na; s++) {
      int i = a[s];
      for (int t = 0; t < nb; t++) {
        int j = b[t];
        int x = Math.min(i, j);
        int y = Math.max(i, j);
        int pattern = p.compare(x, y);
        evidence += Math.max(-EVIDENCE_BOUND, Math.min(EVIDENCE_BOUND, model.weightOf(pattern) + p.tfAdjustment(x, y, pattern)));
        if (p.clearlyDifferent(x, y, pattern)) {
          if (p.personEvidence(x, y, pattern) <= BEYOND_DOUBT) {
            return true;
          }
          da[s]++;
          db[t]++;
        }
      }
    }
    long pairs = (long) na * nb;
    if (pairs > 1 && evidence / pairs + model.priorLogOdds() < MIN_MEAN_LOG_ODDS) {
      return true;
    }
    if (outvoted(a, na, da, nb) || outvoted(b, nb, db, na)) {
      return true;
    }
    pendingA = da;
    pendingB = db;
    return false;
  }

  private boolean outvoted(int[] group, int size, int[] cross, int across) {
    for (int s = 0; s < size; s++) {
      int i = group[s];
      int d = different[i] + cross[s];
      if (d > 0 && 2 * d >= weighed[i] + across) {
        return true;
      }
    }
    return false;
  }

  /** Records the counts of the join just allowed (call before the groups' arrays change). */
  void commit() {
    for (int s = 0; s < na; s++) {
      different[a[s]] += pendingA[s];
      weighed[a[s]] += nb;
    }
    for (int t = 0; t < nb; t++) {
      different[b[t]] += pendingB[t];
      weighed[b[t]] += na;
    }
  }

  /** How many members of each group the cluster guard weighs at most. */
  static final int GUARD_SAMPLE = 24;

  /** The least mean log-odds (bits) of the pairs across two groups for them to be joined. */
  static final double MIN_MEAN_LOG_ODDS = 0;

  /** The bound of one pair's weight in the mean, so that one pair cannot decide alone. */
  static final double EVIDENCE_BOUND = 20;

  /** The {@link Prepared#personEvidence} at or below which one pair alone keeps two groups apart. */
  static final int BEYOND_DOUBT = -4;
}
