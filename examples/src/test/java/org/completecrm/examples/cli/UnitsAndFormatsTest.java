package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time units travel with the data (the summary's {@code unit} column, the fit's {@code "unit"}),
 * a horizon or rate in another unit is converted, the input's delimiter is chosen, {@code
 * summary} writes the BG/BB form, and the output is the same, byte for byte, for any order of
 * the input rows, its ids in natural order.
 */
class UnitsAndFormatsTest {
  @TempDir static Path dir;
  static List<String> transactions;

  /** A small transactions file: numeric and text ids, several purchases on one day. */
  @BeforeAll
  static void writeTransactions() throws IOException {
    transactions = new ArrayList<>();
    Random random = new Random(11);
    String[] ids = {"2", "10", "c-9", "c-10", "007", "1"};
    for (String id : ids) {
      int first = random.nextInt(30);
      transactions.add(id + ",2024-01-" + String.format("%02d", first + 1) + ",25");
      for (int k = 0; k < 6; k++) {
        int day = first + random.nextInt(200);
        String date = java.time.LocalDate.of(2024, 1, 1).plusDays(day).toString();
        for (String amount : new String[] {"0.1", "0.2", "0.3"}) {
          transactions.add(id + "," + date + "," + amount);
        }
      }
    }
    write("t.csv", "customer_id,date,amount", transactions);
  }

  private static Path write(String name, String header, List<String> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(rows);
    return Files.write(dir.resolve(name), lines);
  }

  private static String summary(Path file, String... more) {
    List<String> args = new ArrayList<>(List.of("summary", "--transactions", file.toString(),
        "--calibration-end", "2024-05-31"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new)).expectExit(0).out;
  }

  private static Path save(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void theOutputIsTheSameForAnyOrderOfTheTransactionsWithIdsInNaturalOrder() throws IOException {
    String expected = summary(dir.resolve("t.csv"));
    List<String> ids = expected.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertEquals(List.of("1", "2", "007", "10", "c-9", "c-10"), ids);
    for (long seed = 1; seed <= 5; seed++) {
      List<String> shuffled = new ArrayList<>(transactions);
      Collections.shuffle(shuffled, new Random(seed));
      Path file = write("shuffled-" + seed + ".csv", "customer_id,date,amount", shuffled);
      assertEquals(expected, summary(file), "shuffle " + seed);
      assertEquals(summary(dir.resolve("t.csv"), "--form", "bg-bb"), summary(file, "--form", "bg-bb"));
    }
  }

  @Test
  void scoresComeInTheNaturalOrderOfTheIdsWhateverTheSummaryOrder() throws IOException {
    Path fit = save("fit.json", "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426}}");
    Path s = write("unordered.csv", "customer_id,frequency,recency,T,monetary_value",
        List.of("c-10,1,5,40,3", "10,0,0,40,0", "2,2,30,40,10", "c-9,1,5,40,3"));
    String out = CliRun.of("score", "--summary", s.toString(), "--fit", fit.toString(), "--horizon", "10")
        .expectExit(0).out;
    assertEquals(List.of("2", "10", "c-9", "c-10"),
        out.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
  }

  @Test
  void theUnitTravelsFromSummaryToFitAndAHorizonInAnotherUnitIsConverted() throws IOException {
    Path days = save("days.csv", summary(dir.resolve("t.csv")));
    assertTrue(Files.readAllLines(days).get(0).endsWith(",unit"));
    assertTrue(Files.readAllLines(days).get(1).endsWith(",days"));
    String fitText = CliRun.of("fit", "--model", "bg-nbd", "--summary", days.toString()).expectExit(0).out;
    JsonNode fit = CrmJson.mapper().readTree(fitText);
    assertEquals("days", fit.get("unit").asText());
    Path fitFile = save("fit-days.json", fitText);

    CliRun bare = score(days, fitFile, "364");
    assertEquals("crm score: --horizon 364 is 364 days (the unit of days.csv; write 52w or 365d to say the unit)\n",
        bare.err.replace(System.lineSeparator(), "\n"));
    CliRun weeks = score(days, fitFile, "52w");
    assertEquals(bare.out, weeks.out, "52w on a summary in days is 364 days");
    assertEquals("", weeks.err);
    assertEquals(bare.out, score(days, fitFile, "52 weeks").out);
    assertNotEquals(bare.out, score(days, fitFile, "52").out, "52 days is not 52 weeks");
  }

  @Test
  void aDiscountRatePerWeekIsCompoundedToTheDataUnit() throws IOException {
    Path days = save("days-rate.csv", summary(dir.resolve("t.csv")));
    Path fit = save("fit-rate.json", CliRun.of("fit", "--model", "bg-nbd", "--summary", days.toString()).out);
    Path spend = save("spend-rate.json", CliRun.of("fit", "--model", "gamma-gamma", "--summary", days.toString()).out);
    String perWeek = CliRun.of("score", "--summary", days.toString(), "--fit", fit.toString(), "--spend-fit",
        spend.toString(), "--horizon", "52w", "--discount-rate", "0.01/week").expectExit(0).out;
    String perDay = CliRun.of("score", "--summary", days.toString(), "--fit", fit.toString(), "--spend-fit",
        spend.toString(), "--horizon", "364", "--discount-rate", Double.toString(Math.pow(1.01, 1 / 7.0) - 1))
        .expectExit(0).out;
    List<String> a = perWeek.lines().toList();
    List<String> b = perDay.lines().toList();
    for (int i = 1; i < a.size(); i++) {
      double x = Double.parseDouble(a.get(i).substring(a.get(i).lastIndexOf(',') + 1));
      double y = Double.parseDouble(b.get(i).substring(b.get(i).lastIndexOf(',') + 1));
      assertEquals(y, x, 1e-12 * Math.max(1, y), a.get(i));
    }
  }

  @Test
  void aSummaryWithoutAUnitStillWorksInDaysAndSaysSo() throws IOException {
    Path old = write("old.csv", "customer_id,frequency,recency,T,monetary_value",
        List.of("a,2,30,40,10", "b,0,0,40,0", "c,5,38,40,12"));
    String fitText = CliRun.of("fit", "--model", "bg-nbd", "--summary", old.toString()).expectExit(0).out;
    JsonNode fit = CrmJson.mapper().readTree(fitText);
    assertEquals("days", fit.get("unit").asText());
    assertTrue(fit.get("warnings").toString().contains("old.csv records no unit column: days assumed"), fitText);
    Path oldFit = save("old-fit.json",
        "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426}}");
    CliRun run = score(old, oldFit, "52");
    assertEquals("crm score: --horizon 52 is 52 days (assumed: old.csv and old-fit.json record no unit; "
        + "write 52w or 365d to say the unit)\n", run.err.replace(System.lineSeparator(), "\n"));
  }

  private static CliRun score(Path summary, Path fit, String horizon) {
    return CliRun.of("score", "--summary", summary.toString(), "--fit", fit.toString(), "--horizon", horizon)
        .expectExit(0);
  }

  @Test
  void tabSemicolonAndWhitespaceSeparatedInputReadAsTheCommaSeparatedOne() throws IOException {
    String expected = summary(dir.resolve("t.csv"));
    Path tab = write("t.tsv", "customer_id\tdate\tamount", transactions.stream().map(l -> l.replace(',', '\t')).toList());
    Path semicolon = write("t.ssv", "customer_id;date;amount", transactions.stream().map(l -> l.replace(',', ';')).toList());
    // the CDNOW master file's layout: leading blanks, runs of spaces, CRLF line ends
    StringBuilder blanks = new StringBuilder(" customer_id  date    amount\r\n");
    for (String l : transactions) {
      blanks.append("  ").append(l.replace(",", "   \t ")).append("  \r\n");
    }
    Path whitespace = save("t.txt", blanks.toString());
    assertEquals(expected, summary(tab, "--delimiter", "tab"));
    assertEquals(expected, summary(semicolon, "--delimiter", "semicolon"));
    assertEquals(expected, summary(whitespace, "--delimiter", "whitespace"));

    Path summaryTab = save("s.tsv", expected.replace(',', '\t'));
    Path summaryComma = save("s-comma.csv", expected);
    assertEquals(CliRun.of("fit", "--model", "bg-nbd", "--summary", summaryComma.toString()).expectExit(0).out,
        CliRun.of("fit", "--model", "bg-nbd", "--summary", summaryTab.toString(), "--delimiter", "tab")
            .expectExit(0).out.replace("s.tsv", "s-comma.csv"));
  }

  @Test
  void aQuotedCellKeepsItsSpacesInWhitespaceSeparatedInput() throws IOException {
    Path file = save("quoted.txt", "customer_id date amount\n\"Ana Okafor\"  2024-01-02  10\n\"Ana Okafor\" 2024-02-02 12\n");
    String out = summary(file, "--delimiter", "whitespace");
    assertTrue(out.contains("\nAna Okafor,1,31,150,12,days\n"), out);
  }

  @Test
  void theBgBbFormRunsThroughFitAndScore() throws IOException {
    String text = summary(dir.resolve("t.csv"), "--form", "bg-bb", "--unit", "weeks");
    assertEquals("customer_id,frequency,recency,periods,unit", text.lines().findFirst().orElseThrow());
    Path discrete = save("bgbb.csv", text);
    String fitText = CliRun.of("fit", "--model", "bg-bb", "--summary", discrete.toString()).expectExit(0).out;
    assertEquals("weeks", CrmJson.mapper().readTree(fitText).get("unit").asText());
    Path fit = save("bgbb-fit.json", fitText);
    String scores = CliRun.of("score", "--summary", discrete.toString(), "--fit", fit.toString(), "--horizon", "8w")
        .expectExit(0).out;
    assertEquals(7, scores.lines().count());
    assertEquals(List.of("1", "2", "007", "10", "c-9", "c-10"),
        scores.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
  }
}
