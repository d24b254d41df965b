package org.completecrm.examples.learning;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.completecrm.examples.report.HtmlReport;

/** The programme's result in words, as a table and as learning-curve charts. */
public final class LearningReport {
  private LearningReport() {}

  /** Prints the weeks and the experiment to {@code out} and adds them with two charts to {@code html}. */
  public static void write(LearningProgramme.Result result, PrintWriter out, HtmlReport html) {
    List<LearningProgramme.Week> weeks = result.weeks();
    out.println("  week  outcomes  calibration error  AUC (true)       expected value  fixed 0.31");
    List<List<String>> rows = new ArrayList<>();
    double[] xs = new double[weeks.size()];
    double[] ece = new double[weeks.size()];
    double[] gap = new double[weeks.size()];
    double[] adaptive = new double[weeks.size()];
    double[] fixed = new double[weeks.size()];
    double cumA = 0;
    double cumF = 0;
    for (int i = 0; i < weeks.size(); i++) {
      LearningProgramme.Week w = weeks.get(i);
      cumA += w.expectedValue();
      cumF += w.fixedValue();
      xs[i] = w.week();
      ece[i] = w.calibrationError();
      gap[i] = w.trueAuc() - w.auc();
      adaptive[i] = cumA;
      fixed[i] = cumF;
      out.printf(Locale.ROOT, "  %4d  %8d  %17.4f  %.3f (%.3f)  %14.0f  %10.0f%n", w.week(), w.outcomes(),
          w.calibrationError(), w.auc(), w.trueAuc(), w.expectedValue(), w.fixedValue());
      rows.add(List.of(Integer.toString(w.week()), String.format(Locale.ROOT, "%,d", w.outcomes()),
          String.format(Locale.ROOT, "%.4f", w.calibrationError()),
          String.format(Locale.ROOT, "%.3f (%.3f)", w.auc(), w.trueAuc()),
          String.format(Locale.ROOT, "%,.0f", w.expectedValue()), String.format(Locale.ROOT, "%,.0f", w.fixedValue())));
    }
    String words = result.experiment().words();
    out.print(words.indent(2));
    html.heading("Learning from outcomes: 12 weeks, and an experiment with a control group");
    html.paragraph("Every week each simulated customer gets the offer the adaptive model ranks first (5% of decisions "
        + "explore by Thompson sampling), takes it or not by their true, hidden propensity, and the model learns the "
        + "week's outcomes. Calibration and AUC are measured on 2,000 fresh customers against the true model.");
    html.table(List.of("week", "outcomes learned", "calibration error", "AUC (true model)", "expected value",
        "fixed propensity 0.31"), rows);
    html.lineChart("The learning curve: calibration error of the propensities decisions act on, and the AUC "
        + "the model lacks against the true model", "week", "error",
        HtmlReport.series("expected calibration error", xs, ece), HtmlReport.series("AUC gap to the true model", xs, gap));
    html.lineChart("Cumulative expected value of the decisions", "week", "expected value",
        HtmlReport.series("adaptive model", xs, adaptive), HtmlReport.series("fixed propensity 0.31", xs, fixed));
    html.preformatted(words);
  }
}
