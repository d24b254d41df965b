package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FundCompanyCommandTest {
  @Test
  void runsTheFundCompanyExampleAndDrawsTheChart(@TempDir Path dir) {
    Path chart = dir.resolve("whale.png");
    CliRun.of("fund-company", "--households", "80", "--seed", "5", "--chart", chart.toString())
        .expectExit(0)
        .expectOut("2. Cost-to-serve in 2024")
        .expectOut("top 10 households by headroom");
    assertTrue(Files.isRegularFile(chart));
  }

  @Test
  void theChartGoesIntoTheOutputDirectoryAndExactlyWhereNamed(@TempDir Path dir) throws Exception {
    CliRun.of("fund-company", "--households", "40", "--out", dir.resolve("book").toString())
        .expectExit(0).expectOut("chart written to " + dir.resolve("book").resolve("whale-curve.png"));
    assertTrue(Files.isRegularFile(dir.resolve("book/whale-curve.png")));
    Path named = dir.resolve("curve");  // no extension: nothing is added to the name
    CliRun.of("fund-company", "--households", "40", "--chart", named.toString()).expectExit(0);
    assertTrue(Files.isRegularFile(named));
    assertTrue(Files.notExists(dir.resolve("curve.png")));
  }

  @Test
  void tooFewHouseholdsIsAUsageError() {
    CliRun.of("fund-company", "--households", "3").expectExit(CrmCli.USAGE);
  }
}
