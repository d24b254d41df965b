package org.completecrm.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.completecrm.core.identity.AttributeWeight;
import org.completecrm.core.identity.Comparison;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.MatchStatistics;
import org.completecrm.core.identity.PairDecision;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.TermFrequencies;
import org.completecrm.examples.report.HtmlReport;

/**
 * The page {@code crm resolve --report FILE} writes for a data steward: counts, the match-weight
 * histogram of the candidate pairs, the learned m and u per comparison level with their weights,
 * the most frequent names with their term-frequency adjustments, and the most uncertain pairs
 * with the level and weight of every comparison (record identities only, no personal data).
 */
final class ResolutionReport {
  /** How many uncertain pairs the page lists. */
  static final int UNCERTAIN = 25;

  private ResolutionReport() {}

  static HtmlReport of(Resolution r) {
    MatchStatistics s = r.statistics();
    HtmlReport page = HtmlReport.titled("Identity resolution");
    page.paragraph(String.format(Locale.ROOT,
        "%d records resolved into %d customers: %d candidate pairs compared, %d matched, %d possible matches for review,"
            + " %d joins refused by the cluster guard, %d blocks skipped for size.",
        s.records(), s.customers(), s.candidatePairs(), s.matchedPairs(), s.possibleMatches(), s.guardRefusals(),
        s.skippedBlocks()));
    if (!s.weightHistogram().isEmpty()) {
      List<String> labels = new ArrayList<>();
      double[] counts = new double[s.weightHistogram().size()];
      for (int b = 0; b < counts.length; b++) {
        int bit = MatchStatistics.LOWEST_BIT + b;
        labels.add(b == 0 ? "<=" + bit : b == counts.length - 1 ? ">=" + bit : String.valueOf(bit));
        counts[b] = s.weightHistogram().get(b);
      }
      page.heading("Match weights").barChart(
          "Candidate pairs by match log-odds (bits): non-matches on the left, matches on the right; the valley between"
              + " them holds the uncertain pairs. Pairs at or above "
              + String.format(Locale.ROOT, "%.1f", logit(r.settings().matchProbability())) + " bits match.",
          "log-odds (bits)", "pairs", labels, counts);
    }
    MatchModel m = r.model();
    List<List<String>> rows = new ArrayList<>();
    for (Comparison c : Comparison.values()) {
      List<Double> mc = m.m().get(c);
      List<Double> uc = m.u().get(c);
      if (mc == null || uc == null) {
        continue;
      }
      for (int l = c.levels() - 1; l >= 0; l--) {
        rows.add(List.of(c.toString(), c.levelName(l), format(mc.get(l)), format(uc.get(l)),
            String.format(Locale.ROOT, "%+.2f", m.weight(c, l))));
      }
    }
    page.heading("Learned model").paragraph(String.format(Locale.ROOT,
        "Share of matches among candidate pairs: %.4f; EM iterations: %d. A level's weight is log2(m/u).", m.prior(),
        m.iterations()))
        .table(List.of("comparison", "level", "m (among matches)", "u (among non-matches)", "weight (bits)"), rows);
    for (Map.Entry<Comparison, TermFrequencies> e : m.termFrequencies().entrySet()) {
      List<List<String>> tf = new ArrayList<>();
      e.getValue().shares().entrySet().stream().limit(10).forEach(v -> tf.add(List.of(v.getKey(), format(v.getValue()),
          String.format(Locale.ROOT, "%+.2f", e.getValue().adjustment(v.getKey())))));
      page.heading("Most frequent values: " + e.getKey())
          .paragraph("Exact agreement on a value weighs its adjustment more; an unlisted value gets "
              + String.format(Locale.ROOT, "%+.2f", e.getValue().adjustment("\u0000")) + " bits.")
          .table(List.of("value", "share", "adjustment (bits)"), tf);
    }
    List<PairDecision> uncertain = new ArrayList<>(r.possibleMatches());
    uncertain.sort(Comparator.comparingDouble((PairDecision d) -> Math.abs(d.probability() - 0.5))
        .thenComparing(PairDecision::first).thenComparing(PairDecision::second));
    List<String> header = new ArrayList<>(List.of("first", "second", "probability"));
    for (Comparison c : Comparison.values()) {
      header.add(c.toString());
    }
    List<List<String>> pairs = new ArrayList<>();
    for (PairDecision d : uncertain.subList(0, Math.min(UNCERTAIN, uncertain.size()))) {
      List<String> row = new ArrayList<>(List.of(d.first().toString(), d.second().toString(), format(d.probability())));
      for (AttributeWeight w : d.contributions()) {
        row.add(w.level().map(l -> l + String.format(Locale.ROOT, " %+.1f", w.weight())).orElse("missing"));
      }
      pairs.add(row);
    }
    page.heading("Most uncertain pairs").paragraph("The " + pairs.size() + " possible matches nearest to probability one"
        + " half, with each comparison's level and weight; the review file (--review) lists them all, in order of how"
        + " many record pairs a decision would join.").table(header, pairs);
    return page;
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static double logit(double p) {
    return p <= 0 ? Double.NEGATIVE_INFINITY : p >= 1 ? Double.POSITIVE_INFINITY : Math.log(p / (1 - p)) / Math.log(2);
  }
}
