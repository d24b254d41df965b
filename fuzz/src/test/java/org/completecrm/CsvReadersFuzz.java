package org.completecrm;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.completecrm.examples.cli.CrmCli;
import org.junit.jupiter.api.AfterAll;

/**
 * The CSV readers of every command under fuzzed files, run through the {@code crm} tool as a user
 * would: {@code summary}, {@code fit}, {@code score} and {@code resolve}. Each must succeed (exit 0)
 * or refuse with exit 1 and a message from the library's typed errors; an untyped exception's
 * name in the message is a finding. Seeds: {@code CsvReadersFuzzInputs/}.
 */
class CsvReadersFuzz {
  private static final FuzzReport REPORT = new FuzzReport("CSV readers (summary, fit, score, resolve)");
  private static final Path DIR = tempDir();
  /**
   * How the tool prints an exception outside the library's family: {@code crm score:
   * NullPointerException: ...} or {@code crm score: cannot read or write: ...} (a typed error
   * starts with the file or the field instead).
   */
  private static final java.util.regex.Pattern UNTYPED =
      java.util.regex.Pattern.compile("^crm \\S+: ([A-Z]\\w*(Exception|Error)\\b|cannot read or write)");

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("crm-fuzz-csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void everyCommandReadsOrRefusesACsvFile(FuzzedDataProvider data) throws IOException {
    int command = data.consumeInt(0, 3);
    byte[] bytes = data.consumeRemainingAsBytes();
    Path csv = Files.write(DIR.resolve("input.csv"), bytes);
    Path fit = Files.writeString(DIR.resolve("fit.json"),
        "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426}}");
    Path mapping = Files.writeString(DIR.resolve("mapping.json"),
        "{\"id\": \"ref\", \"columns\": {\"first\": \"GIVEN_NAME\", \"last\": \"FAMILY_NAME\", \"dob\": \"BIRTH_DATE\"},"
            + " \"dateFormats\": {\"dob\": \"dd/MM/yyyy\"}}");
    String[] args = switch (command) {
      case 0 -> new String[] {"summary", "--transactions", csv.toString(), "--customer-column", "customer_id",
          "--date-column", "date", "--amount-column", "amount", "--calibration-end", "2024-12-31",
          "--out", DIR.resolve("out.csv").toString()};
      case 1 -> new String[] {"fit", "--model", "bg-nbd", "--summary", csv.toString()};
      case 2 -> new String[] {"score", "--summary", csv.toString(), "--fit", fit.toString(), "--horizon", "52"};
      default -> new String[] {"resolve", "--records", csv.toString(), "--mapping", mapping.toString()};
    };
    REPORT.run(() -> {
      StringWriter err = new StringWriter();
      int code = CrmCli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
      String message = err.toString();
      if (code != 0 && code != CrmCli.BAD_INPUT) {
        throw new AssertionError("exit " + code + ": " + message);
      }
      if (UNTYPED.matcher(message).find()) {
        throw new AssertionError("untyped error: " + message);
      }
      if (code == CrmCli.BAD_INPUT) {
        REPORT.refusedByTheTool();
      }
    });
  }

  @AfterAll
  static void report() {
    REPORT.write();
  }
}
