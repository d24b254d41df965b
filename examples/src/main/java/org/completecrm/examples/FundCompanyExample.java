package org.completecrm.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.completecrm.analytics.cost.ActivityRate;
import org.completecrm.analytics.cost.ActivityTime;
import org.completecrm.analytics.cost.Activities;
import org.completecrm.analytics.cost.CapacityUse;
import org.completecrm.analytics.cost.CostToServe;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.analytics.cost.ResourcePool;
import org.completecrm.analytics.cost.TimeDrivenAbc;
import org.completecrm.analytics.potential.HouseholdPotential;
import org.completecrm.analytics.potential.ShareOfWallet;
import org.completecrm.analytics.potential.WalletModel;
import org.completecrm.analytics.profit.OwnerProfit;
import org.completecrm.analytics.profit.Profitability;
import org.completecrm.analytics.profit.WhaleCurve;
import org.completecrm.analytics.segment.BehaviourFeatures;
import org.completecrm.analytics.segment.FeatureMatrix;
import org.completecrm.analytics.segment.MigrationMatrix;
import org.completecrm.analytics.segment.SegmentScores;
import org.completecrm.analytics.segment.Segmentation;
import org.completecrm.analytics.segment.ValueTier;
import org.completecrm.analytics.segment.ValueTierRules;
import org.completecrm.core.CaseId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The fund-company worked example: a mutual-fund firm that made the household its unit of
 * customer, measured the true cost-to-serve of every household across its service channels by
 * activity-based costing, looked at total potential value through share of wallet, and segmented
 * by profitability first and needs second.
 *
 * <p>A seeded book of 2,000 households (one to four members, some moving between households
 * mid-year) with a year of channel interactions, fee income, fund holdings and, for most
 * households, an external wallet estimate. It derives the activity rates by time-driven ABC,
 * prints cost-to-serve per channel and per segment, the whale curve (and draws it as a PNG), the
 * share of wallet and the households with the most headroom. Run:
 * {@code java -Djava.awt.headless=true -cp examples/target/crm.jar
 * org.completecrm.examples.FundCompanyExample [chart.png]} (the chart defaults to {@code
 * whale-curve.png} in the current directory; nothing else is written).
 */
public final class FundCompanyExample {
  static final Currency EUR = Money.currency("EUR");
  static final Instant YEAR_START = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant MID_YEAR = Instant.parse("2024-07-01T00:00:00Z");
  static final Instant YEAR_END = Instant.parse("2025-01-01T00:00:00Z");
  static final List<String> FUNDS = List.of("equity-fund", "bond-fund", "money-market", "pension-plan");
  static final String POOL_BRANCHES = "branch-network";
  static final String POOL_CONTACT_CENTRE = "contact-centre";
  static final String POOL_BACK_OFFICE = "back-office";

  private FundCompanyExample() {}

  /** Runs the example: prints to standard output and writes the chart to {@code args[0]} or {@code whale-curve.png}. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    Path chart = Path.of(args.length > 0 ? args[0] : "whale-curve.png");
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out, chart, 2_000, 2024L);
    out.flush();
  }

  /** The book of business: households, events, holdings, household attributes and external wallet estimates. */
  record Book(
      List<Household> households,
      List<TimelineEvent> events,
      List<Holding> holdings,
      Map<HouseholdId, Map<String, Double>> attributes,
      Map<HouseholdId, Money> externalWallets) {}

  /**
   * Runs the example on {@code households} generated households from {@code seed}, printing to
   * {@code out} and drawing the whale curve into {@code chart}.
   */
  public static void run(PrintWriter out, Path chart, int households, long seed) {
    Book book = generate(households, seed);
    out.printf(Locale.ROOT, "Fund company: %d households, %d customers, %d events in 2024%n%n",
        book.households().size(), book.households().stream().mapToInt(h -> h.everMembers().size()).sum(), book.events().size());

    // 1. Activity rates by time-driven ABC (Kaplan and Anderson 2004) and one given directly.
    List<ResourcePool> pools = List.of(
        new ResourcePool(POOL_BRANCHES, Money.of(new BigDecimal("150000"), EUR), new BigDecimal("150000")),
        new ResourcePool(POOL_CONTACT_CENTRE, Money.of(new BigDecimal("75000"), EUR), new BigDecimal("125000")),
        new ResourcePool(POOL_BACK_OFFICE, Money.of(new BigDecimal("42000"), EUR), new BigDecimal("70000")));
    List<ActivityTime> times = List.of(
        ActivityTime.of(Activities.BRANCH_VISIT, Activities.OCCURRENCE, POOL_BRANCHES, new BigDecimal("25")),
        ActivityTime.of(Activities.INBOUND_CALL, Activities.MINUTE, POOL_CONTACT_CENTRE, new BigDecimal("1.15")),
        ActivityTime.of(Activities.EMAIL_HANDLED, Activities.OCCURRENCE, POOL_BACK_OFFICE, new BigDecimal("6")),
        ActivityTime.of(Activities.COMPLAINT_HANDLED, Activities.OCCURRENCE, POOL_BACK_OFFICE, new BigDecimal("95")));
    List<ActivityRate> rates = new ArrayList<>(TimeDrivenAbc.rates(pools, times, YEAR_START, Optional.empty(), 4));
    rates.add(TimeDrivenAbc.fromDriverVolume(Activities.STATEMENT_POSTED, Optional.of(Channel.POST), Activities.OCCURRENCE,
        Money.of(new BigDecimal("21000"), EUR), new BigDecimal("16000"), YEAR_START, Optional.empty(), 4));
    rates.add(ActivityRate.of(Activities.WEB_SESSION, Activities.OCCURRENCE, Money.of(new BigDecimal("0.04"), EUR)));
    RateCard card = RateCard.of(EUR, rates, Map.of(Channel.WEB, Activities.WEB_SESSION), Map.of(CaseKind.COMPLAINT, Activities.COMPLAINT_HANDLED));
    out.println("1. Activity rates (time-driven ABC: pool cost / practical minutes x minutes per unit)");
    for (ResourcePool p : pools) {
      out.printf(Locale.ROOT, "   %-16s capacity cost rate %s a minute%n", p.name(), TimeDrivenAbc.capacityCostRate(p, 4));
    }
    for (ActivityRate r : card.rates()) {
      out.printf(Locale.ROOT, "   %-18s %-8s %s per %s%n", r.activity(), r.channel().map(Channel::name).orElse("any"),
          r.perUnit(), r.unit());
    }

    // 2. Cost-to-serve per channel and activity, and the unused capacity it does not load onto customers.
    Profitability<HouseholdId> profit = Profitability.perHousehold(card, book.households(), book.events(), YEAR_START, YEAR_END,
        new BigDecimal("0.60"));
    CostToServe<HouseholdId> costs = profit.costs();
    out.printf(Locale.ROOT, "%n2. Cost-to-serve in 2024: %s over %d costed items%n", costs.total().rounded(), costs.costed());
    costs.perChannel().forEach((ch, m) -> out.printf(Locale.ROOT, "   %-8s %14s  %5.1f%%%n", ch, m.rounded(), pct(m, costs.total())));
    out.printf(Locale.ROOT, "   %-8s %14s  %5.1f%%  (complaints)%n", "none", costs.noChannel().rounded(), pct(costs.noChannel(), costs.total()));
    Map<ActivityTime, BigDecimal> volumes = new TreeMap<>(java.util.Comparator.comparing(ActivityTime::activity));
    for (ActivityTime t : times) {
      BigDecimal cost = costs.perActivity().get(t.activity()).amount();
      BigDecimal rate = card.rates().stream().filter(r -> r.activity().equals(t.activity())).findFirst().orElseThrow().perUnit().amount();
      volumes.put(t, cost.divide(rate, 3, RoundingMode.HALF_EVEN));
    }
    for (CapacityUse u : TimeDrivenAbc.capacityUse(pools, volumes)) {
      out.printf(Locale.ROOT, "   %-16s uses %5.1f%% of practical capacity; unused capacity %s (not charged to customers)%n",
          u.pool(), 100 * u.utilisation(), u.unusedCost().rounded());
    }

    // 3. Profitability and the whale curve.
    WhaleCurve whale = profit.whaleCurve();
    out.printf(Locale.ROOT, "%n3. Household profitability: revenue %s, margin %s, cost-to-serve %s, profit %s%n",
        profit.totalRevenue().rounded(), profit.totalMargin().rounded(), profit.totalCostToServe().rounded(), profit.totalProfit().rounded());
    out.println("   Whale curve: share of profit from the most profitable households");
    for (double share : new double[] {0.05, 0.10, 0.20, 0.50}) {
      out.printf(Locale.ROOT, "     top %3.0f%% of households: %6.1f%% of profit%n", 100 * share, 100 * whale.shareOfTotalFromTop(share));
    }
    out.printf(Locale.ROOT, "   peak %s (%.1f%% of total profit) after %d of %d households (%.1f%%)%n", whale.peak().rounded(),
        100 * whale.peakShareOfTotal(), whale.peakIndex(), whale.size(), 100.0 * whale.peakIndex() / whale.size());
    out.printf(Locale.ROOT, "   %d households destroy %s of profit; the worst three:%n", whale.size() - whale.peakIndex(),
        whale.profitDestroyed().rounded());
    for (OwnerProfit<HouseholdId> d : profit.destroyers().subList(0, Math.min(3, profit.destroyers().size()))) {
      out.printf(Locale.ROOT, "     %s margin %s, cost-to-serve %s, profit %s%n", d.owner(), d.margin().rounded(),
          d.costToServe().rounded(), d.profit().rounded());
    }
    drawWhaleCurve(whale, chart);
    out.printf(Locale.ROOT, "   chart written to %s%n", chart);

    // 4. Value tiers, then needs-based segments inside each tier; cost-to-serve per segment.
    Map<HouseholdId, Double> profitByHousehold = new TreeMap<>();
    profit.owners().forEach(p -> profitByHousehold.put(p.owner(), p.profit().amount().doubleValue()));
    Map<HouseholdId, Double> clv = householdClv(profit);
    Map<HouseholdId, ValueTier> tiers = ValueTierRules.DEFAULT.assign(profitByHousehold, clv);
    FeatureMatrix<HouseholdId> features = householdFeatures(book, YEAR_START, YEAR_END);
    Segmentation<HouseholdId> segments = Segmentation.within(tiers, features, Segmentation.Settings.withSeed(7).withK(3));
    Map<String, Money> costBySegment = costs.perSegment(segments.segmentOf(), "unsegmented");
    Map<String, Money> profitBySegment = new TreeMap<>();
    profit.owners().forEach(p -> profitBySegment.merge(segments.segmentOf().getOrDefault(p.owner(), "unsegmented"), p.profit(), Money::plus));
    out.printf(Locale.ROOT, "%n4. Segments: value tiers (profit + CLV; cut rules 10%% platinum, 30%% gold, negative lead), then needs (k-means, k=3)%n");
    out.printf(Locale.ROOT, "   %-28s %6s %14s %14s %12s%n", "segment", "size", "cost-to-serve", "profit", "cost/hh");
    segments.sizes().forEach((s, n) -> out.printf(Locale.ROOT, "   %-28s %6d %14s %14s %12s%n", s, n,
        costBySegment.get(s).rounded().amount().toPlainString(), profitBySegment.get(s).rounded().amount().toPlainString(),
        costBySegment.get(s).amount().divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_EVEN).toPlainString()));
    segments.stabilityByTier().forEach((t, s) -> out.printf(Locale.ROOT, "   stability of %s segments (mean ARI over 10 reseeded runs): %.3f%n", t.label(), s));
    Map<HouseholdId, Scores> scores = SegmentScores.of(segments, profitByHousehold, clv);
    HouseholdId first = scores.keySet().iterator().next();
    out.printf(Locale.ROOT, "   as rule sets see %s: labels %s%n", first, scores.get(first).labels());

    // Tier migration from the first half of the year to the second.
    Map<HouseholdId, String> before = tierLabels(card, book, YEAR_START, MID_YEAR, clv);
    Map<HouseholdId, String> after = tierLabels(card, book, MID_YEAR, YEAR_END, clv);
    MigrationMatrix migration = MigrationMatrix.between(before, after);
    out.printf(Locale.ROOT, "   tier migration, first half -> second half (rows: from):%n   %-10s", "");
    migration.segments().forEach(s -> out.printf(Locale.ROOT, "%10s", s));
    out.println();
    long[][] counts = migration.counts();
    for (int i = 0; i < counts.length; i++) {
      out.printf(Locale.ROOT, "   %-10s", migration.segments().get(i));
      for (long v : counts[i]) {
        out.printf(Locale.ROOT, "%10d", v);
      }
      out.println();
    }
    out.printf(Locale.ROOT, "   %.1f%% of households kept their tier%n", 100 * migration.retention());

    // 5. Share of wallet, headroom and potential value.
    WalletModel model = WalletModel.fit(EUR, List.of("income", "adults", "age"),
        book.externalWallets().keySet().stream().map(h -> book.attributes().get(h)).toList(),
        new ArrayList<>(book.externalWallets().values()), 1.0);
    Map<HouseholdId, Money> wallets = model.fillIn(book.externalWallets(), book.attributes());
    Map<CustomerId, Double> memberClv = new TreeMap<>();
    for (Household h : book.households()) {
      java.util.Set<CustomerId> members = h.membersAt(YEAR_END);
      members.forEach(c -> memberClv.put(c, clv.getOrDefault(h.id(), 0.0) / members.size()));
    }
    List<HouseholdPotential> potentials = ShareOfWallet.compute(book.households(), book.holdings(), wallets, memberClv, YEAR_END);
    out.printf(Locale.ROOT, "%n5. Share of wallet: %d external estimates, %d from the wallet model %s%n",
        book.externalWallets().size(), wallets.size() - book.externalWallets().size(), model);
    out.printf(Locale.ROOT, "   overall share of wallet %.1f%%; headroom %s%n", 100 * ShareOfWallet.overallShare(potentials),
        potentials.stream().map(HouseholdPotential::headroom).reduce(Money.zero(EUR), Money::plus));
    out.printf(Locale.ROOT, "   top 10 households by headroom:%n   %-9s %-8s %14s %14s %7s %14s %10s %12s%n",
        "household", "tier", "holdings", "wallet", "share", "headroom", "CLV", "potential");
    for (HouseholdPotential p : ShareOfWallet.topByHeadroom(potentials, 10)) {
      out.printf(Locale.ROOT, "   %-9s %-8s %14s %14s %6.1f%% %14s %10.0f %12s%n", p.household(),
          tiers.getOrDefault(p.household(), ValueTier.IRON).label(), p.holdings().amount().toPlainString(),
          p.wallet().amount().toPlainString(), 100 * p.shareOfWallet(), p.headroom().amount().toPlainString(), p.futureValue(),
          p.potentialValue().isPresent() ? String.format(Locale.ROOT, "%.0f", p.potentialValue().getAsDouble()) : "-");
    }
  }

  private static double pct(Money part, Money total) {
    return total.isZero() ? 0 : 100 * part.amount().doubleValue() / total.amount().doubleValue();
  }

  /**
   * A household's CLV for the example: next three years of its 2024 margin, kept with 85%
   * retention a year and discounted at 8%; a stand-in for the value models' CLV, which a host
   * passes in the same way, as plain numbers.
   */
  static Map<HouseholdId, Double> householdClv(Profitability<HouseholdId> profit) {
    Map<HouseholdId, Double> clv = new TreeMap<>();
    for (OwnerProfit<HouseholdId> p : profit.owners()) {
      double margin = p.margin().amount().doubleValue();
      double value = 0;
      for (int year = 1; year <= 3; year++) {
        value += margin * Math.pow(0.85, year) / Math.pow(1.08, year);
      }
      clv.put(p.owner(), value);
    }
    return clv;
  }

  private static Map<HouseholdId, String> tierLabels(RateCard card, Book book, Instant from, Instant until, Map<HouseholdId, Double> clv) {
    Profitability<HouseholdId> p = Profitability.perHousehold(card, book.households(), book.events(), from, until, new BigDecimal("0.60"));
    Map<HouseholdId, Double> profit = new TreeMap<>();
    p.owners().forEach(o -> profit.put(o.owner(), o.profit().amount().doubleValue()));
    Map<HouseholdId, String> labels = new TreeMap<>();
    ValueTierRules.DEFAULT.assign(profit, clv).forEach((h, t) -> labels.put(h, t.label()));
    return labels;
  }

  /** Household features: the members' behavioural features (while members), averaged. */
  static FeatureMatrix<HouseholdId> householdFeatures(Book book, Instant from, Instant until) {
    List<CustomerId> customers = book.households().stream().flatMap(h -> h.everMembers().stream()).distinct().sorted().toList();
    FeatureMatrix<CustomerId> byCustomer = BehaviourFeatures.of(book.events(), customers, FUNDS, from, until);
    Map<CustomerId, double[]> rowOf = new TreeMap<>();
    double[][] values = byCustomer.values();
    for (int i = 0; i < byCustomer.size(); i++) {
      rowOf.put(byCustomer.rows().get(i), values[i]);
    }
    List<Household> sorted = book.households().stream().sorted(java.util.Comparator.comparing(Household::id)).toList();
    double[][] rows = new double[sorted.size()][];
    for (int h = 0; h < sorted.size(); h++) {
      double[] sum = new double[byCustomer.names().size()];
      java.util.Set<CustomerId> members = sorted.get(h).membersAt(until.minusSeconds(1));
      for (CustomerId c : members) {
        double[] r = rowOf.get(c);
        for (int j = 0; j < sum.length; j++) {
          sum[j] += r[j] / members.size();
        }
      }
      rows[h] = sum;
    }
    return new FeatureMatrix<>(sorted.stream().map(Household::id).toList(), byCustomer.names(), rows);
  }

  /** Draws the whale curve into {@code file}, exactly that path (its directory is not created). */
  static void drawWhaleCurve(WhaleCurve whale, Path file) {
    double[][] points = whale.chartPoints(400);
    XYChart chart = new XYChartBuilder().width(900).height(560).title("Cumulative profitability (whale curve), 2024")
        .xAxisTitle("households, most profitable first (%)").yAxisTitle("cumulative profit (% of total)").build();
    chart.getStyler().setLegendVisible(true);
    chart.addSeries("cumulative profit", points[0], points[1]).setMarker(SeriesMarkers.NONE);
    chart.addSeries("100% of total profit", new double[] {0, 100}, new double[] {100, 100}).setMarker(SeriesMarkers.NONE);
    double peakX = 100.0 * whale.peakIndex() / Math.max(1, whale.size());
    chart.addSeries(String.format(Locale.ROOT, "peak %.0f%% after %.0f%% of households", 100 * whale.peakShareOfTotal(), peakX),
        new double[] {peakX}, new double[] {100 * whale.peakShareOfTotal()}).setMarker(SeriesMarkers.CIRCLE);
    // to a stream: given a file name, XChart would add ".png" to a name without it
    try (java.io.OutputStream png = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, png, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generates the seeded book of business. */
  static Book generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant joined = Instant.parse("2022-01-01T00:00:00Z");
    List<Household> households = new ArrayList<>();
    List<TimelineEvent> events = new ArrayList<>();
    List<Holding> holdings = new ArrayList<>();
    Map<HouseholdId, Map<String, Double>> attributes = new TreeMap<>();
    Map<HouseholdId, Money> external = new TreeMap<>();
    int customer = 0;
    int event = 0;
    for (int h = 0; h < count; h++) {
      HouseholdId id = HouseholdId.of(String.format(Locale.ROOT, "hh-%04d", h));
      Household household = Household.empty(id);
      int members = 1 + (random.nextDouble() < 0.35 ? 1 : 0) + (random.nextDouble() < 0.25 ? random.nextInt(1, 3) : 0);
      double income = Math.exp(random.nextDouble(10.2, 12.0));
      double age = random.nextDouble(25, 80);
      int adults = Math.min(members, 2);
      // Channel style of the household: 0 branch-loyal, 1 phone-heavy, 2 digital.
      int style = random.nextInt(3);
      boolean paper = random.nextDouble() < (style == 2 ? 0.1 : 0.6);
      List<CustomerId> ids = new ArrayList<>();
      for (int m = 0; m < members; m++) {
        CustomerId c = CustomerId.of(String.format(Locale.ROOT, "c-%05d", customer++));
        ids.add(c);
        household = household.join(c, m == 0 ? HouseholdRole.PRIMARY : m == 1 ? HouseholdRole.PARTNER : HouseholdRole.DEPENDANT, joined);
      }
      // Some dependants leave home mid-year: their later business no longer counts for this household.
      if (members > 2 && random.nextDouble() < 0.3) {
        household = household.leave(ids.get(members - 1), Instant.parse("2024-06-15T00:00:00Z").plusSeconds(86_400L * random.nextInt(60)));
      }
      households.add(household);
      attributes.put(id, Map.of("income", income, "adults", (double) adults, "age", age));
      double wealth = income * (1.2 + 0.04 * (age - 25)) * (0.6 + random.nextDouble() * 0.8) + 15_000 * adults;
      if (random.nextDouble() < 0.7) {
        external.put(id, Money.of(BigDecimal.valueOf(wealth).setScale(2, RoundingMode.HALF_EVEN), EUR));
      }
      double share = Math.pow(random.nextDouble(), 1.6);
      for (int m = 0; m < members; m++) {
        CustomerId c = ids.get(m);
        double held = m == 0 ? wealth * share * 0.8 : wealth * share * 0.2 / Math.max(1, members - 1);
        String fund = FUNDS.get(random.nextInt(FUNDS.size()));
        if (held > 100) {
          holdings.add(Holding.of(c, fund, Money.of(BigDecimal.valueOf(held).setScale(2, RoundingMode.HALF_EVEN), EUR),
              Instant.parse("2024-12-31T00:00:00Z")));
        }
        double activity = m == 0 ? 1.0 : 0.4;
        // Fee income: management fees of 1.1% a year, charged quarterly, margin stated.
        for (int q = 0; q < 4 && held > 100; q++) {
          BigDecimal fee = BigDecimal.valueOf(held * 0.011 / 4).setScale(2, RoundingMode.HALF_EVEN);
          events.add(Transaction.builder().id(EventId.of("e" + event++)).customer(c).at(YEAR_START.plusSeconds(86_400L * (91 * q + 30)))
              .amount(Money.of(fee, EUR)).kind(TransactionKind.PURCHASE).product(fund)
              .margin(Money.of(fee.multiply(new BigDecimal("0.55")).setScale(4, RoundingMode.HALF_EVEN), EUR)).build());
        }
        int visits = poisson(random, activity * (style == 0 ? 5 : 0.5));
        int calls = poisson(random, activity * (style == 1 ? 9 : 2));
        int emails = poisson(random, activity * (style == 2 ? 6 : 1.5));
        int sessions = poisson(random, activity * (style == 2 ? 40 : 6));
        for (int i = 0; i < visits; i++) {
          events.add(interaction("e" + event++, c, random, Channel.BRANCH, Direction.INBOUND, CostDriver.once(Activities.BRANCH_VISIT)));
        }
        for (int i = 0; i < calls; i++) {
          BigDecimal minutes = BigDecimal.valueOf(Math.max(0.5, 2 + random.nextDouble() * 12)).setScale(1, RoundingMode.HALF_EVEN);
          events.add(interaction("e" + event++, c, random, Channel.PHONE, Direction.INBOUND, CostDriver.of(Activities.INBOUND_CALL, minutes, Activities.MINUTE)));
        }
        for (int i = 0; i < emails; i++) {
          events.add(interaction("e" + event++, c, random, Channel.EMAIL, Direction.INBOUND, CostDriver.once(Activities.EMAIL_HANDLED)));
        }
        for (int i = 0; i < sessions; i++) {
          events.add(interaction("e" + event++, c, random, Channel.WEB, Direction.INBOUND, null));
        }
        if (paper && m == 0) {
          for (int q = 0; q < 4; q++) {
            events.add(Interaction.builder().id(EventId.of("e" + event++)).customer(c).at(YEAR_START.plusSeconds(86_400L * (91 * q + 5)))
                .channel(Channel.POST).direction(Direction.OUTBOUND).type("statement")
                .costDriver(CostDriver.once(Activities.STATEMENT_POSTED)).build());
          }
        }
        if (random.nextDouble() < 0.04 * activity * (style == 1 ? 2 : 1)) {
          Instant at = randomInstant(random);
          CaseId caseId = CaseId.of("case-" + event);
          events.add(CaseUpdated.builder().id(EventId.of("e" + event++)).customer(c).at(at).caseId(caseId).kind(CaseKind.COMPLAINT)
              .severity(Severity.values()[random.nextInt(Severity.values().length)]).status(CaseStatus.OPEN).build());
          events.add(CaseUpdated.builder().id(EventId.of("e" + event++)).customer(c).at(at.plusSeconds(86_400L * 9)).caseId(caseId)
              .kind(CaseKind.COMPLAINT).severity(Severity.values()[0]).status(CaseStatus.CLOSED).build());
        }
      }
    }
    return new Book(List.copyOf(households), List.copyOf(events), List.copyOf(holdings), attributes, external);
  }

  private static Interaction interaction(String id, CustomerId c, SplittableRandom random, Channel channel, Direction direction, CostDriver driver) {
    var b = Interaction.builder().id(EventId.of(id)).customer(c).at(randomInstant(random)).channel(channel).direction(direction)
        .type(channel.name().toLowerCase(Locale.ROOT));
    if (driver != null) {
      b.costDriver(driver);
    }
    return b.build();
  }

  private static Instant randomInstant(SplittableRandom random) {
    return YEAR_START.plusSeconds(random.nextLong(0, 365L * 86_400 - 86_400 * 10));
  }

  /** A Poisson draw by Knuth's multiplication method (fine for the small means used here). */
  private static int poisson(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double p = 1;
    int k = -1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > limit);
    return k;
  }

}
