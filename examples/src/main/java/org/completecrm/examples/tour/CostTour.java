package org.completecrm.examples.tour;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.analytics.clv.CustomerValue;
import org.completecrm.analytics.cost.ActivityRate;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.analytics.profit.OwnerProfit;
import org.completecrm.analytics.profit.Profitability;
import org.completecrm.analytics.profit.WhaleCurve;
import org.completecrm.analytics.segment.BehaviourFeatures;
import org.completecrm.analytics.segment.FeatureMatrix;
import org.completecrm.analytics.segment.Segmentation;
import org.completecrm.analytics.segment.ValueTier;
import org.completecrm.analytics.segment.ValueTierRules;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.completecrm.examples.report.HtmlReport;

/**
 * The cost step of the tour: activity-based cost-to-serve per channel, profitability and the
 * whale curve, value tiers (profit first) and needs-based segments inside each tier.
 */
final class CostTour {
  static final Currency USD = Currency.getInstance("USD");
  /** The margin on revenue where a transaction does not state its own. */
  static final BigDecimal MARGIN_RATE = new BigDecimal("0.40");

  final Profitability<CustomerId> profitability;
  final WhaleCurve whale;
  final Segmentation<CustomerId> segments;
  final Map<ValueTier, Integer> tierSizes;

  private CostTour(Profitability<CustomerId> profitability, WhaleCurve whale, Segmentation<CustomerId> segments,
      Map<ValueTier, Integer> tierSizes) {
    this.profitability = profitability;
    this.whale = whale;
    this.segments = segments;
    this.tierSizes = tierSizes;
  }

  /** The activity rates of the tour's firm: what one unit of each activity's driver costs. */
  static RateCard rateCard() {
    List<ActivityRate> rates = List.of(
        ActivityRate.of("inbound-call", "minute", Money.of("0.95", "USD")),
        ActivityRate.of("email-handled", "occurrence", Money.of("3.20", "USD")),
        ActivityRate.of("web-session", "occurrence", Money.of("0.04", "USD")),
        ActivityRate.of("branch-visit", "occurrence", Money.of("18.50", "USD")),
        ActivityRate.of("statement-posted", "occurrence", Money.of("1.10", "USD")),
        ActivityRate.of("chat-session", "occurrence", Money.of("2.40", "USD")));
    return RateCard.of(USD, rates);
  }

  static CostTour run(List<Purchase> purchases, List<Interaction> interactions, Map<CustomerId, CustomerValue> values,
      LocalDate from, LocalDate until, Progress progress) {
    Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = until.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    List<TimelineEvent> events = events(purchases, interactions);
    Profitability<CustomerId> profitability = progress.step("costing " + String.format(Locale.ROOT, "%,d", interactions.size())
        + " interactions and " + String.format(Locale.ROOT, "%,d", purchases.size()) + " purchases",
        () -> Profitability.perCustomer(rateCard(), events, start, end, MARGIN_RATE));
    List<Money> profits = new ArrayList<>();
    Map<CustomerId, Double> profitOf = new HashMap<>();
    for (OwnerProfit<CustomerId> o : profitability.owners()) {
      profits.add(o.profit());
      profitOf.put(o.owner(), o.profit().amount().doubleValue());
    }
    WhaleCurve whale = WhaleCurve.of(profits, USD);
    Map<CustomerId, Double> clv = new HashMap<>();
    values.forEach((id, v) -> clv.put(id, v.clv().orElse(0)));
    Map<CustomerId, ValueTier> tiers = ValueTierRules.DEFAULT.assign(profitOf, clv);
    FeatureMatrix<CustomerId> features = progress.step("segmenting by needs inside each value tier", () ->
        BehaviourFeatures.of(events, tiers.keySet(), List.of(), start, end));
    Segmentation<CustomerId> segments = Segmentation.within(tiers, features, Segmentation.Settings.withSeed(2026).withK(3));
    Map<ValueTier, Integer> sizes = new TreeMap<>();
    tiers.values().forEach(t -> sizes.merge(t, 1, Integer::sum));
    return new CostTour(profitability, whale, segments, sizes);
  }

  /** The interactions and the purchases (as transactions at noon UTC) on one timeline. */
  static List<TimelineEvent> events(List<Purchase> purchases, List<Interaction> interactions) {
    List<TimelineEvent> events = new ArrayList<>(interactions.size() + purchases.size());
    events.addAll(interactions);
    int n = 0;
    for (Purchase p : purchases) {
      events.add(Transaction.builder().id(EventId.of("p" + n++)).customer(p.customerId())
          .at(p.date().atTime(12, 0).toInstant(ZoneOffset.UTC))
          .amount(Money.of(BigDecimal.valueOf(p.amount()).setScale(2, java.math.RoundingMode.HALF_EVEN), USD)).kind(TransactionKind.PURCHASE).build());
    }
    return events;
  }

  void print(PrintWriter out) {
    out.printf(Locale.ROOT, "  cost-to-serve %s in all; per channel:%n", profitability.costs().total().rounded());
    profitability.costs().perChannel().forEach((ch, m) ->
        out.printf(Locale.ROOT, "    %-9s %14s%n", ch, m.rounded()));
    out.printf(Locale.ROOT, "  whale curve: %s, profit peaks at %s after the top %.0f%%; the rest destroy %s,"
            + " leaving %s%s%n",
        Counts.of(whale.size(), "customer"), whale.peak().rounded(), 100.0 * whale.peakIndex() / Math.max(1, whale.size()),
        whale.profitDestroyed().rounded(), whale.total().rounded(),
        whale.total().signum() > 0
            ? String.format(Locale.ROOT, " (the peak is %.0f%% of it)", 100 * whale.peakShareOfTotal()) : "");
    out.printf(Locale.ROOT, "  value tiers (profit + CLV): %s%n", tierSizes);
    Map<String, Integer> segmentSizes = new TreeMap<>();
    segments.segmentOf().values().forEach(s -> segmentSizes.merge(s, 1, Integer::sum));
    out.printf(Locale.ROOT, "  needs-based segments: %s%n", segmentSizes);
    out.printf(Locale.ROOT, "  segment stability (mean adjusted Rand index over reseeded runs): %s%n", ValueTour.fmt(segments.stabilityByTier(), 2));
    Map<String, Money> perSegment = profitability.costs().perSegment(segments.segmentOf(), "unsegmented");
    out.printf(Locale.ROOT, "  cost-to-serve per segment:%n");
    perSegment.forEach((s, m) -> out.printf(Locale.ROOT, "    %-28s %14s%n", s, m.rounded()));
  }

  void addTo(HtmlReport html) {
    html.heading("Cost-to-serve and profitability");
    List<List<String>> rows = new ArrayList<>();
    profitability.costs().perChannel().forEach((Channel ch, Money m) -> rows.add(List.of(ch.toString(), m.rounded().toString())));
    html.table(List.of("channel", "cost-to-serve"), rows);
    double[][] points = whale.chartPoints(200);
    boolean positive = whale.total().signum() > 0;
    html.lineChart(positive
            ? String.format(Locale.ROOT,
                "Whale curve: cumulative profit (%% of total) by share of customers, most profitable first; peak %.0f%% of total profit",
                100 * whale.peakShareOfTotal())
            : "Whale curve: cumulative profit by share of customers, most profitable first (total profit is not positive)",
        "customers, most profitable first (%)", positive ? "cumulative profit (% of total)" : "cumulative profit (USD)",
        whaleSeries(points, positive));
    List<List<String>> tiers = new ArrayList<>();
    tierSizes.forEach((t, c) -> tiers.add(List.of(t.toString(), String.format(Locale.ROOT, "%,d", c))));
    html.table(List.of("value tier", "customers"), tiers);
    Map<String, Integer> segmentSizes = new TreeMap<>();
    segments.segmentOf().values().forEach(name -> segmentSizes.merge(name, 1, Integer::sum));
    List<List<String>> needs = new ArrayList<>();
    segmentSizes.forEach((name, c) -> needs.add(List.of(name, String.format(Locale.ROOT, "%,d", c))));
    html.table(List.of("needs-based segment (inside its value tier)", "customers"), needs);
  }

  /** The whale curve, with the 100% of total profit line and the peak marked where profit is positive. */
  private HtmlReport.Series[] whaleSeries(double[][] points, boolean positive) {
    HtmlReport.Series curve = HtmlReport.series("cumulative profit", points[0], points[1]);
    if (!positive) {
      return new HtmlReport.Series[] {curve};
    }
    double peakX = 100.0 * whale.peakIndex() / Math.max(1, whale.size());
    double peakY = 100 * whale.peakShareOfTotal();
    return new HtmlReport.Series[] {curve,
        HtmlReport.series("100% of total profit", new double[] {0, 100}, new double[] {100, 100}),
        HtmlReport.series(String.format(Locale.ROOT, "peak: %.0f%% of total profit from the top %.0f%% of customers",
            peakY, peakX), new double[] {peakX, peakX}, new double[] {0, peakY})};
  }
}
