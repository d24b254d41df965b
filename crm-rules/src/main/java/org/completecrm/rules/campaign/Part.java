package org.completecrm.rules.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A part of a run's groups, whole households at a time (a range of {@link Units}), and the passes
 * over it: each a pure function of the part and a small broadcast state ({@link Round}s,
 * multipliers) returning a summary of O(constraints) longs that add up exactly with the other
 * parts' (see {@link Fixed}). On one machine the parts are fixed blocks of one table, on Spark
 * each partition is one part of its own table.
 *
 * <p>A part remembers the rounds it last applied (which groups were admitted) and the choices of
 * the round being searched: a cache only; a pass given other rounds recomputes them from scratch,
 * so the result never depends on which passes ran on the part before.
 *
 * <p>The seeded sample of a level ({@link Units#level}) is a part of its own ({@link #sample}):
 * the sample's customers copied once into a compact table, so a pass over a sample of {@code
 * 2^-level} of the units reads about that share of the memory a pass over the part reads.
 */
final class Part {
  static final int SUMMARY = 2;

  final CandidateTable table;
  final Groups groups;
  final Constraints constraints;
  final HouseholdCaps caps;
  final boolean[] excluded;
  final Units units;
  final int fromUnit;
  final int toUnit;
  /** Per group (shared by the blocks of one table): the candidate admitted in an applied round, else -1. */
  final int[] admittedK;
  /** Per group: the choice of the round being searched, else -1, and the high word of its key. */
  final int[] choiceK;
  final long[] keyHi;

  private final boolean byHousehold;
  private final boolean capsOn;
  /** The part's sample of each level, built when first asked for. */
  private final Part[] samples = new Part[Units.MAX_LEVEL + 1];
  private final long[] costUse = new long[Constraints.CHANNELS];
  private final int[] js;
  private final long[] amounts;
  private final List<Round> applied = new ArrayList<>();
  private Round choicesFor;
  private final Set<Long> taken = new HashSet<>();
  private final Counted counted = new Counted();

  Part(CandidateTable table, Groups groups, Constraints constraints, HouseholdCaps caps, boolean[] excluded,
      Units units, int fromUnit, int toUnit, int[] admittedK, int[] choiceK, long[] keyHi, boolean byHousehold) {
    this.table = table;
    this.groups = groups;
    this.constraints = constraints;
    this.caps = caps;
    this.excluded = excluded;
    this.units = units;
    this.fromUnit = fromUnit;
    this.toUnit = toUnit;
    this.admittedK = admittedK;
    this.choiceK = choiceK;
    this.keyHi = keyHi;
    this.byHousehold = byHousehold;
    this.capsOn = !byHousehold && caps.any();
    for (int ch = 0; ch < Constraints.CHANNELS; ch++) {
      costUse[ch] = constraints.channelCost[ch] > 0 ? Fixed.use(constraints.channelCost[ch]) : 0;
    }
    js = new int[4 + constraints.teamCon.length];
    amounts = new long[js.length];
    for (int u = fromUnit; u < toUnit; u++) {
      for (int x = units.start[u]; x < units.start[u + 1]; x++) {
        admittedK[units.groups[x]] = -1;
      }
    }
  }

  /**
   * The groups of the part in the sample of each level {@code 0..}{@link Units#MAX_LEVEL} (level
   * 0: all of them).
   */
  long[] count() {
    long[] out = new long[Units.MAX_LEVEL + 1];
    for (int u = fromUnit; u < toUnit; u++) {
      int at = units.level(groups, u);
      for (int l = 0; l <= at; l++) {
        out[l] += units.start[u + 1] - units.start[u];
      }
    }
    return out;
  }

  /**
   * The part's units of level {@code >= level} as a part of their own (this part at level 0): the
   * same groups, seeded keys, candidates and segments, in a compact table of their own, copied
   * once. The same units whole, so a pass over it returns what the same pass over only those
   * units of this part would.
   */
  Part sample(int level) {
    if (level == 0) {
      return this;
    }
    Part s = samples[level];
    if (s == null && allOfLevel(level)) {
      s = this;
      samples[level] = s;
    }
    if (s == null) {
      int n = 0;
      int[] which = new int[table.customers];
      for (int u = fromUnit; u < toUnit; u++) {
        if (units.level(groups, u) >= level) {
          for (int x = units.start[u]; x < units.start[u + 1]; x++) {
            int g = units.groups[x];
            for (int y = groups.start[g]; y < groups.start[g + 1]; y++) {
              which[n++] = groups.members[y];
            }
          }
        }
      }
      CandidateTable sub = CandidateTable.subset(table, java.util.Arrays.copyOf(which, n));
      Groups subGroups = new Groups(sub, byHousehold, groups.seed);
      Units subUnits = new Units(sub, subGroups, byHousehold);
      int g = subGroups.count();
      s = new Part(sub, subGroups, constraints, caps, excluded(sub, constraints), subUnits, 0, subUnits.count(),
          new int[g], new int[g], new long[g], byHousehold);
      samples[level] = s;
    }
    return s;
  }

  /** Whether every unit of the part is in the sample of {@code level} (a part that is a sample already). */
  private boolean allOfLevel(int level) {
    for (int u = fromUnit; u < toUnit; u++) {
      if (units.level(groups, u) < level) {
        return false;
      }
    }
    return true;
  }

  /** The candidates excluded because they do not fit even alone: for every candidate of {@code table}. */
  static boolean[] excluded(CandidateTable table, Constraints constraints) {
    boolean[] excluded = new boolean[table.candidates];
    double[] zero = new double[constraints.count()];
    for (int i = 0; i < table.customers; i++) {
      for (int k = table.first(i); k < table.end(i); k++) {
        excluded[k] = constraints.firstWithoutRoom(table, k, table.segment[i], zero) >= 0;
      }
    }
    return excluded;
  }

  /** Candidate {@code k}'s uses of the constraints, fixed point, into {@link #js} and {@link #amounts}; how many. */
  private int uses(int k, int seg) {
    Constraints c = constraints;
    int n = 0;
    int ch = table.channel[k];
    int a = c.offerCon[table.action[k]];
    if (a >= 0) {
      js[n] = a;
      amounts[n++] = (long) Fixed.USE;
    }
    if (c.channelCon[ch] >= 0) {
      js[n] = c.channelCon[ch];
      amounts[n++] = (long) Fixed.USE;
    }
    if (c.costCon >= 0 && costUse[ch] > 0) {
      js[n] = c.costCon;
      amounts[n++] = costUse[ch];
    }
    if (seg >= 0 && c.segmentCon[seg] >= 0) {
      js[n] = c.segmentCon[seg];
      amounts[n++] = (long) Fixed.USE;
    }
    for (int t = 0; t < c.teamCon.length; t++) {
      double load = table.propensity[k] * c.share[t][ch];
      if (load > 0) {
        js[n] = c.teamCon[t];
        amounts[n++] = Fixed.use(load);
      }
    }
    return n;
  }

  private boolean fits(int k, int seg, long[] residual) {
    int n = uses(k, seg);
    for (int q = 0; q < n; q++) {
      if (amounts[q] > residual[js[q]]) {
        return false;
      }
    }
    return true;
  }

  private int segmentOf(int k) {
    return table.segment[groups.owner[k]];
  }

  /** The Lagrangian pass: {@code [sum of max(0, best reduced value) rounded up, use of each constraint by the best]}. */
  long[] dual(double[] lambda) {
    Constraints.Prices prices = new Constraints.Prices(constraints, lambda);
    long[] out = new long[1 + constraints.count()];
    for (int u = fromUnit; u < toUnit; u++) {
      for (int x = units.start[u]; x < units.start[u + 1]; x++) {
        int gi = units.groups[x];
        int k0 = -1;
        double r0 = 0;
        for (int y = groups.start[gi]; y < groups.start[gi + 1]; y++) {
          int i = groups.members[y];
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
        if (k0 >= 0) {
          out[0] += Fixed.valueUp(r0);
          int n = uses(k0, segmentOf(k0));
          for (int q = 0; q < n; q++) {
            out[1 + js[q]] += amounts[q];
          }
        }
      }
    }
    return out;
  }

  /** Brings the admitted groups to those of {@code committed} and the choices to those of {@code current} (may be null). */
  private void ensure(List<Round> committed, Round current) {
    boolean prefix = applied.size() <= committed.size();
    for (int r = 0; prefix && r < applied.size(); r++) {
      prefix = applied.get(r).equals(committed.get(r));
    }
    if (!prefix) {
      for (int u = fromUnit; u < toUnit; u++) {
        for (int x = units.start[u]; x < units.start[u + 1]; x++) {
          admittedK[units.groups[x]] = -1;
        }
      }
      applied.clear();
      choicesFor = null;
    }
    while (applied.size() < committed.size()) {
      Round r = committed.get(applied.size());
      if (!r.sameChoices(choicesFor)) {
        // The choices of a round just searched are those it is committed with: the same prices,
        // residual and admitted groups (choicesFor is forgotten whenever the admitted change).
        choose(r);
      }
      for (int u = fromUnit; u < toUnit; u++) {
        for (int x = units.start[u]; x < units.start[u + 1]; x++) {
          int g = units.groups[x];
          if (admitted(g, r)) {
            admittedK[g] = choiceK[g];
          }
        }
      }
      applied.add(r);
      choicesFor = null;
    }
    if (current != null && !current.sameChoices(choicesFor)) {
      choose(current);
    }
  }

  /** Each group not yet admitted chooses its candidate of highest key (reduced or expected value), positive, that fits alone. */
  private void choose(Round r) {
    Constraints.Prices prices = r.lambda == null ? null : new Constraints.Prices(constraints, r.lambda);
    for (int u = fromUnit; u < toUnit; u++) {
      if (capsOn) {
        taken.clear();
        for (int x = units.start[u]; x < units.start[u + 1]; x++) {
          int k = admittedK[units.groups[x]];
          if (k >= 0) {
            caps.take(table, groups.owner[k], k, taken);
          }
        }
      }
      for (int x = units.start[u]; x < units.start[u + 1]; x++) {
        int g = units.groups[x];
        choiceK[g] = -1;
        keyHi[g] = Long.MIN_VALUE;
        if (admittedK[g] >= 0) {
          continue;
        }
        int best = -1;
        double bv = 0;
        for (int y = groups.start[g]; y < groups.start[g + 1]; y++) {
          int i = groups.members[y];
          for (int k = table.first(i); k < table.end(i); k++) {
            if (excluded[k] || table.expectedValue[k] <= 0) {
              continue;
            }
            double v = prices == null ? table.expectedValue[k] : prices.reduced(table, k, table.segment[i]);
            if (v > bv && fits(k, table.segment[i], r.residual) && (!capsOn || caps.free(table, i, k, taken))) {
              bv = v;
              best = k;
            }
          }
        }
        if (best >= 0) {
          choiceK[g] = best;
          keyHi[g] = Fixed.sortable(bv);
          if (capsOn) {
            caps.take(table, groups.owner[best], best, taken);
          }
        }
      }
    }
    choicesFor = r;
  }

  private long keyLo(int g) {
    return ~groups.tieKey[g];
  }

  private static boolean above(long hi, long lo, long cutHi, long cutLo) {
    return hi > cutHi || hi == cutHi && lo > cutLo;
  }

  /** Whether group {@code g}'s choice is above the cut-off of every constraint it uses (uses {@link #js}). */
  private boolean admitted(int g, Round r) {
    int k = choiceK[g];
    if (k < 0) {
      return false;
    }
    // The constraints of uses(k, seg), without working out the amounts.
    Constraints c = constraints;
    long hi = keyHi[g];
    long lo = keyLo(g);
    int ch = table.channel[k];
    int seg = segmentOf(k);
    int a = c.offerCon[table.action[k]];
    if (a >= 0 && !above(hi, lo, r.cutHi[a], r.cutLo[a])) {
      return false;
    }
    int j = c.channelCon[ch];
    if (j >= 0 && !above(hi, lo, r.cutHi[j], r.cutLo[j])) {
      return false;
    }
    j = c.costCon;
    if (j >= 0 && costUse[ch] > 0 && !above(hi, lo, r.cutHi[j], r.cutLo[j])) {
      return false;
    }
    if (seg >= 0) {
      j = c.segmentCon[seg];
      if (j >= 0 && !above(hi, lo, r.cutHi[j], r.cutLo[j])) {
        return false;
      }
    }
    for (int t = 0; t < c.teamCon.length; t++) {
      j = c.teamCon[t];
      if (table.propensity[k] * c.share[t][ch] > 0 && !above(hi, lo, r.cutHi[j], r.cutLo[j])) {
        return false;
      }
    }
    return true;
  }

  /** {@code [value, sends, use of each constraint]} of the groups {@code current} admits after {@code committed}. */
  long[] usage(List<Round> committed, Round current) {
    ensure(committed, current);
    long[] out = new long[SUMMARY + constraints.count()];
    for (int u = fromUnit; u < toUnit; u++) {
      for (int x = units.start[u]; x < units.start[u + 1]; x++) {
        int g = units.groups[x];
        if (admitted(g, current)) {
          int k = choiceK[g];
          out[0] += Fixed.value(table.expectedValue[k]);
          out[1]++;
          int n = uses(k, segmentOf(k));
          for (int q = 0; q < n; q++) {
            out[SUMMARY + js[q]] += amounts[q];
          }
        }
      }
    }
    return out;
  }

  /**
   * For each constraint {@code cut[q]} being cut ({@code v} of them), by byte {@code depth} of the
   * key, over the groups admitted by every cut-off whose key's first {@code depth} bytes are {@code
   * (prefixHi[q], prefixLo[q])} (keys as unsigned: {@code key ^ Long.MIN_VALUE}): their use of the
   * constraint, how many they are, and the sums (modulo 2^64) of their keys' high and low words,
   * in four blocks of {@code 256 v} longs (block, then constraint, then byte). Where one group alone
   * is in a byte, the sums are its key.
   */
  long[] histogram(List<Round> committed, Round current, int[] cut, long[] prefixHi, long[] prefixLo, int depth) {
    ensure(committed, current);
    int[] qOf = new int[constraints.count()];
    java.util.Arrays.fill(qOf, -1);
    for (int q = 0; q < cut.length; q++) {
      qOf[cut[q]] = q;
    }
    int v = cut.length;
    long[] out = new long[4 * 256 * v];
    long maskHi = maskHi(depth);
    long maskLo = maskLo(depth);
    int shift = depth < 8 ? 56 - 8 * depth : 56 - 8 * (depth - 8);
    boolean narrow = counted.follows(committed, current, cut, prefixHi, prefixLo, depth);
    int[] scan = narrow ? counted.groups : null;
    int n = narrow ? counted.size : 0;
    int kept = 0;
    if (!narrow && counted.groups == null) {
      counted.groups = new int[units.start[toUnit] - units.start[fromUnit]];
    }
    int x = narrow ? 0 : units.start[fromUnit];
    int end = narrow ? n : units.start[toUnit];
    for (; x < end; x++) {
      int g = narrow ? scan[x] : units.groups[x];
      if (!narrow && choiceK[g] < 0) {
        continue;
      }
      long uHi = keyHi[g] ^ Long.MIN_VALUE;
      long uLo = keyLo(g) ^ Long.MIN_VALUE;
      boolean any = false;
      for (int q = 0; q < cut.length && !any; q++) {
        any = (uHi & maskHi) == prefixHi[q] && (uLo & maskLo) == prefixLo[q];
      }
      if (!any || !narrow && !admitted(g, current)) {
        continue;
      }
      counted.groups[kept++] = g;
      int b = (int) ((depth < 8 ? uHi : uLo) >>> shift) & 255;
      int un = uses(choiceK[g], segmentOf(choiceK[g]));
      for (int y = 0; y < un; y++) {
        int q = qOf[js[y]];
        if (q >= 0 && (uHi & maskHi) == prefixHi[q] && (uLo & maskLo) == prefixLo[q]) {
          int at = q * 256 + b;
          out[at] += amounts[y];
          out[at + 256 * v]++;
          out[at + 512 * v] += uHi;
          out[at + 768 * v] += uLo;
        }
      }
    }
    counted.remember(committed, current, cut, prefixHi, prefixLo, depth, kept);
    return out;
  }

  private static long maskHi(int depth) {
    return depth <= 0 ? 0 : depth >= 8 ? -1L : -1L << (64 - 8 * depth);
  }

  private static long maskLo(int depth) {
    return depth <= 8 ? 0 : -1L << (64 - 8 * (depth - 8));
  }

  /**
   * The groups the last histogram counted (admitted, their key matching some prefix), a cache:
   * the selection's next step extends each prefix by a byte, so the groups it counts are among
   * these, and it scans them instead of the whole part (a few per cent of the part after the
   * first bytes). Used only when the next step's arguments say so ({@link #follows}).
   */
  private static final class Counted {
    int[] groups;
    int size;
    private List<Round> committed;
    private Round current;
    private int[] cut;
    private long[] prefixHi;
    private long[] prefixLo;
    private int depth = -2;

    /**
     * Whether the step at {@code depth} extends the one remembered: same rounds, its constraints
     * among the remembered ones in the same order (a selection drops those it has settled), each
     * prefix one byte longer than the remembered one.
     */
    boolean follows(List<Round> committed, Round current, int[] cut, long[] prefixHi, long[] prefixLo, int depth) {
      if (depth != this.depth + 1 || !current.equals(this.current) || !committed.equals(this.committed)) {
        return false;
      }
      long mHi = maskHi(this.depth);
      long mLo = maskLo(this.depth);
      int r = 0;
      for (int q = 0; q < cut.length; q++) {
        while (r < this.cut.length && this.cut[r] != cut[q]) {
          r++;
        }
        if (r == this.cut.length || (prefixHi[q] & mHi) != this.prefixHi[r] || (prefixLo[q] & mLo) != this.prefixLo[r]) {
          return false;
        }
      }
      return true;
    }

    void remember(List<Round> committed, Round current, int[] cut, long[] prefixHi, long[] prefixLo, int depth,
        int size) {
      this.committed = List.copyOf(committed);
      this.current = current;
      this.cut = cut.clone();
      this.prefixHi = prefixHi.clone();
      this.prefixLo = prefixLo.clone();
      this.depth = depth;
      this.size = size;
    }
  }

  /** Writes, for each customer of the part, the candidate {@code committed} gives it into {@code chosen} (-1: none). */
  void assign(List<Round> committed, int[] chosen) {
    ensure(committed, null);
    for (int u = fromUnit; u < toUnit; u++) {
      for (int x = units.start[u]; x < units.start[u + 1]; x++) {
        int g = units.groups[x];
        for (int y = groups.start[g]; y < groups.start[g + 1]; y++) {
          chosen[groups.members[y]] = -1;
        }
        if (admittedK[g] >= 0) {
          chosen[groups.owner[admittedK[g]]] = admittedK[g];
        }
      }
    }
  }
}
