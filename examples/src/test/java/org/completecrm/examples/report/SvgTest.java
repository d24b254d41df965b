package org.completecrm.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgTest {

  @Test
  void ticksStepByOneTwoOrFiveTimesAPowerOfTen() {
    assertEquals(5_000, Svg.step(0, 14_200, false));
    assertEquals(0.2, Svg.step(0, 0.93, false), 1e-12);
    assertEquals(20, Svg.step(0, 100, false));
    assertEquals(1, Svg.step(0, 3, true), "counts step by whole numbers");
  }

  @Test
  void tickLabelsHaveThousandsSeparatorsAndTheDecimalsTheStepNeeds() {
    assertEquals("15,000", Svg.tick(15_000, 5_000));
    assertEquals("2,000,000", Svg.tick(2_000_000, 500_000));
    assertEquals("0.4", Svg.tick(0.4000000000000001, 0.2));
    assertEquals("0.25", Svg.tick(0.25, 0.05));
    assertEquals("0.0", Svg.tick(-1e-17, 0.2), "never -0.0");
  }

  @Test
  void theHeatMapWritesItsValuesAndAColourLegend() {
    String svg = Svg.heatmap("recency", "frequency", List.of("0", "1"), List.of("0", "1"),
        new double[][] {{0.12, 0.5}, {0.75, 1}});
    assertTrue(svg.contains(">0.12</text>") && svg.contains(">0.75</text>"), svg);
    assertTrue(svg.contains(">0.0</text>") && svg.contains(">0.5</text>") && svg.contains(">1.0</text>"), svg);
  }
}
