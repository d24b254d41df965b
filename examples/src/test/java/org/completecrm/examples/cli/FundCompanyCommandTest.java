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
  void tooFewHouseholdsIsAUsageError() {
    CliRun.of("fund-company", "--households", "3").expectExit(CrmCli.USAGE);
  }
}
