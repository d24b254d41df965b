package org.completecrm.rules.campaign;

/**
 * The Lagrangian pass of one {@link Part} ({@link Part#dual}) that looks again only at the groups
 * whose choice the new prices can change: a cache that changes no result.
 *
 * <p>Design note. The dual pass gives each group its candidate of highest reduced value {@code
 * r_k = v_k - A[action] - C[channel] - S[segment] - p_k T[channel]} (none when no reduced value is
 * positive). The subgradient search moves the prices a little from one pass to the next, and few
 * constraints bind, so most groups keep their choice for many passes. At a reference pass (the
 * prices {@code ref}) the screen evaluates every group and keeps its best option ({@code -1}: none,
 * the option of value 0) and its margin over the next best option (the value 0 of none included).
 * At prices {@code P}, every reduced value differs from its value at {@code ref} by at most
 *
 * <pre>
 *   delta = max_a |dA_a| + max_ch (|dC_ch| + max_k |p_k| |dT_ch|) + max_s |dS_s|
 * </pre>
 *
 * in exact arithmetic, so a group whose margin exceeds {@code 2 delta} plus a bound of the
 * rounding of the computed values ({@link #slack}: a million times the worst rounding of the
 * reduced values, still negligible against the margins) has the same best option at {@code P}:
 * the pass computes that one candidate's reduced value, with the very expression of the full pass
 * (the same bits), and adds it and its uses. Every other group is evaluated in full, exactly as
 * without the screen. Ties at {@code ref} have margin 0 and are always evaluated in full, so the
 * first of equal candidates still wins. When more than a quarter of the part's groups would be
 * evaluated in full, the pass evaluates all of them and makes its prices the new reference.
 *
 * <p>The pass's result is therefore the full pass's, bit for bit, whatever passes ran before
 * ({@code DualScreenTest}, {@code PartTest}); the screen only saves the evaluation of the
 * candidates of the groups it skips (at a million customers, late in the search, most of them).
 */
final class DualScreen {
  /** How many passes back a group's reference prices may be. */
  static final int HISTORY = 512;

  private final Part part;
  private final int from;
  private final int to;
  /** Per group of the part (its position from {@link #from}): the pass it was last evaluated in full, -1 for none. */
  private final int[] refPass;
  /** Per group: its best option at its reference pass, -1 for none. */
  private final int[] best;
  /** Per group: the best option's reduced value minus the next best option's, at its reference pass. */
  private final double[] margin;
  /** Per group: the actions, channels and segments (bit masks) of its candidates other than the best. */
  private final long[] otherActions;
  private final int[] otherChannels;
  private final long[] segments;
  /** Per group: its best candidate's expected value, action, channel, segment and propensity (read in order, not from the table). */
  private final double[] bestV;
  private final int[] bestA;
  private final byte[] bestCh;
  private final int[] bestSeg;
  private final double[] bestP;
  /** The uses of the constraints by the best candidates of all the part's groups (what every pass adds). */
  private final long[] bestUses;
  /** Per group: how many constraints its best candidate uses, which and how much ({@link #width} slots a group). */
  private final int width;
  private final int[] bestN;
  private final int[] bestJ;
  private final long[] bestAmount;
  private final double maxP;
  private final double maxV;
  private final boolean masks;
  /** The prices of the last {@link #HISTORY} passes, by pass modulo the history. */
  private final Constraints.Prices[] history = new Constraints.Prices[HISTORY];
  /** Per slot of the history, worked out once a pass when a group needs them: how far each price moved since. */
  private final boolean[] measured = new boolean[HISTORY];
  private final double[][] dAction;
  private final double[][] dChannel;
  private final double[][] dSegment;
  private final long[] movedActions = new long[HISTORY];
  private final long[] movedSegments = new long[HISTORY];
  private final double[] slack = new double[HISTORY];
  /** Per slot: a bound of every group's need (both sides moved as far as any price moved), checked first. */
  private final double[] anyNeed = new double[HISTORY];
  private int pass = -1;
  /** Groups evaluated in full and screened, over all passes (for tests and benchmarks). */
  long full;
  long skipped;

  DualScreen(Part part) {
    this.part = part;
    Units units = part.units;
    this.from = units.start[part.fromUnit];
    this.to = units.start[part.toUnit];
    int n = to - from;
    this.refPass = new int[n];
    java.util.Arrays.fill(refPass, -1);
    this.best = new int[n];
    this.margin = new double[n];
    this.otherActions = new long[n];
    this.otherChannels = new int[n];
    this.segments = new long[n];
    this.bestV = new double[n];
    this.bestA = new int[n];
    this.bestCh = new byte[n];
    this.bestSeg = new int[n];
    this.bestP = new double[n];
    Constraints c = part.constraints;
    this.bestUses = new long[c.count()];
    this.width = 4 + c.teamCon.length;
    this.bestN = new int[n];
    this.bestJ = new int[n * width];
    this.bestAmount = new long[n * width];
    this.masks = c.offerCon.length <= 64 && c.segmentCon.length <= 64 && Constraints.CHANNELS <= 32;
    this.dAction = new double[HISTORY][c.offerCon.length];
    this.dChannel = new double[HISTORY][Constraints.CHANNELS];
    this.dSegment = new double[HISTORY][c.segmentCon.length];
    CandidateTable table = part.table;
    Groups groups = part.groups;
    double p = 0;
    double v = 0;
    for (int x = from; x < to; x++) {
      int g = units.groups[x];
      for (int y = groups.start[g]; y < groups.start[g + 1]; y++) {
        int i = groups.members[y];
        for (int k = table.first(i); k < table.end(i); k++) {
          p = Math.max(p, Math.abs(table.propensity[k]));
          v = Math.max(v, Math.abs(table.expectedValue[k]));
        }
      }
    }
    this.maxP = p;
    this.maxV = v;
  }

  /** The dual pass at {@code prices} into {@code out}: {@code [sum of max(0, best reduced value) rounded up, uses]}. */
  long[] dual(Constraints.Prices prices, long[] out) {
    pass++;
    history[pass % HISTORY] = prices;
    java.util.Arrays.fill(measured, false);
    for (int x = from; x < to; x++) {
      int at = x - from;
      int q = refPass[at];
      if (q >= 0 && pass - q < HISTORY && margin[at] > need(at, q % HISTORY, prices)) {
        if (best[at] >= 0) {
          out[0] += Fixed.valueUp(prices.reduced(bestV[at], bestA[at], bestCh[at], bestSeg[at], bestP[at]));
        }
        skipped++;
      } else {
        fullGroup(prices, out, at);
        full++;
      }
    }
    for (int j = 0; j < bestUses.length; j++) {
      out[1 + j] += bestUses[j];
    }
    return out;
  }

  /**
   * A bound of how far group {@code at}'s best option at the prices of history slot {@code s} can
   * fall, plus how far any of its other options can rise, at {@code prices}, plus the rounding.
   */
  private double need(int at, int s, Constraints.Prices prices) {
    if (!measured[s]) {
      measure(s, prices);
    }
    if (margin[at] > anyNeed[s]) {
      return anyNeed[s];
    }
    long actions = masks ? otherActions[at] & movedActions[s] : -1L;
    int channels = masks ? otherChannels[at] : -1;
    long segs = masks ? segments[at] & movedSegments[s] : -1L;
    double dS = max(dSegment[s], segs);
    double d = slack[s] + max(dAction[s], actions) + max(dChannel[s], channels) + dS;
    if (best[at] >= 0) {
      d += dAction[s][bestA[at]] + dChannel[s][bestCh[at]] + dS;
    }
    return d;
  }

  /** How far each price moved from history slot {@code s} to {@code prices} (a little more, for the rounding of the difference). */
  private void measure(int s, Constraints.Prices prices) {
    Constraints.Prices ref = history[s];
    movedActions[s] = moved(ref.action, prices.action, dAction[s]);
    movedSegments[s] = moved(ref.segment, prices.segment, dSegment[s]);
    for (int ch = 0; ch < Constraints.CHANNELS; ch++) {
      dChannel[s][ch] = (Math.abs(ref.channel[ch] - prices.channel[ch]) + maxP * Math.abs(ref.team[ch] - prices.team[ch]))
          * (1 + 1e-9);
    }
    slack[s] = 1e-10 * (1 + maxV + Math.max(largest(ref), largest(prices)));
    anyNeed[s] = (slack[s] + 2 * (max(dAction[s], -1L) + max(dChannel[s], -1L) + max(dSegment[s], -1L))) * (1 + 1e-9);
    measured[s] = true;
  }

  /**
   * Group {@code g}'s best candidate at {@code prices}, added to {@code out} exactly as the full
   * pass does; its best option, margin and the masks of its other candidates are kept at position
   * {@code at}, with this pass as its reference.
   */
  private void fullGroup(Constraints.Prices prices, long[] out, int at) {
    GroupedCandidates c = part.grouped();
    int k0 = -1;
    int c0 = -1;
    double r0 = 0;
    double second = Double.NEGATIVE_INFINITY;
    for (int y = c.start[at]; y < c.start[at + 1]; y++) {
      double r = prices.reduced(c.value[y], c.action[y], c.channel[y], c.segment[y], c.propensity[y]);
      if (r > r0) {
        second = r0;
        r0 = r;
        c0 = y;
      } else if (r > second) {
        second = r;
      }
    }
    if (c0 >= 0) {
      k0 = c.index[c0];
    }
    if (k0 >= 0) {
      out[0] += Fixed.valueUp(r0);
    }
    boolean changed = refPass[at] < 0 || best[at] != k0;
    if (changed) {
      for (int q = at * width, end = q + bestN[at]; q < end; q++) {
        bestUses[bestJ[q]] -= bestAmount[q];
      }
      bestN[at] = k0 >= 0 ? part.uses(k0, bestJ, bestAmount, at * width) : 0;
      for (int q = at * width, end = q + bestN[at]; q < end; q++) {
        bestUses[bestJ[q]] += bestAmount[q];
      }
      if (k0 >= 0) {
        bestV[at] = c.value[c0];
        bestA[at] = c.action[c0];
        bestCh[at] = c.channel[c0];
        bestSeg[at] = c.segment[c0];
        bestP[at] = c.propensity[c0];
      }
    }
    if (masks && changed) {
      long actions = 0;
      int channels = 0;
      long segs = 0;
      for (int y = c.start[at]; y < c.start[at + 1]; y++) {
        if (c.segment[y] >= 0) {
          segs |= 1L << c.segment[y];
        }
        if (y != c0) {
          actions |= 1L << c.action[y];
          channels |= 1 << c.channel[y];
        }
      }
      otherActions[at] = actions;
      otherChannels[at] = channels;
      segments[at] = segs;
    }
    best[at] = k0;
    // For none (k0 = -1, r0 = 0), second is the highest reduced value (not above 0), or minus
    // infinity for a group without candidates: none stays best however the prices move.
    margin[at] = r0 - second;
    refPass[at] = pass;
  }

  private double largest(Constraints.Prices p) {
    double channel = 0;
    for (int ch = 0; ch < p.channel.length; ch++) {
      channel = Math.max(channel, Math.abs(p.channel[ch]) + maxP * Math.abs(p.team[ch]));
    }
    return maxAbs(p.action) + channel + maxAbs(p.segment);
  }

  /**
   * The distance of each price of {@code b} from {@code a} into {@code d} (times a little more than
   * one, for the rounding of the difference), and the mask of those that moved (all bits when there
   * are more than 64).
   */
  private static long moved(double[] a, double[] b, double[] d) {
    long mask = 0;
    for (int i = 0; i < a.length; i++) {
      d[i] = Math.abs(a[i] - b[i]) * (1 + 1e-9);
      if (d[i] != 0) {
        mask |= i < 64 ? 1L << i : -1L;
      }
    }
    return mask;
  }

  /** The largest of {@code d} over the bits of {@code mask} (over all of {@code d} for a mask of all bits). */
  private static double max(double[] d, long mask) {
    double m = 0;
    if (mask == -1L) {
      for (double x : d) {
        m = Math.max(m, x);
      }
      return m;
    }
    for (long b = mask; b != 0; b &= b - 1) {
      m = Math.max(m, d[Long.numberOfTrailingZeros(b)]);
    }
    return m;
  }

  private static double max(double[] d, int mask) {
    return max(d, mask == -1 ? -1L : mask & 0xFFFFFFFFL);
  }

  private static double maxAbs(double[] a) {
    double d = 0;
    for (double x : a) {
      d = Math.max(d, Math.abs(x));
    }
    return d;
  }
}
