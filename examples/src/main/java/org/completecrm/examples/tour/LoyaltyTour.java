package org.completecrm.examples.tour;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.completecrm.analytics.clv.CustomerValue;
import org.completecrm.analytics.loyalty.ProgrammeEconomics;
import org.completecrm.analytics.loyalty.TierEconomics;
import org.completecrm.analytics.profit.OwnerProfit;
import org.completecrm.analytics.profit.Profitability;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.household.Household;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.loyalty.LedgerChange;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.PointsLedger;
import org.completecrm.core.loyalty.ProgrammeLedger;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.examples.loyalty.LoyaltyBook;
import org.completecrm.examples.report.HtmlReport;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The loyalty step of the tour: one points ledger for the simulated base, two programmes that
 * differ only in how tiers are earned (spend, or profit after cost-to-serve or CLV), which
 * members move between them, and what each tier costs and earns under each.
 */
public final class LoyaltyTour {
  /** The programme whose tiers are earned by spend. */
  public static final String SPEND_PROGRAMME = "/loyalty/spend-programme.json";
  /** The same programme with tiers earned by profit or CLV. */
  public static final String VALUE_PROGRAMME = "/loyalty/value-programme.json";

  private final LoyaltyBook spend;
  private final LoyaltyBook value;
  private final List<TierEconomics> spendEconomics;
  private final List<TierEconomics> valueEconomics;
  private final long[][] moves;

  private LoyaltyTour(LoyaltyBook spend, LoyaltyBook value, List<TierEconomics> spendEconomics,
      List<TierEconomics> valueEconomics, long[][] moves) {
    this.spend = spend;
    this.value = value;
    this.spendEconomics = spendEconomics;
    this.valueEconomics = valueEconomics;
    this.moves = moves;
  }

  /**
   * The step on its own: simulates a base of {@code customers} customers from {@code seed}, fits
   * its value models, and prints the comparison to {@code out}.
   */
  public static void standalone(PrintWriter out, int customers, long seed) {
    Progress progress = new Progress(out);
    CustomerBase base = progress.step("simulating households, purchases and interactions",
        () -> CustomerBase.simulate(customers, seed));
    ValueTour value = ValueTour.run(base.purchases(), CustomerBase.CALIBRATION_END, CustomerBase.OBSERVATION_END, progress);
    run(base, value.values, seed, progress).print(out);
    out.flush();
  }

  /** The step on a base whose values (CLV, P(alive), 52-week expected purchases) are known; members redeem by {@code seed}. */
  static LoyaltyTour run(CustomerBase base, Map<CustomerId, CustomerValue> values, long seed, Progress progress) {
    LoyaltyProgramme byspend = programme(SPEND_PROGRAMME);
    LoyaltyProgramme byValue = programme(VALUE_PROGRAMME);
    Instant at = CustomerBase.OBSERVATION_END.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    ProgrammeLedger ledger = progress.step("writing the points ledger", () -> ledger(byspend, base, seed));
    Map<CustomerId, double[]> profit = progress.step("profit after cost-to-serve per member and period",
        () -> profitByPeriod(byspend, base, at));
    Map<CustomerId, HouseholdId> households = new HashMap<>();
    for (Household h : base.households()) {
      h.membersAt(at).forEach(m -> households.put(m, h.id()));
    }
    Map<CustomerId, LoyaltyBook.MemberValues> scores = new HashMap<>();
    values.forEach((id, v) -> scores.put(id, new LoyaltyBook.MemberValues(v.probabilityAlive(), v.expectedPurchases(),
        v.clv(), OptionalDouble.empty())));
    LoyaltyBook.Inputs inputs = new LoyaltyBook.Inputs(ledger, households, scores, profit);
    int last = byspend.periodOf(at) - 1;
    Instant periodStart = byspend.periodStart(last);
    return progress.step("tiers, liability and economics under both programmes", () -> {
      LoyaltyBook spendBook = LoyaltyBook.at(byspend, inputs, at, ValueTour.HORIZON_WEEKS);
      LoyaltyBook valueBook = LoyaltyBook.at(byValue, inputs, at, ValueTour.HORIZON_WEEKS);
      double[] lastProfit = new double[spendBook.statements().memberCount()];
      for (int i = 0; i < lastProfit.length; i++) {
        double[] p = profit.get(spendBook.statements().member(i));
        lastProfit[i] = p == null ? 0 : p[last];
      }
      List<TierEconomics> se = economics(spendBook, LoyaltyBook.at(byspend, inputs, periodStart, ValueTour.HORIZON_WEEKS),
          lastProfit);
      List<TierEconomics> ve = economics(valueBook, LoyaltyBook.at(byValue, inputs, periodStart, ValueTour.HORIZON_WEEKS),
          lastProfit);
      int tiers = byspend.tiers().size();
      long[][] moves = new long[tiers][tiers];
      for (int i = 0; i < lastProfit.length; i++) {
        moves[spendBook.tier(i).tierIndex()][valueBook.tier(i).tierIndex()]++;
      }
      return new LoyaltyTour(spendBook, valueBook, se, ve, moves);
    });
  }

  private static List<TierEconomics> economics(LoyaltyBook end, LoyaltyBook start, double[] profit) {
    return ProgrammeEconomics.perTier(start.statements(), end.statements(), start.liability(), end.liability(),
        end.tierIndexes(), profit);
  }

  /** Reads one of the tour's programmes from the class path. */
  public static LoyaltyProgramme programme(String resource) {
    try (InputStream in = LoyaltyTour.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + resource));
      }
      return CrmJson.read(in, LoyaltyProgramme.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every member's ledger: each purchase earns points; a member's first web session earns the
   * self-service bonus; on a purchase a member holding a voucher's points redeems it with their
   * own propensity, drawn from Beta(1.5, 3.5).
   */
  static ProgrammeLedger ledger(LoyaltyProgramme programme, CustomerBase base, long seed) {
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    Map<CustomerId, Instant> firstWeb = new HashMap<>();
    for (Interaction i : base.interactions()) {
      if (i.channel() == Channel.WEB) {
        firstWeb.merge(i.customer(), i.at(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Map<CustomerId, List<Purchase>> byMember = new java.util.TreeMap<>();
    base.purchases().forEach(p -> byMember.computeIfAbsent(p.customerId(), k -> new ArrayList<>()).add(p));
    String reward = programme.rewards().get(0).id();
    List<PointsLedger> ledgers = new ArrayList<>(byMember.size());
    for (Map.Entry<CustomerId, List<Purchase>> e : byMember.entrySet()) {
      double propensity = rng.nextBeta(1.5, 3.5);
      PointsLedger l = PointsLedger.empty(e.getKey());
      Instant web = firstWeb.get(e.getKey());
      int n = 0;
      for (Purchase p : e.getValue()) {
        Instant at = p.date().atTime(12, 0).toInstant(ZoneOffset.UTC);
        if (web != null && !web.isAfter(at)) {
          l = l.bonus(programme, "b" + n++, "moved-to-self-service", web);
          web = null;
        }
        l = l.earn(programme, "e" + n++, Money.of(java.math.BigDecimal.valueOf(p.amount()), CostTour.USD), Optional.empty(),
            Optional.empty(), at);
        if (rng.nextDouble() < propensity) {
          LedgerChange c = l.redeem(programme, "r" + n++, reward, at);
          l = c.ledger();
        }
      }
      ledgers.add(l);
    }
    return ProgrammeLedger.of(ledgers);
  }

  /** Each member's profit after cost-to-serve in each qualification period before {@code at}. */
  static Map<CustomerId, double[]> profitByPeriod(LoyaltyProgramme programme, CustomerBase base, Instant at) {
    List<TimelineEvent> events = CostTour.events(base.purchases(), base.interactions());
    int periods = programme.periodOf(at);
    Map<CustomerId, double[]> out = new HashMap<>();
    for (int k = 0; k < periods; k++) {
      Profitability<CustomerId> p = Profitability.perCustomer(CostTour.rateCard(), events, programme.periodStart(k),
          programme.periodStart(k + 1), CostTour.MARGIN_RATE);
      for (OwnerProfit<CustomerId> o : p.owners()) {
        out.computeIfAbsent(o.owner(), x -> new double[periods])[k] = o.profit().amount().doubleValue();
      }
    }
    return out;
  }

  void print(PrintWriter out) {
    out.printf(Locale.ROOT, "  %s; the same ledger under two programmes that differ only in how tiers are earned%n",
        Counts.of(spend.statements().memberCount(), "member"));
    out.printf(Locale.ROOT, "  points outstanding %,d, liability %s %,.2f, expected breakage %.1f%% (%s)%n",
        spend.liability().programme().outstandingPoints(), spend.liability().currency(),
        spend.liability().programme().liability(), 100 * spend.liability().programme().breakageRate(), spend.outlookSource());
    out.println("  tier by spend (rows) against tier by profit or CLV (columns):");
    List<String> names = spend.programme().tiers().stream().map(t -> t.id()).toList();
    out.printf(Locale.ROOT, "    %-8s%s%n", "", names.stream().map(s -> String.format(Locale.ROOT, "%9s", s)).reduce("", String::concat));
    for (int a = 0; a < names.size(); a++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "    %-8s", names.get(a)));
      for (int b = 0; b < names.size(); b++) {
        row.append(String.format(Locale.ROOT, "%,9d", moves[a][b]));
      }
      out.println(row);
    }
    out.printf(Locale.ROOT, "  %s move down when tiers follow value, %,d move up%n", Counts.of(down(), "member"), up());
    for (int i : examples()) {
      out.printf(Locale.ROOT, "    %s: by spend %s; by value %s%n", spend.statements().member(i),
          spend.tier(i).words(), value.tier(i).words());
    }
    out.println("  the last half-year per tier: members, profit after cost-to-serve, programme cost (rewards + liability"
        + " change + benefits), net");
    print(out, "spend", spendEconomics);
    print(out, "value", valueEconomics);
  }

  private static void print(PrintWriter out, String name, List<TierEconomics> economics) {
    for (TierEconomics e : economics) {
      out.printf(Locale.ROOT, "    by %-5s %-7s %,7d members  profit %,11.2f  cost %,10.2f (%,.2f a member)  net %,11.2f%n",
          name, e.tier(), e.members(), e.profit(), e.programmeCost(), e.costPerMember(), e.net());
    }
  }

  long down() {
    long n = 0;
    for (int a = 0; a < moves.length; a++) {
      for (int b = 0; b < a; b++) {
        n += moves[a][b];
      }
    }
    return n;
  }

  long up() {
    long n = 0;
    for (int a = 0; a < moves.length; a++) {
      for (int b = a + 1; b < moves.length; b++) {
        n += moves[a][b];
      }
    }
    return n;
  }

  /** Up to three members who fall furthest when tiers follow value, the highest spenders first. */
  private List<Integer> examples() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < spend.statements().memberCount(); i++) {
      if (spend.tier(i).tierIndex() - value.tier(i).tierIndex() >= 2) {
        out.add(i);
      }
    }
    out.sort(Comparator.comparingDouble((Integer i) -> -spend.tier(i).figures().getOrDefault(
        org.completecrm.core.loyalty.QualificationMeasure.SPEND, 0.0)).thenComparing(i -> spend.statements().member(i)));
    return out.subList(0, Math.min(3, out.size()));
  }

  void addTo(HtmlReport html) {
    html.heading("Loyalty: tiers by spend against tiers by value");
    List<String> names = spend.programme().tiers().stream().map(t -> t.id()).toList();
    List<List<String>> rows = new ArrayList<>();
    for (int a = 0; a < names.size(); a++) {
      List<String> row = new ArrayList<>();
      row.add(names.get(a));
      for (int b = 0; b < names.size(); b++) {
        row.add(Long.toString(moves[a][b]));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>();
    header.add("by spend \\ by value");
    header.addAll(names);
    html.table(header, rows);
    List<List<String>> economics = new ArrayList<>();
    for (int k = 0; k < spendEconomics.size(); k++) {
      for (List<TierEconomics> list : List.of(spendEconomics, valueEconomics)) {
        TierEconomics e = list.get(k);
        economics.add(List.of(list == spendEconomics ? "spend" : "value", e.tier(), Long.toString(e.members()),
            String.format(Locale.ROOT, "%,.2f", e.profit()), String.format(Locale.ROOT, "%,.2f", e.programmeCost()),
            String.format(Locale.ROOT, "%,.2f", e.net())));
      }
    }
    html.table(List.of("tiers by", "tier", "members", "profit", "programme cost", "net"), economics);
  }

  /** The programme cost per tier by spend and by value, for tests. */
  List<List<TierEconomics>> economics() {
    return List.of(spendEconomics, valueEconomics);
  }
}
