package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tool's error contract, one row per malformed command line or input file: the exact exit
 * code (2 for every usage error, bad option values included; 1 for bad input data) and the exact
 * message, said once, naming the option, or the file, line and column, in the user's words.
 * {@code {dir}} stands for the directory of the fixture files.
 */
class CommandLineErrorsTest {
  @TempDir static Path dir;

  record Row(String name, int exit, String args, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Row row(String name, int exit, String args, String message) {
    return new Row(name, exit, args, message);
  }

  @BeforeAll
  static void writeTheFixtures() throws IOException {
    Files.createDirectory(dir.resolve("adir"));
    String summary = "customer_id,frequency,recency,T,monetary_value\n";
    String transactions = "customer_id,date,amount\n";
    write("t.csv", transactions + "c-1,2024-01-02,10\nc-1,2024-02-02,12\nc-2,2024-01-05,5\n");
    write("t-dup.csv", "customer_id,date,amount,date\nc-1,2024-01-02,10,2024-01-03\n");
    write("t-trailing.csv", transactions + "c-1,2024-01-02garbage,10\n");
    write("t-hex.csv", transactions + "c-1,2024-01-02,0x1p3\n");
    Files.write(dir.resolve("t-latin1.csv"),
        (transactions + "c-1,2024-01-02,10\nc-Jos\u00e9,2024-01-03,11\n").getBytes(StandardCharsets.ISO_8859_1));
    write("t-negative.csv", transactions + "c-1,2024-01-02,-10\n");
    write("t-wide.csv", transactions + "c-1,2024-01-02,10,extra\n");
    write("s.csv", summary + "c-1,2,30,40,10\nc-2,0,0,40,0\nc-3,5,38,40,12\n");
    write("s-nan.csv", summary + "c-1,2,NaN,40,8\n");
    write("s-negative.csv", summary + "c-1,-2,30,40,8\n");
    write("s-late.csv", summary + "c-1,2,50,40,8\n");
    write("s-dup.csv", summary + "c-1,2,30,40,8\nc-1,3,31,40,9\n");
    write("d.csv", "frequency,recency,periods\n2,3,6\n0,0,6\n");
    write("d-weeks.csv", "frequency,recency,periods,unit\n2,3,6,weeks\n0,0,6,weeks\n");
    write("s-days.csv", summary.strip() + ",unit\nc-1,2,30,40,10,days\n");
    write("s-two-units.csv", summary.strip() + ",unit\nc-1,2,30,40,10,weeks\nc-2,0,0,40,0,days\n");
    write("s-months.csv", summary.strip() + ",unit\nc-1,2,30,40,10,months\n");
    write("fit-weeks.json", "{\"model\":\"bg-nbd\",\"unit\":\"weeks\",\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426}}");
    write("fit-fortnights.json", "{\"model\":\"bg-nbd\",\"unit\":\"fortnights\",\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426}}");
    write("t-who.csv", "who,date,amount\nc-1,2024-01-02,10\n");
    write("fit.json", "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793,\"b\":2.426}}");
    write("bgbb.json", "{\"model\":\"bg-bb\",\"parameters\":{\"alpha\":1.204,\"beta\":0.750,\"gamma\":0.657,\"delta\":2.783}}");
    write("gg.json", "{\"model\":\"gamma-gamma\",\"parameters\":{\"p\":6.25,\"q\":3.74,\"gamma\":15.44}}");
    write("fit-unknown.json", "{\"model\":\"weibull\",\"parameters\":{\"k\":1}}");
    write("fit-missing.json", "{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.243,\"alpha\":4.414,\"a\":0.793}}");
    write("r.csv", "ref,first,last\n1,Ana,Okafor\n2,Ben,Okafor\n");
    write("r-wide.csv", "ref,first,last\n1,Ana,Okafor,surplus\n");
    write("m.json", "{\"id\": \"ref\", \"columns\": {\"first\": \"GIVEN_NAME\", \"last\": \"FAMILY_NAME\"}}");
    for (String resource : new String[] {"rules/rules.json", "rules/context.json"}) {
      try (InputStream in = CommandLineErrorsTest.class.getClassLoader().getResourceAsStream(resource)) {
        Files.write(dir.resolve(Path.of(resource).getFileName()), in.readAllBytes());
      }
    }
  }

  private static void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  static Stream<Row> rows() {
    return Stream.of(
        row("no command", CrmCli.USAGE,
            "",
            "crm: missing command\nTry 'crm --help' for the options."),
        row("an unknown command, with suggestions", CrmCli.USAGE,
            "summry",
            "crm: unexpected argument 'summry'\nDid you mean: crm summary?\nTry 'crm --help' for the options."),
        row("an unknown option", CrmCli.USAGE,
            "fit --model bg-nbd --summary {dir}/s.csv --bogus",
            "crm fit: unknown option '--bogus'\nTry 'crm fit --help' for the options."),
        row("a missing required option", CrmCli.USAGE,
            "fit --model bg-nbd",
            "crm fit: missing option --summary=FILE\nTry 'crm fit --help' for the options."),
        row("two missing required options", CrmCli.USAGE,
            "fit",
            "crm fit: missing options --model=MODEL, --summary=FILE\nTry 'crm fit --help' for the options."),
        row("an option without its value", CrmCli.USAGE,
            "fit --summary {dir}/s.csv --model",
            "crm fit: --model: missing value MODEL\nTry 'crm fit --help' for the options."),
        row("an unknown model", CrmCli.USAGE,
            "fit --model xyz --summary {dir}/s.csv",
            "crm fit: --model: expected one of [bg-nbd, mbg-nbd, pareto-nbd, bg-bb, gamma-gamma], got 'xyz'\nTry 'crm fit --help' for the options."),
        row("an impossible calibration date", CrmCli.USAGE,
            "summary --transactions {dir}/t.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-13-45",
            "crm summary: --calibration-end: expected a date such as 2024-12-31, got '2024-13-45'\nTry 'crm summary --help' for the options."),
        row("a calibration date in another format", CrmCli.USAGE,
            "summary --transactions {dir}/t.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 31/12/2024",
            "crm summary: --calibration-end: expected a date such as 2024-12-31, got '31/12/2024'\nTry 'crm summary --help' for the options."),
        row("an observation end before the calibration end", CrmCli.USAGE,
            "summary --transactions {dir}/t.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-06-30 --observation-end 2024-01-01",
            "crm summary: --observation-end: expected a date on or after --calibration-end 2024-06-30, got '2024-01-01'\nTry 'crm summary --help' for the options."),
        row("an unknown unit", CrmCli.USAGE,
            "summary --transactions {dir}/t.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-06-30 --unit fortnights",
            "crm summary: --unit: expected one of [days, weeks], got 'fortnights'\nTry 'crm summary --help' for the options."),
        row("a horizon that is not a number", CrmCli.USAGE,
            "score --summary {dir}/s.csv --fit {dir}/fit.json --horizon abc",
            "crm score: --horizon: expected a number of periods such as 52, or with its unit: 52w, 365d, got 'abc'\nTry 'crm score --help' for the options."),
        row("a horizon in a unit the tool does not know", CrmCli.USAGE,
            "score --summary {dir}/s.csv --fit {dir}/fit.json --horizon 1y",
            "crm score: --horizon: expected a number of periods such as 52, or with its unit: 52w, 365d, got '1y'\nTry 'crm score --help' for the options."),
        row("a discount rate per a unit the tool does not know", CrmCli.USAGE,
            "score --summary {dir}/s.csv --fit {dir}/fit.json --horizon 52 --discount-rate 0.1/year",
            "crm score: --discount-rate: expected a rate per period such as 0.01, or per unit: 0.0018/week, got '0.1/year'\nTry 'crm score --help' for the options."),
        row("a bg-bb horizon that is not whole periods of its unit", CrmCli.USAGE,
            "score --summary {dir}/d-weeks.csv --fit {dir}/bgbb.json --horizon 10d",
            "crm score: --horizon: expected a whole number of opportunities (weeks) for bg-bb, got '10d'\nTry 'crm score --help' for the options."),
        row("an unknown delimiter", CrmCli.USAGE,
            "fit --model bg-nbd --summary {dir}/s.csv --delimiter pipe",
            "crm fit: --delimiter: expected one of [comma, tab, semicolon, whitespace], got 'pipe'\nTry 'crm fit --help' for the options."),
        row("an unknown summary form", CrmCli.USAGE,
            "summary --transactions {dir}/t.csv --calibration-end 2024-06-30 --form wide",
            "crm summary: --form: expected one of [standard, bg-bb], got 'wide'\nTry 'crm summary --help' for the options."),
        row("a holdout with the bg-bb form", CrmCli.USAGE,
            "summary --transactions {dir}/t.csv --calibration-end 2024-06-30 --observation-end 2024-12-31 --form bg-bb",
            "crm summary: --observation-end: expected no holdout with --form bg-bb (its summaries have no holdout columns), got '2024-12-31'\nTry 'crm summary --help' for the options."),
        row("a negative horizon", CrmCli.USAGE,
            "score --summary {dir}/s.csv --fit {dir}/fit.json --horizon -5",
            "crm score: --horizon: expected a finite horizon >= 0 in the model's time unit, got '-5'\nTry 'crm score --help' for the options."),
        row("a horizon of NaN", CrmCli.USAGE,
            "score --summary {dir}/s.csv --fit {dir}/fit.json --horizon NaN",
            "crm score: --horizon: expected a number of periods such as 52, or with its unit: 52w, 365d, got 'NaN'\nTry 'crm score --help' for the options."),
        row("a discount rate that is not a number", CrmCli.USAGE,
            "score --summary {dir}/s.csv --fit {dir}/fit.json --horizon 10 --discount-rate x",
            "crm score: --discount-rate: expected a rate per period such as 0.01, or per unit: 0.0018/week, got 'x'\nTry 'crm score --help' for the options."),
        row("a negative discount rate", CrmCli.USAGE,
            "score --summary {dir}/s.csv --fit {dir}/fit.json --horizon 10 --discount-rate -0.5",
            "crm score: --discount-rate: expected a finite discount rate >= 0 per period of the model's time unit, got '-0.5'\nTry 'crm score --help' for the options."),
        row("a spend fit with bg-bb", CrmCli.USAGE,
            "score --summary {dir}/d.csv --fit {dir}/bgbb.json --spend-fit {dir}/gg.json --horizon 5",
            "crm score: --spend-fit: expected no spend fit with bg-bb (its summaries carry no spend), got '{dir}/gg.json'\nTry 'crm score --help' for the options."),
        row("a fractional bg-bb horizon", CrmCli.USAGE,
            "score --summary {dir}/d.csv --fit {dir}/bgbb.json --horizon 2.5",
            "crm score: --horizon: expected a whole number of opportunities (days) for bg-bb, got '2.5'\nTry 'crm score --help' for the options."),
        row("an instant that is a word", CrmCli.USAGE,
            "decide --rules {dir}/rules.json --context {dir}/context.json --at yesterday",
            "crm decide: --at: expected an ISO-8601 instant such as 2026-11-23T10:15:00Z, got 'yesterday'\nTry 'crm decide --help' for the options."),
        row("an instant without a time", CrmCli.USAGE,
            "decide --rules {dir}/rules.json --context {dir}/context.json --at 2026-11-23",
            "crm decide: --at: expected an ISO-8601 instant such as 2026-11-23T10:15:00Z, got '2026-11-23'\nTry 'crm decide --help' for the options."),
        row("a second instant that is a word", CrmCli.USAGE,
            "compare --rules {dir}/rules.json --context {dir}/context.json --at 2026-11-23T10:15:00Z --then tonight",
            "crm compare: --then: expected an ISO-8601 instant such as 2026-11-23T10:15:00Z, got 'tonight'\nTry 'crm compare --help' for the options."),
        row("too few customers for the tour", CrmCli.USAGE,
            "tour --customers 5 --out {dir}/tour",
            "crm tour: --customers: expected a number from 10 to 2,000,000, got '5'\nTry 'crm tour --help' for the options."),
        row("a customer count that is not a number", CrmCli.USAGE,
            "tour --customers abc",
            "crm tour: --customers: expected a whole number such as 20000, got 'abc'\nTry 'crm tour --help' for the options."),
        row("a seed that is not a whole number", CrmCli.USAGE,
            "tour --seed 1.5",
            "crm tour: --seed: expected a whole number such as 2026, got '1.5'\nTry 'crm tour --help' for the options."),
        row("a report currency that is not an ISO 4217 code", CrmCli.USAGE,
            "report --transactions {dir}/t.csv --currency dollars --out {dir}/report",
            "crm report: --currency: expected an ISO 4217 currency code such as USD or EUR, got 'dollars'\nTry 'crm report --help' for the options."),
        row("a tour currency code that does not exist", CrmCli.USAGE,
            "tour --transactions {dir}/t.csv --currency XYZ --out {dir}/tour",
            "crm tour: --currency: expected an ISO 4217 currency code such as USD or EUR, got 'XYZ'\nTry 'crm tour --help' for the options."),
        row("a report calibration date that is a word", CrmCli.USAGE,
            "report --transactions {dir}/t.csv --calibration-end nope --out {dir}/report",
            "crm report: --calibration-end: expected a date such as 2024-12-31, got 'nope'\nTry 'crm report --help' for the options."),
        row("a report observation end before its calibration end", CrmCli.USAGE,
            "report --transactions {dir}/t.csv --calibration-end 2024-06-30 --observation-end 2024-01-01 --out {dir}/report",
            "crm report: --observation-end: expected a date on or after --calibration-end 2024-06-30, got '2024-01-01'\nTry 'crm report --help' for the options."),
        row("too few households", CrmCli.USAGE,
            "fund-company --households 3",
            "crm fund-company: --households: expected a number from 20 to 200,000, got '3'\nTry 'crm fund-company --help' for the options."),
        row("a match probability above one", CrmCli.USAGE,
            "resolve --records {dir}/r.csv --mapping {dir}/m.json --match-probability 1.5",
            "crm resolve: --match-probability: expected a probability from 0 to 1, got '1.5'\nTry 'crm resolve --help' for the options."),
        row("a missing input file", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/missing.csv",
            "crm fit: --summary {dir}/missing.csv: no such file"),
        row("a directory as input file", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/adir",
            "crm fit: --summary {dir}/adir: is a directory, expected a file"),
        row("an output in a missing directory", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/s.csv --out {dir}/nodir/fit.json",
            "crm fit: --out {dir}/nodir/fit.json: no directory {dir}/nodir (it is not created: create it first)"),
        row("a directory as output file", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/s.csv --out {dir}/adir",
            "crm fit: --out {dir}/adir: is a directory, expected a file"),
        row("a report directory that is a file", CrmCli.BAD_INPUT,
            "report --transactions {dir}/t.csv --out {dir}/s.csv",
            "crm report: --out {dir}/s.csv: is a file, expected a directory"),
        row("a transactions file given as the summary", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/t.csv",
            "crm fit: t.csv line 1 (the header): expected a column named 'frequency', got 'customer_id,date,amount'"),
        row("a customer column that is not in the header", CrmCli.BAD_INPUT,
            "summary --transactions {dir}/t.csv --customer-column cust --date-column date --amount-column amount --calibration-end 2024-06-30",
            "crm summary: t.csv line 1 (the header): expected a column named 'cust', got 'customer_id,date,amount'"),
        row("a header naming a column twice", CrmCli.BAD_INPUT,
            "summary --transactions {dir}/t-dup.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-06-30",
            "crm summary: t-dup.csv line 1 column 4: expected distinct column names in the header, got 'date'"),
        row("a date with trailing text", CrmCli.BAD_INPUT,
            "summary --transactions {dir}/t-trailing.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-06-30",
            "crm summary: t-trailing.csv line 2 column date: expected a date as YYYY-MM-DD or YYYYMMDD, or a date and time such as 2024-05-01T10:15:00, got '2024-01-02garbage'"),
        row("a hexadecimal amount", CrmCli.BAD_INPUT,
            "summary --transactions {dir}/t-hex.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-06-30",
            "crm summary: t-hex.csv line 2 column amount: expected a decimal number such as 12.50, got '0x1p3'"),
        row("Latin-1 bytes", CrmCli.BAD_INPUT,
            "summary --transactions {dir}/t-latin1.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-06-30",
            "crm summary: t-latin1.csv line 3: expected UTF-8 text (the file looks saved as Latin-1 or Windows-1252: save it as UTF-8), got 'bytes 0xE9'"),
        row("a negative amount", CrmCli.BAD_INPUT,
            "summary --transactions {dir}/t-negative.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-06-30",
            "crm summary: t-negative.csv line 2 column amount: expected a finite amount >= 0, got '-10.0'"),
        row("a row wider than the header", CrmCli.BAD_INPUT,
            "summary --transactions {dir}/t-wide.csv --customer-column customer_id --date-column date --amount-column amount --calibration-end 2024-06-30",
            "crm summary: t-wide.csv line 2 column 4: expected at most 3 cells in a row, as many as the header names, got 'extra'"),
        row("a recency of NaN", CrmCli.BAD_INPUT,
            "score --summary {dir}/s-nan.csv --fit {dir}/fit.json --horizon 10",
            "crm score: s-nan.csv line 2 column recency: expected a decimal number such as 12.50, got 'NaN'"),
        row("a negative frequency", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/s-negative.csv",
            "crm fit: s-negative.csv line 2 column frequency: expected a number of repeat purchases in [0, 1,000,000], got '-2'"),
        row("a recency beyond the age", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/s-late.csv",
            "crm fit: s-late.csv line 2 column recency: expected a finite time in [0, T = 40.0], got '50.0'"),
        row("a summary in days scored with a fit in weeks", CrmCli.BAD_INPUT,
            "score --summary {dir}/s-days.csv --fit {dir}/fit-weeks.json --horizon 52",
            "crm score: s-days.csv column unit: expected weeks, the unit of the fit fit-weeks.json (summarise and fit in one unit), got 'days'"),
        row("a summary in two units", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/s-two-units.csv",
            "crm fit: s-two-units.csv line 3 column unit: expected the unit of the rows above, weeks, got 'days'"),
        row("a summary in a unit the tool does not know", CrmCli.BAD_INPUT,
            "fit --model bg-nbd --summary {dir}/s-months.csv",
            "crm fit: s-months.csv line 2 column unit: expected one of [days, weeks], got 'months'"),
        row("a fit in a unit the tool does not know", CrmCli.BAD_INPUT,
            "score --summary {dir}/s.csv --fit {dir}/fit-fortnights.json --horizon 52",
            "crm score: fit-fortnights.json $.unit: expected one of [days, weeks], got 'fortnights'"),
        row("transactions without a usual customer column, none named", CrmCli.BAD_INPUT,
            "summary --transactions {dir}/t-who.csv --calibration-end 2024-06-30",
            "crm summary: t-who.csv line 1 (the header): expected a column named one of [customer_id, masterid, customer, id, ID], or name it with --customer-column, got 'who,date,amount'"),
        row("a customer listed twice", CrmCli.BAD_INPUT,
            "score --summary {dir}/s-dup.csv --fit {dir}/fit.json --horizon 10",
            "crm score: s-dup.csv column customer_id: expected one row per customer id, got 'c-1'"),
        row("a CSV file given as the fit", CrmCli.BAD_INPUT,
            "score --summary {dir}/s.csv --fit {dir}/s.csv --horizon 10",
            "crm score: s.csv line 1 column 13: expected a JSON document written by 'crm fit', got 'Unrecognized token 'customer_id''"),
        row("a fit of another model", CrmCli.BAD_INPUT,
            "score --summary {dir}/s.csv --fit {dir}/fit-unknown.json --horizon 10",
            "crm score: fit-unknown.json model: expected one of [bg-nbd, mbg-nbd, pareto-nbd, bg-bb], got 'weibull'"),
        row("a fit without a parameter", CrmCli.BAD_INPUT,
            "score --summary {dir}/s.csv --fit {dir}/fit-missing.json --horizon 10",
            "crm score: fit-missing.json $.parameters.b: expected a number in the fit JSON, got 'missing'"),
        row("a missing rule set", CrmCli.BAD_INPUT,
            "decide --rules {dir}/missing.json --context {dir}/context.json --at 2026-11-23T10:15:00Z",
            "crm decide: --rules {dir}/missing.json: no such file"),
        row("a rule set with an unknown property", CrmCli.BAD_INPUT,
            "decide --rules {dir}/fit.json --context {dir}/context.json --at 2026-11-23T10:15:00Z",
            "crm decide: fit.json: RuleSet.model: expected one of [actions, arbitration, channelCosts, description, guardrails, id, language, policies, propensityModel, rules, slas, version, volume], got 'model' (at $.model)"),
        row("a context that is not JSON", CrmCli.BAD_INPUT,
            "decide --rules {dir}/rules.json --context {dir}/t.csv --at 2026-11-23T10:15:00Z",
            "crm decide: t.csv line 1 column 13: expected well-formed JSON, got 'Unrecognized token 'customer_id''"),
        row("a missing mapping", CrmCli.BAD_INPUT,
            "resolve --records {dir}/r.csv --mapping {dir}/missing.json",
            "crm resolve: --mapping {dir}/missing.json: no such file"),
        row("a record row wider than the header", CrmCli.BAD_INPUT,
            "resolve --records {dir}/r-wide.csv --mapping {dir}/m.json",
            "crm resolve: r-wide.csv line 2 column 4: expected at most 3 cells in a row, as many as the header names, got 'surplus'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aMalformedCommandLineOrFileGetsItsExitCodeAndOneMessage(Row row) {
    String[] args = row.args().isEmpty() ? new String[0]
        : Arrays.stream(row.args().split(" ")).map(a -> a.replace("{dir}", dir.toString())).toArray(String[]::new);
    CliRun run = CliRun.of(args);
    String message = run.err.replace(dir.toString(), "{dir}").replace(System.lineSeparator(), "\n");
    assertEquals(row.message() + "\n", message, row.name());
    assertEquals(row.exit(), run.exitCode, () -> row.name() + ": exit code; error output:\n" + run.err);
  }

  @org.junit.jupiter.api.Test
  void theTableCoversAtLeastFortyCasesOfBothKinds() {
    assertEquals(true, rows().count() >= 40);
    assertEquals(true, rows().filter(r -> r.exit() == CrmCli.USAGE).count() >= 20);
    assertEquals(true, rows().filter(r -> r.exit() == CrmCli.BAD_INPUT).count() >= 20);
  }
}
