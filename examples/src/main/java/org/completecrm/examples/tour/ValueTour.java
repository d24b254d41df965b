package org.completecrm.examples.tour;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.completecrm.analytics.clv.CustomerValue;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CalibrationHoldout;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.analytics.summary.Summaries;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.analytics.validation.FrequencyBucket;
import org.completecrm.analytics.validation.HoldoutValidation;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.ModelFit;
import org.completecrm.core.CustomerId;
import org.completecrm.examples.report.HtmlReport;

/**
 * The value step of the tour: summarise transactions, fit BG/NBD and Gamma-Gamma, check the
 * calibration against the holdout, score CLV and probability alive per customer.
 */
final class ValueTour {
  /** CLV horizon: one year of weekly periods. */
  static final double HORIZON_WEEKS = 52;
  /** A 10% annual discount rate as a weekly rate. */
  static final double WEEKLY_DISCOUNT = Math.pow(1.10, 1 / 52.0) - 1;

  final List<CalibrationHoldout> customers;
  final ModelFit<BgNbdModel> purchases;
  final ModelFit<GammaGammaModel> spend;
  final Map<CustomerId, CustomerValue> values;

  private ValueTour(List<CalibrationHoldout> customers, ModelFit<BgNbdModel> purchases,
      ModelFit<GammaGammaModel> spend, Map<CustomerId, CustomerValue> values) {
    this.customers = customers;
    this.purchases = purchases;
    this.spend = spend;
    this.values = values;
  }

  static ValueTour run(List<Purchase> tx, LocalDate calibrationEnd, LocalDate observationEnd, Progress progress) {
    List<CalibrationHoldout> customers = progress.step(
        "summarising " + String.format(Locale.ROOT, "%,d", tx.size()) + " purchases",
        () -> Summaries.withHoldout(tx, calibrationEnd, observationEnd, SummaryUnit.WEEKS));
    List<CustomerSummary> calibration = new ArrayList<>(customers.size());
    customers.forEach(c -> calibration.add(c.calibration()));
    ModelFit<BgNbdModel> purchases = progress.step("fitting BG/NBD on " + calibration.size() + " customers",
        () -> BgNbdModel.fit(calibration));
    ModelFit<GammaGammaModel> spend = progress.step("fitting Gamma-Gamma on the repeat buyers",
        () -> GammaGammaModel.fit(calibration));
    Map<CustomerId, CustomerValue> values = progress.step("scoring CLV and probability alive",
        () -> CustomerValues.score(purchases.model(), Optional.of(spend.model()), calibration, HORIZON_WEEKS, WEEKLY_DISCOUNT));
    return new ValueTour(customers, purchases, spend, values);
  }

  void print(PrintWriter out) {
    out.printf(Locale.ROOT, "  BG/NBD     %s  log-likelihood %.1f  converged %s%n",
        fmt(purchases.model().parameters()), purchases.logLikelihood(), purchases.converged());
    out.printf(Locale.ROOT, "  Gamma-Gamma %s  log-likelihood %.1f%n", fmt(spend.model().parameters()), spend.logLikelihood());
    spend.warnings().forEach(w -> out.println("  warning: " + w));
    double[] totals = HoldoutValidation.totals(purchases.model(), customers);
    out.printf(Locale.ROOT, "  holdout check: %,.0f purchases predicted, %,.0f happened (%+.1f%%)%n",
        totals[1], totals[0], 100 * (totals[1] - totals[0]) / Math.max(1, totals[0]));
    double clv = values.values().stream().mapToDouble(v -> v.clv().orElse(0)).sum();
    double alive = values.values().stream().mapToDouble(CustomerValue::probabilityAlive).average().orElse(0);
    out.printf(Locale.ROOT, "  customers %,d: mean P(alive) %.2f, total 52-week CLV %,.0f (10%% a year discount)%n",
        values.size(), alive, clv);
  }

  void addTo(HtmlReport html, Currency currency) {
    html.heading("Customer value");
    html.paragraph(String.format(Locale.ROOT, "BG/NBD %s (log-likelihood %.1f); Gamma-Gamma %s. CLV over %.0f weeks at 10%% a year.",
        fmt(purchases.model().parameters()), purchases.logLikelihood(), fmt(spend.model().parameters()), HORIZON_WEEKS));
    double[] clv = values.values().stream().mapToDouble(v -> v.clv().orElse(0)).sorted().toArray();
    double top = clv.length == 0 ? 1 : clv[(int) Math.floor(0.99 * (clv.length - 1))];
    int bins = 20;
    double width = Math.max(1e-9, top / bins);
    double[] counts = new double[bins];
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < bins; i++) {
      labels.add(String.format(Locale.ROOT, "%.0f", i * width));
    }
    for (double v : clv) {
      counts[Math.min(bins - 1, (int) (v / width))]++;
    }
    html.barChart("CLV distribution (customers per CLV band; the top 1% fall in the last band)", "52-week CLV (" + currency.getCurrencyCode() + ")",
        "customers", labels, counts);

    int maxX = 14;
    int recencyBins = 10;
    double age = 39;
    double[][] cells = new double[maxX + 1][recencyBins];
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (int r = 0; r < recencyBins; r++) {
      cols.add(String.format(Locale.ROOT, "%.0f", (r + 0.5) * age / recencyBins));
    }
    for (int x = 0; x <= maxX; x++) {
      rows.add(Integer.toString(x));
      for (int r = 0; r < recencyBins; r++) {
        double tx = x == 0 ? 0 : (r + 0.5) * age / recencyBins;
        cells[x][r] = purchases.model().probabilityAlive(CustomerSummary.of(CustomerId.of("grid"), x, tx, age, 0));
      }
    }
    html.heatmap("Probability alive by recency and frequency (customers observed for 39 weeks)",
        "week of last purchase (recency)", "repeat purchases (frequency)", cols, rows, cells);

    List<FrequencyBucket> buckets = HoldoutValidation.byFrequency(purchases.model(), customers, 7);
    double[] xs = new double[buckets.size()];
    double[] actual = new double[buckets.size()];
    double[] predicted = new double[buckets.size()];
    for (int i = 0; i < buckets.size(); i++) {
      xs[i] = buckets.get(i).frequency();
      actual[i] = buckets.get(i).actual();
      predicted[i] = buckets.get(i).predicted();
    }
    html.lineChart("Calibration vs holdout: mean purchases in the holdout by calibration frequency (7 = 7 or more)",
        "repeat purchases in calibration", "mean purchases in holdout",
        HtmlReport.series("actual", xs, actual), HtmlReport.series("BG/NBD", xs, predicted));
  }

  /** Named numbers as {@code "r 0.243, alpha 4.414"}, with three decimals. */
  static String fmt(Map<?, Double> named) {
    return fmt(named, 3);
  }

  /** Named numbers as {@code "name value, name value"}, with {@code decimals} decimals. */
  static String fmt(Map<?, Double> named, int decimals) {
    StringBuilder sb = new StringBuilder();
    named.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%." + decimals + "f", v)));
    return sb.toString();
  }
}
