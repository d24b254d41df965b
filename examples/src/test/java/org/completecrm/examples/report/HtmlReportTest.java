package org.completecrm.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  @Test
  void textIsEscapedSoCustomerDataCannotInjectMarkup() {
    String html = HtmlReport.titled("T").paragraph("<script>alert(1)</script> & more").render();
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
  }

  @Test
  void everyChartIsAnInlineSvgWithItsCaption() {
    String html = HtmlReport.titled("Charts")
        .lineChart("whale", "share of customers", "share of profit",
            HtmlReport.series("profit", new double[] {0, 0.5, 1}, new double[] {0, 1.4, 1}))
        .barChart("clv", "CLV", "customers", List.of("0-10", "10-20"), new double[] {5, 3})
        .heatmap("alive", "recency", "frequency", List.of("r0", "r1"), List.of("f0", "f1"),
            new double[][] {{0.1, 0.9}, {0.5, 1.0}})
        .render();
    assertEquals(3, html.split("<svg ", -1).length - 1);
    assertEquals(3, html.split("</svg>", -1).length - 1);
    assertTrue(html.contains("<figcaption>whale</figcaption>"));
    assertFalse(html.contains("NaN"));
    assertFalse(html.contains("<script"));
  }

  @Test
  void mismatchedLabelsAndValuesAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> HtmlReport.titled("x").barChart("c", "x", "y", List.of("a"), new double[] {1, 2}));
  }

  @Test
  void writesAFileThatIsAWholeDocument(@TempDir Path dir) throws Exception {
    Path file = HtmlReport.titled("Tour").heading("One").writeTo(dir.resolve("sub/report.html"));
    String html = Files.readString(file);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.trim().endsWith("</html>"));
  }
}
