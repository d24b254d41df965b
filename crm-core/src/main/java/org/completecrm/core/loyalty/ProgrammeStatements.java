package org.completecrm.core.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;

/**
 * Every member's points as of one instant, in columns: what {@link ProgrammeLedger#statementsAt}
 * derives. Read a member's figures by index ({@link #balance(int)}, {@link #lotPoints(int, int)})
 * without creating objects, or as a {@link PointsStatement}.
 */
public final class ProgrammeStatements {
  private static final int TOTALS = 9;

  private final LoyaltyProgramme programme;
  private final Instant at;
  private final CustomerId[] members;
  private final long[] totals;
  private final int[] lotStart;
  private final long[] lotCredited;
  private final long[] lotExpiry;
  private final long[] lotPoints;
  private final double[] spend;
  private final int periods;
  private Map<CustomerId, Integer> index;

  private ProgrammeStatements(Columns c) {
    this.programme = c.programme;
    this.at = c.at;
    this.members = c.members;
    this.totals = c.totals;
    this.lotStart = c.lotStart;
    this.lotCredited = Arrays.copyOf(c.lotCredited, c.lots);
    this.lotExpiry = Arrays.copyOf(c.lotExpiry, c.lots);
    this.lotPoints = Arrays.copyOf(c.lotPoints, c.lots);
    this.spend = c.spend;
    this.periods = c.periods;
  }

  /** The programme the statements follow. */
  public LoyaltyProgramme programme() {
    return programme;
  }

  /** The instant they are as of. */
  public Instant at() {
    return at;
  }

  /** Members, indexed from 0. */
  public int memberCount() {
    return members.length;
  }

  /** The member with index {@code i}. */
  public CustomerId member(int i) {
    return members[i];
  }

  /** The index of {@code member}, if it has a ledger. */
  public synchronized Optional<Integer> indexOf(CustomerId member) {
    if (index == null) {
      index = new HashMap<>();
      for (int i = 0; i < members.length; i++) {
        index.put(members[i], i);
      }
    }
    return Optional.ofNullable(index.get(member));
  }

  /** The balance of member {@code i}. */
  public long balance(int i) {
    long b = 0;
    for (int k = lotStart[i]; k < lotStart[i + 1]; k++) {
      b += lotPoints[k];
    }
    return b;
  }

  /** Points member {@code i} has redeemed. */
  public long redeemed(int i) {
    return totals[i * TOTALS + 4];
  }

  /** Points of member {@code i} expired by the instant. */
  public long expired(int i) {
    return totals[i * TOTALS + 6];
  }

  /** The number of purchases (earn entries) of member {@code i}. */
  public long purchases(int i) {
    return totals[i * TOTALS + 7];
  }

  /** The number of redemptions of member {@code i}. */
  public long redemptions(int i) {
    return totals[i * TOTALS + 8];
  }

  /** The number of unspent lots of member {@code i}. */
  public int lotCount(int i) {
    return lotStart[i + 1] - lotStart[i];
  }

  /** The points of member {@code i}'s lot {@code j} (0 is the oldest). */
  public long lotPoints(int i, int j) {
    return lotPoints[lotStart[i] + j];
  }

  /** When member {@code i}'s lot {@code j} expires, in epoch seconds. */
  public long lotExpiresAt(int i, int j) {
    return lotExpiry[lotStart[i] + j];
  }

  /** Qualification periods tracked: from the programme's start to the period of the instant. */
  public int periods() {
    return periods;
  }

  /** The spend of member {@code i} in qualification period {@code k}. */
  public double spendInPeriod(int i, int k) {
    return k >= 0 && k < periods ? spend[i * periods + k] : 0;
  }

  /** Member {@code i}'s statement. */
  public PointsStatement statement(int i) {
    if (i < 0 || i >= members.length) {
      throw new InvalidValueException("ProgrammeStatements.statement.i", i, "a member index from 0 to " + (members.length - 1));
    }
    List<PointsLot> lots = new ArrayList<>(lotCount(i));
    for (int k = lotStart[i]; k < lotStart[i + 1]; k++) {
      lots.add(new PointsLot(Instant.ofEpochSecond(lotCredited[k]), Instant.ofEpochSecond(lotExpiry[k]), lotPoints[k]));
    }
    List<Double> spendByPeriod = new ArrayList<>(periods);
    for (int k = 0; k < periods; k++) {
      spendByPeriod.add(spend[i * periods + k]);
    }
    int t = i * TOTALS;
    return new PointsStatement(members[i], at, balance(i), totals[t], totals[t + 1], totals[t + 2], totals[t + 3],
        totals[t + 4], totals[t + 6], totals[t + 5], totals[t + 7], totals[t + 8], lots, spendByPeriod);
  }

  /** Collects the fold of each member in turn. */
  static final class Columns {
    final LoyaltyProgramme programme;
    final Instant at;
    final CustomerId[] members;
    final long[] totals;
    final int[] lotStart;
    long[] lotCredited;
    long[] lotExpiry;
    long[] lotPoints;
    int lots;
    double[] spend;
    int periods = -1;

    Columns(LoyaltyProgramme programme, Instant at, CustomerId[] members, int n) {
      this.programme = programme;
      this.at = at;
      this.members = members;
      this.totals = new long[n * TOTALS];
      this.lotStart = new int[n + 1];
      int guess = Math.max(16, n * 2);
      lotCredited = new long[guess];
      lotExpiry = new long[guess];
      lotPoints = new long[guess];
    }

    void add(int m, LotFold f) {
      if (periods < 0) {
        periods = f.periods();
        spend = new double[members.length * periods];
      }
      int t = m * TOTALS;
      totals[t] = f.earned;
      totals[t + 1] = f.bonus;
      totals[t + 2] = f.adjusted;
      totals[t + 3] = f.transferredIn;
      totals[t + 4] = f.redeemed;
      totals[t + 5] = f.transferredOut;
      totals[t + 6] = f.expired;
      totals[t + 7] = f.purchases;
      totals[t + 8] = f.redemptions;
      int open = f.tail - f.head;
      if (lots + open > lotPoints.length) {
        int n = Math.max(lotPoints.length * 2, lots + open);
        lotCredited = Arrays.copyOf(lotCredited, n);
        lotExpiry = Arrays.copyOf(lotExpiry, n);
        lotPoints = Arrays.copyOf(lotPoints, n);
      }
      System.arraycopy(f.lotCredited, f.head, lotCredited, lots, open);
      System.arraycopy(f.lotExpiry, f.head, lotExpiry, lots, open);
      System.arraycopy(f.lotPoints, f.head, lotPoints, lots, open);
      lots += open;
      lotStart[m + 1] = lots;
      System.arraycopy(f.spendByPeriod, 0, spend, m * periods, periods);
    }

    ProgrammeStatements build() {
      if (periods < 0) {
        periods = 0;
        spend = new double[0];
      }
      return new ProgrammeStatements(this);
    }
  }
}
