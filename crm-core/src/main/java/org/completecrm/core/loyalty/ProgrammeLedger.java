package org.completecrm.core.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * Every member's points ledger in one memory-lean, columnar value: for each entry the member (an
 * index), epoch second, kind, points and spend, in primitive arrays. Built once from a file or
 * from {@link PointsLedger}s; {@link #statementsAt} derives every member's statement in one pass.
 *
 * <p>Ten million entries take about 230 MB (entry ids and references are not kept: an error
 * names the entry by its position in the order added).
 */
public final class ProgrammeLedger {
  private final CustomerId[] members;
  private final int[] member;
  private final long[] at;
  private final byte[] kind;
  private final long[] points;
  private final double[] spend;
  private final int size;

  private ProgrammeLedger(Builder b) {
    this.members = b.members.toArray(new CustomerId[0]);
    this.size = b.size;
    this.member = Arrays.copyOf(b.member, size);
    this.at = Arrays.copyOf(b.at, size);
    this.kind = Arrays.copyOf(b.kind, size);
    this.points = Arrays.copyOf(b.points, size);
    this.spend = Arrays.copyOf(b.spend, size);
  }

  /** A builder expecting about {@code entries} entries. */
  public static Builder builder(int entries) {
    return new Builder(entries);
  }

  /** The ledgers of many members in one. */
  public static ProgrammeLedger of(Collection<PointsLedger> ledgers) {
    Checks.noNulls(ledgers, "ProgrammeLedger.of.ledgers");
    Builder b = builder(ledgers.stream().mapToInt(l -> l.entries().size()).sum());
    for (PointsLedger l : ledgers) {
      b.member(l.member());
      for (LedgerEntry e : l.entries()) {
        b.add(e.member(), e.at().getEpochSecond(), e.kind(), e.points(),
            e.spend().map(m -> m.amount().doubleValue()).orElse(0.0));
      }
    }
    return b.build();
  }

  /** Entries in the ledger. */
  public int size() {
    return size;
  }

  /** Members in the ledger, each with an index from 0 in the order first seen. */
  public int memberCount() {
    return members.length;
  }

  /** The member with index {@code i}. */
  public CustomerId member(int i) {
    return members[i];
  }

  /**
   * Every member's statement as of {@code at}, in member index order.
   *
   * @throws InvalidValueException naming the entry (by its position) that spends more than its member's balance
   */
  public ProgrammeStatements statementsAt(LoyaltyProgramme programme, Instant at) {
    Checks.present(programme, "ProgrammeLedger.statementsAt.programme");
    Checks.present(at, "ProgrammeLedger.statementsAt.at");
    int n = members.length;
    int[] start = new int[n + 1];
    for (int i = 0; i < size; i++) {
      start[member[i] + 1]++;
    }
    for (int m = 0; m < n; m++) {
      start[m + 1] += start[m];
    }
    int[] order = new int[size];
    int[] next = Arrays.copyOf(start, n);
    for (int i = 0; i < size; i++) {
      order[next[member[i]]++] = i;
    }
    long cutoff = at.getEpochSecond();
    ProgrammeStatements.Columns out = new ProgrammeStatements.Columns(programme, at, members, n);
    LotFold fold = new LotFold(programme, cutoff);
    for (int m = 0; m < n; m++) {
      sortSlice(order, start[m], start[m + 1]);
      if (!fold.fold(cutoff, this.at, kind, points, spend, order, start[m], start[m + 1])) {
        int row = order[fold.overdrawn];
        throw new InvalidValueException("ProgrammeLedger.entries[" + row + "].points", points[row],
            "no more than " + members[m] + "'s balance at " + Instant.ofEpochSecond(this.at[row]));
      }
      out.add(m, fold);
    }
    return out.build();
  }

  /** Sorts one member's slice by time, credits before debits at the same instant, then by position. */
  private void sortSlice(int[] order, int lo, int hi) {
    boolean sorted = true;
    for (int i = lo + 1; i < hi && sorted; i++) {
      sorted = compare(order[i - 1], order[i]) <= 0;
    }
    if (sorted) {
      return;
    }
    Integer[] slice = new Integer[hi - lo];
    for (int i = lo; i < hi; i++) {
      slice[i - lo] = order[i];
    }
    Arrays.sort(slice, this::compare);
    for (int i = lo; i < hi; i++) {
      order[i] = slice[i - lo];
    }
  }

  private int compare(int x, int y) {
    int c = Long.compare(at[x], at[y]);
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(kind[x] >= 4, kind[y] >= 4);
    return c != 0 ? c : Integer.compare(x, y);
  }

  /** Adds entries one by one; each is validated as it is added. */
  public static final class Builder {
    private final Map<CustomerId, Integer> index = new HashMap<>();
    private final List<CustomerId> members = new ArrayList<>();
    private int[] member;
    private long[] at;
    private byte[] kind;
    private long[] points;
    private double[] spend;
    private int size;

    private Builder(int entries) {
      int n = Math.max(16, entries);
      member = new int[n];
      at = new long[n];
      kind = new byte[n];
      points = new long[n];
      spend = new double[n];
    }

    /** Registers a member, with or without entries; returns its index. */
    public int member(CustomerId id) {
      Checks.present(id, "ProgrammeLedger.member");
      Integer i = index.get(id);
      if (i == null) {
        i = members.size();
        index.put(id, i);
        members.add(id);
      }
      return i;
    }

    /** Adds an entry of {@code id}'s ledger at {@code epochSecond}; {@code spendAmount} only on earn entries. */
    public Builder add(CustomerId id, long epochSecond, EntryKind entryKind, long entryPoints, double spendAmount) {
      int m = member(id);
      Checks.present(entryKind, "ProgrammeLedger.entries[" + size + "].kind");
      long min = entryKind == EntryKind.EARN ? 0 : 1;
      if (entryPoints < min) {
        throw new InvalidValueException("ProgrammeLedger.entries[" + size + "].points", entryPoints, "at least " + min);
      }
      if (!Double.isFinite(spendAmount) || spendAmount < 0 || (entryKind != EntryKind.EARN && spendAmount != 0)) {
        throw new InvalidValueException("ProgrammeLedger.entries[" + size + "].spend", spendAmount,
            "a finite spend >= 0 on earn entries, 0 on others");
      }
      if (size == member.length) {
        int n = size * 2;
        member = Arrays.copyOf(member, n);
        at = Arrays.copyOf(at, n);
        kind = Arrays.copyOf(kind, n);
        points = Arrays.copyOf(points, n);
        spend = Arrays.copyOf(spend, n);
      }
      member[size] = m;
      at[size] = epochSecond;
      kind[size] = (byte) entryKind.ordinal();
      points[size] = entryPoints;
      spend[size] = spendAmount;
      size++;
      return this;
    }

    /** The ledger. */
    public ProgrammeLedger build() {
      return new ProgrammeLedger(this);
    }
  }
}
