package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command-line reproducers of issue 23, one row each: hostile files are refused with exit code
 * 1 and a message naming the file and the place, never an untyped exception; a byte order mark is
 * read the same way by every command.
 */
class HostileInputCommandTest {
  @TempDir Path dir;

  static final String BG_NBD_FIT = "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426}}";
  static final String MAPPING = "{\"id\": \"ref\", \"columns\": {\"first\": \"GIVEN_NAME\", \"last\": \"FAMILY_NAME\"}}";
  static final String BOM = "\uFEFF";
  /** Names of Java exceptions that must never reach the user. */
  static final List<String> UNTYPED = List.of("NullPointerException", "NumberFormatException", "ArithmeticException",
      "DateTimeException", "DateTimeParseException", "StackOverflowError", "NegativeArraySizeException",
      "MalformedInputException", "RuntimeJsonMappingException", "IllegalArgumentException", "IllegalStateException",
      "\tat ");

  /**
   * A case: its name, the files it writes (name to text; a text starting with "latin1:" is written
   * in ISO-8859-1), the arguments ({@code {dir}} is the directory), the exit code and what the
   * output (for exit 0) or the error (otherwise) must and must not contain.
   */
  record Case(String name, Map<String, String> files, List<String> args, int exit, List<String> expected,
      List<String> absent) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case ok(String name, Map<String, String> files, String args, List<String> expected, List<String> absent) {
    return new Case(name, files, List.of(args.split(" ")), 0, expected, absent);
  }

  static Case bad(String name, Map<String, String> files, String args, String... expected) {
    return new Case(name, files, List.of(args.split(" ")), CrmCli.BAD_INPUT, List.of(expected), List.of());
  }

  static Map<String, String> files(String... nameThenText) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenText.length; i += 2) {
      m.put(nameThenText[i], nameThenText[i + 1]);
    }
    return m;
  }

  /** The text of a class-path resource of the tool, such as its sample rule set. */
  static String resource(String name) {
    try (var in = HostileInputCommandTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Case> cases() {
    String summaryHeader = "customer_id,frequency,recency,T,monetary_value\n";
    String score = "score --summary {dir}/s.csv --fit {dir}/fit.json --horizon 10";
    String resolve = "resolve --records {dir}/r.csv --mapping {dir}/m.json";
    String summary = "summary --transactions {dir}/t.csv --customer-column customer_id --date-column date"
        + " --amount-column amount --calibration-end 2024-12-31 --out {dir}/out.csv";
    return Stream.of(
        ok("score keeps the customer ids of a summary with a byte order mark",
            files("s.csv", BOM + summaryHeader + "c-1,2,30,40,10\n", "fit.json", BG_NBD_FIT), score,
            List.of("c-1,"), List.of("row-1")),
        ok("fit reads a summary with a byte order mark",
            files("s.csv", BOM + summaryHeader + "c-1,2,30,40,10\nc-2,0,0,40,0\nc-3,5,38,40,12\n"),
            "fit --model bg-nbd --summary {dir}/s.csv", List.of("\"customers\""), List.of()),
        ok("summary reads transactions with a byte order mark",
            files("t.csv", BOM + "customer_id,date,amount\nc-1,2024-01-02,10\nc-1,2024-02-02,12\n"), summary,
            List.of(), List.of()),
        ok("resolve reads records with a byte order mark",
            files("r.csv", BOM + "ref,first,last\n1,Ana,Okafor\n2,Ben,Okafor\n", "m.json", MAPPING), resolve,
            List.of("record_id,cluster_id", "\n1,"), List.of()),
        ok("resolve reads a mapping with a byte order mark",
            files("r.csv", "ref,first,last\n1,Ana,Okafor\n", "m.json", BOM + MAPPING), resolve,
            List.of("\n1,"), List.of()),
        bad("a date with trailing text", files("t.csv", "customer_id,date,amount\nc-1,2024-01-02garbage,10\n"),
            summary, "t.csv line 2 column date", "2024-01-02garbage"),
        bad("an impossible time", files("t.csv", "customer_id,date,amount\nc-1,2024-01-02T25:61:00,10\n"),
            summary, "t.csv line 2 column date"),
        bad("a hexadecimal number", files("t.csv", "customer_id,date,amount\nc-1,2024-01-02,0x1p3\n"),
            summary, "t.csv line 2 column amount", "0x1p3", "a decimal number"),
        bad("a number with a type suffix", files("s.csv", summaryHeader + "c-1,2,30,40,8f\n", "fit.json", BG_NBD_FIT),
            score, "s.csv line 2", "8f"),
        bad("NaN is not a number", files("s.csv", summaryHeader + "c-1,2,NaN,40,8\n", "fit.json", BG_NBD_FIT),
            score, "s.csv line 2", "recency"),
        bad("a duplicate header name", files("t.csv", "customer_id,date,amount,date\nc-1,2024-01-02,10,2024-01-03\n"),
            summary, "t.csv line 1 column 4", "distinct column names"),
        bad("a duplicate header name in records", files("r.csv", "ref,first,first,last\n1,A,B,C\n", "m.json", MAPPING),
            resolve, "r.csv line 1 column 3", "distinct column names"),
        bad("an extra cell in resolve input", files("r.csv", "ref,first,last\n1,Ana,Okafor,surplus\n", "m.json", MAPPING),
            resolve, "r.csv line 2 column 4", "at most 3 cells in a row", "surplus"),
        bad("an unbalanced quote in resolve input",
            files("r.csv", "ref,first,last\n1,\"Ana,Okafor\n2,Ben,Okafor\n", "m.json", MAPPING), resolve, "r.csv line"),
        bad("Latin-1 bytes in transactions",
            files("t.csv", "latin1:customer_id,date,amount\nc-1,2024-01-02,10\nc-Jos\u00e9,2024-01-03,11\n"), summary,
            "t.csv line 3", "UTF-8"),
        bad("Latin-1 bytes in records",
            files("r.csv", "latin1:ref,first,last\n1,Ana,Okafor\n2,Jos\u00e9,Okafor\n", "m.json", MAPPING), resolve,
            "r.csv line 3", "UTF-8"),
        bad("a null mapping file", files("r.csv", "ref,first,last\n1,Ana,Okafor\n", "m.json", "null"), resolve,
            "m.json", "a ColumnMapping"),
        bad("a null fit file", files("s.csv", summaryHeader + "c-1,2,30,40,10\n", "fit.json", "null"), score,
            "fit.json"),
        bad("a duplicate key in a mapping",
            files("r.csv", "ref,first,last\n1,Ana,Okafor\n", "m.json", "{\"id\":\"ref\",\"id\":\"first\",\"columns\":{}}"),
            resolve, "m.json", "Duplicate field 'id'"),
        bad("a frequency beyond any whole number",
            files("s.csv", summaryHeader + "c-1,1e300,30,40,10\n", "fit.json", BG_NBD_FIT), score, "s.csv line 2",
            "frequency"),
        bad("the largest frequency in a summary",
            files("s.csv", summaryHeader + "c-1,2147483647,30,40,10\nc-2,1,3,40,10\n"),
            "fit --model bg-nbd --summary {dir}/s.csv", "frequency"),
        bad("a spend of 1e308 scored with a spend fit",
            files("s.csv", summaryHeader + "c-1,2,30,40,1e308\n", "fit.json", BG_NBD_FIT, "spend.json",
                "{\"model\":\"gamma-gamma\",\"parameters\":{\"p\":6.25,\"q\":3.74,\"gamma\":15.44}}"),
            score + " --spend-fit {dir}/spend.json", "s.csv line 2", "monetary_value", "1e15"),
        bad("an instant beyond year 9999 to decide at",
            files("rules.json", resource("rules/rules.json"), "context.json", resource("rules/context.json")),
            "decide --rules {dir}/rules.json --context {dir}/context.json --at +10000-01-01T00:00:00Z",
            ".at: expected an instant from 0001-01-01", "9999-12-31"),
        bad("the largest frequency scored",
            files("s.csv", summaryHeader + "c-1,2147483647,30,40,10\n", "fit.json", BG_NBD_FIT), score, "frequency"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aHostileFileIsReadOrRefusedWithItsPlace(Case c) throws IOException {
    for (Map.Entry<String, String> f : c.files().entrySet()) {
      String text = f.getValue();
      byte[] bytes = text.startsWith("latin1:")
          ? text.substring("latin1:".length()).getBytes(StandardCharsets.ISO_8859_1)
          : text.getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(f.getKey()), bytes);
    }
    List<String> args = new ArrayList<>();
    for (String a : c.args()) {
      args.add(a.replace("{dir}", dir.toString()));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new)).expectExit(c.exit());
    String shown = c.exit() == 0 ? run.out + (c.args().contains("--out") ? "" : "") : run.err;
    for (String e : c.expected()) {
      assertTrue(shown.contains(e), () -> "expected '" + e + "' in:\n" + shown);
    }
    for (String a : c.absent()) {
      assertFalse(shown.contains(a), () -> "did not expect '" + a + "' in:\n" + shown);
    }
    for (String u : UNTYPED) {
      assertFalse(run.err.contains(u), () -> "untyped '" + u + "' in:\n" + run.err);
    }
  }
}
