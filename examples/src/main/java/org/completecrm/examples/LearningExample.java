package org.completecrm.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.completecrm.examples.learning.LearningProgramme;
import org.completecrm.examples.learning.LearningReport;
import org.completecrm.examples.report.HtmlReport;

/**
 * Learning from outcomes: a 12-week programme on 5,000 simulated customers. The adaptive
 * propensity model starts from its prior and learns each week's outcomes; a challenger rule set
 * (propensity weighed twice in arbitration) runs against the champion, with a control group kept
 * from the savings offer; the result is printed with its intervals and, given a directory,
 * written as {@code learning.html} with the learning curve.
 *
 * <p>{@code java -cp examples/target/crm.jar org.completecrm.examples.LearningExample [DIR]}
 */
public final class LearningExample {
  private LearningExample() {}

  /** Runs the programme; {@code args[0]}, if given, is an existing directory for the HTML report. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    LearningProgramme.Result result = LearningProgramme.run(5_000, 12, 2026);
    HtmlReport html = HtmlReport.titled("Learning from outcomes");
    LearningReport.write(result, out, html);
    if (args.length > 0) {
      out.println("  report: " + html.writeTo(Path.of(args[0]).resolve("learning.html")));
    }
    out.flush();
  }
}
