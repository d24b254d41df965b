package org.completecrm.core.loyalty;

/**
 * The fold of one member's entries into unspent lots and totals: the one place where the
 * ledger's arithmetic lives, shared by {@link PointsLedger} and the columnar {@link
 * ProgrammeLedger}.
 *
 * <p>Design note: an instance is scratch space reused member after member (lot queue and
 * spend-per-period arrays grow once and are kept), so folding ten million entries allocates
 * almost nothing. Lots form a queue in credit order; because an expiry instant never decreases
 * with the credit instant, the head of the queue is both the next to be spent and the next to
 * expire, so spending and expiry are first in, first out. Expiry instants are computed per UTC
 * day and memoised in a small direct-mapped cache. Not thread-safe: one per thread.
 */
final class LotFold {
  private static final long DAY = 86_400;
  private static final int CACHE = 1024;

  private final LoyaltyProgramme programme;
  private final long[] periodStarts;
  private final long[] cacheDay = new long[CACHE];
  private final long[] cacheExpiry = new long[CACHE];
  private final boolean rolling;

  long earned;
  long bonus;
  long adjusted;
  long transferredIn;
  long redeemed;
  long transferredOut;
  long expired;
  long purchases;
  long redemptions;
  long[] lotCredited = new long[16];
  long[] lotExpiry = new long[16];
  long[] lotPoints = new long[16];
  int head;
  int tail;
  final double[] spendByPeriod;
  /** Position (in the order given) of a debit larger than the balance, or -1. */
  int overdrawn;

  /** Scratch space for folding up to {@code at} (epoch seconds) under {@code programme}. */
  LotFold(LoyaltyProgramme programme, long at) {
    this.programme = programme;
    int periods = Math.max(0, programme.periodOfEpochSecond(at)) + 1;
    this.periodStarts = new long[periods + 1];
    for (int k = 0; k <= periods; k++) {
      periodStarts[k] = programme.periodStartEpochSecond(k);
    }
    this.spendByPeriod = new double[periods];
    this.rolling = programme.expiry().kind() == ExpiryKind.ROLLING;
    java.util.Arrays.fill(cacheDay, Long.MIN_VALUE);
  }

  /** The number of qualification periods tracked: those up to and including the one of {@code at}. */
  int periods() {
    return spendByPeriod.length;
  }

  /**
   * Folds the entries {@code order[lo..hi)} (indices into the columns) up to {@code at}. The
   * entries must be in time order, credits before debits at the same instant; those after {@code
   * at} are ignored. Returns false, with {@link #overdrawn} set, when a debit exceeds the balance.
   */
  boolean fold(long at, long[] times, byte[] kinds, long[] points, double[] spend, int[] order, int lo, int hi) {
    reset();
    for (int n = lo; n < hi; n++) {
      int i = order == null ? n : order[n];
      long t = times[i];
      if (t > at) {
        break;
      }
      expireUpTo(t);
      long pts = points[i];
      switch (kinds[i]) {
        case 0: // EARN
          earned += pts;
          purchases++;
          credit(t, pts);
          addSpend(t, spend[i]);
          break;
        case 1: // BONUS
          bonus += pts;
          credit(t, pts);
          break;
        case 2: // ADJUST
          adjusted += pts;
          credit(t, pts);
          break;
        case 3: // TRANSFER_IN
          transferredIn += pts;
          credit(t, pts);
          break;
        case 4: // REDEEM
          if (!debit(pts)) {
            overdrawn = n;
            return false;
          }
          redeemed += pts;
          redemptions++;
          break;
        default: // TRANSFER_OUT
          if (!debit(pts)) {
            overdrawn = n;
            return false;
          }
          transferredOut += pts;
          break;
      }
    }
    expireUpTo(at);
    return true;
  }

  /** The balance: the points of every unspent, unexpired lot. */
  long balance() {
    long b = 0;
    for (int k = head; k < tail; k++) {
      b += lotPoints[k];
    }
    return b;
  }

  private void reset() {
    earned = bonus = adjusted = transferredIn = redeemed = transferredOut = expired = purchases = redemptions = 0;
    head = tail = 0;
    overdrawn = -1;
    java.util.Arrays.fill(spendByPeriod, 0);
  }

  private void expireUpTo(long t) {
    while (head < tail && lotExpiry[head] <= t) {
      expired += lotPoints[head++];
    }
  }

  private void credit(long t, long pts) {
    if (pts == 0) {
      return;
    }
    if (tail == lotPoints.length) {
      grow();
    }
    lotCredited[tail] = t;
    lotExpiry[tail] = expiresAt(t);
    lotPoints[tail++] = pts;
  }

  private boolean debit(long pts) {
    long left = pts;
    int k = head;
    while (left > 0 && k < tail) {
      left -= lotPoints[k++];
    }
    if (left > 0) {
      return false;
    }
    left = pts;
    while (left > 0) {
      long take = Math.min(left, lotPoints[head]);
      lotPoints[head] -= take;
      left -= take;
      if (lotPoints[head] == 0) {
        head++;
      }
    }
    return true;
  }

  private void addSpend(long t, double amount) {
    if (t < periodStarts[0]) {
      return;
    }
    int k = java.util.Arrays.binarySearch(periodStarts, t);
    k = k >= 0 ? k : -k - 2;
    if (k < spendByPeriod.length) {
      spendByPeriod[k] += amount;
    }
  }

  private long expiresAt(long t) {
    long day = Math.floorDiv(t, DAY);
    int slot = (int) (day & (CACHE - 1));
    if (cacheDay[slot] != day) {
      cacheDay[slot] = day;
      cacheExpiry[slot] = programme.expiry().expiryDay(day) * DAY;
    }
    return cacheExpiry[slot] + (rolling ? t - day * DAY : 0);
  }

  private void grow() {
    if (head > 0) {
      int n = tail - head;
      System.arraycopy(lotCredited, head, lotCredited, 0, n);
      System.arraycopy(lotExpiry, head, lotExpiry, 0, n);
      System.arraycopy(lotPoints, head, lotPoints, 0, n);
      head = 0;
      tail = n;
      if (tail < lotPoints.length) {
        return;
      }
    }
    lotCredited = java.util.Arrays.copyOf(lotCredited, lotCredited.length * 2);
    lotExpiry = java.util.Arrays.copyOf(lotExpiry, lotExpiry.length * 2);
    lotPoints = java.util.Arrays.copyOf(lotPoints, lotPoints.length * 2);
  }
}
