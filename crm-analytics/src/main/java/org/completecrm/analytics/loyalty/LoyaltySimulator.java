package org.completecrm.analytics.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.loyalty.EntryKind;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.ProgrammeLedger;
import org.hipparchus.random.RandomDataGenerator;

/**
 * A seeded simulation of a programme with known redemption behaviour, to check liability
 * forecasts against what happens.
 *
 * <p>Each member buys by the BG/NBD process (Fader, Hardie and Lee 2005: purchase rate per week
 * drawn from Gamma(r, alpha), dropout after each repeat purchase with a probability drawn from
 * Beta(a, b)), spends a Gamma-distributed amount per purchase (mean 50) and earns the programme's
 * points for it. On each purchase the member redeems their whole balance with a probability drawn
 * from Beta(1.5, 3.5), their own and fixed for life. Members join in the programme's first 26
 * weeks. The future after the instant asked about continues each member's own process (alive or
 * not, rate, dropout, propensity) for as long as the balance then held can be redeemed.
 */
public final class LoyaltySimulator {
  /** The purchase process the simulation draws from (weeks). */
  public static final BgNbdModel PURCHASES = new BgNbdModel(0.9, 6.0, 0.6, 3.5);
  private static final double SECONDS_PER_WEEK = 7 * 86_400.0;
  private static final double SPEND_SHAPE = 4;
  private static final double SPEND_MEAN = 50;

  private LoyaltySimulator() {}

  /** Simulates {@code members} members of {@code programme} from its start to {@code at}, and their future. */
  public static SimulatedProgramme simulate(LoyaltyProgramme programme, int members, Instant at, long seed) {
    if (programme == null || at == null) {
      throw new InvalidValueException("LoyaltySimulator.simulate", "null", "a programme and an instant");
    }
    if (members < 1 || members > 10_000_000) {
      throw new InvalidValueException("LoyaltySimulator.members", members, "a count from 1 to 10,000,000");
    }
    double horizon = (at.getEpochSecond() - programme.start().getEpochSecond()) / SECONDS_PER_WEEK;
    if (horizon <= 26) {
      throw new InvalidValueException("LoyaltySimulator.at", at, "an instant more than 26 weeks after the programme's start");
    }
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    ProgrammeLedger.Builder ledger = ProgrammeLedger.builder(members * 8);
    List<CustomerSummary> summaries = new ArrayList<>(members);
    double[] realised = new double[members];
    long start = programme.start().getEpochSecond();
    Lots lots = new Lots();
    for (int i = 0; i < members; i++) {
      CustomerId id = CustomerId.of(String.format(java.util.Locale.ROOT, "m%08d", i));
      ledger.member(id);
      double lambda = rng.nextGamma(PURCHASES.r(), 1 / PURCHASES.alpha());
      double dropout = rng.nextBeta(PURCHASES.a(), PURCHASES.b());
      double propensity = rng.nextBeta(1.5, 3.5);
      double first = rng.nextDouble() * 26;
      double t = first;
      int repeats = 0;
      double last = first;
      boolean alive = true;
      lots.clear();
      while (true) {
        long second = start + (long) (t * SECONDS_PER_WEEK);
        double spend = Math.round(rng.nextGamma(SPEND_SHAPE, SPEND_MEAN / SPEND_SHAPE) * 100) / 100.0;
        long points = programme.pointsFor(spend, java.util.Optional.empty(), java.util.Optional.empty());
        ledger.add(id, second, EntryKind.EARN, points, spend);
        lots.add(second, programme.expiry().expiresAt(Instant.ofEpochSecond(second)).getEpochSecond(), points);
        long balance = lots.balanceAt(second);
        if (balance > 0 && rng.nextDouble() < propensity) {
          ledger.add(id, second, EntryKind.REDEEM, balance, 0);
          lots.clear();
        }
        if (t > first && rng.nextDouble() < dropout) {
          alive = false;
          break;
        }
        double next = t + rng.nextExponential(1 / lambda);
        if (next >= horizon) {
          break;
        }
        t = next;
        repeats++;
        last = t;
      }
      summaries.add(CustomerSummary.of(id, repeats, last - first, horizon - first, 0));
      realised[i] = alive ? future(lots, horizon, lambda, dropout, propensity, start, rng) : 0;
    }
    return new SimulatedProgramme(at, ledger.build(), summaries, realised);
  }

  /** Continues a live member after {@code at}: the points of today's lots redeemed before they expire. */
  private static double future(Lots lots, double now, double lambda, double dropout, double propensity,
      long start, RandomDataGenerator rng) {
    long lastExpiry = lots.lastExpiry();
    if (lots.balanceAt(start + (long) (now * SECONDS_PER_WEEK)) == 0) {
      return 0;
    }
    double t = now;
    while (true) {
      t += rng.nextExponential(1 / lambda);
      long second = start + (long) (t * SECONDS_PER_WEEK);
      if (second >= lastExpiry) {
        return 0;
      }
      if (rng.nextDouble() < propensity) {
        return lots.balanceAt(second);
      }
      if (rng.nextDouble() < dropout) {
        return 0;
      }
    }
  }

  /** A member's lots in the simulation: credit and expiry seconds and points. */
  private static final class Lots {
    private final List<long[]> lots = new ArrayList<>();

    void clear() {
      lots.clear();
    }

    void add(long credited, long expires, long points) {
      if (points > 0) {
        lots.add(new long[] {credited, expires, points});
      }
    }

    long balanceAt(long t) {
      return lots.stream().filter(l -> l[0] <= t && l[1] > t).mapToLong(l -> l[2]).sum();
    }

    long lastExpiry() {
      return lots.stream().mapToLong(l -> l[1]).max().orElse(Long.MIN_VALUE);
    }
  }
}
