package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.completecrm.examples.learning.LearningProgramme;
import org.completecrm.examples.learning.LearningReport;
import org.completecrm.examples.report.HtmlReport;
import org.junit.jupiter.api.Test;

class LearningExampleTest {
  @Test
  void theModelLearnsTheProgrammeEarnsMoreThanAFixedPropensityAndTheExperimentIsReported() {
    LearningProgramme.Result result = LearningProgramme.run(2_000, 12, 7);
    List<LearningProgramme.Week> weeks = result.weeks();
    assertEquals(12, weeks.size());
    LearningProgramme.Week first = weeks.get(0);
    LearningProgramme.Week last = weeks.get(11);
    assertTrue(last.calibrationError() < first.calibrationError(), weeks.toString());
    assertTrue(last.calibrationError() <= 0.04, weeks.toString());
    assertTrue(last.expectedValue() > last.fixedValue(), weeks.toString());
    assertEquals(12, result.model().version());
    assertEquals(3, result.experiment().arms().size());
    StringWriter text = new StringWriter();
    HtmlReport html = HtmlReport.titled("learning");
    LearningReport.write(result, new PrintWriter(text, true), html);
    String out = text.toString();
    for (String expected : new String[] {"calibration error", "Experiment autumn-offers", "control (control)",
      "challenger against champion: response rate", "champion against control"}) {
      assertTrue(out.contains(expected), "missing '" + expected + "' in\n" + out);
    }
    assertTrue(html.render().contains("<svg"), "the learning curve is drawn");
  }
}
