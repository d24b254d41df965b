package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.identity.ColumnMapping;
import org.completecrm.core.identity.HouseholdInference;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.json.CrmJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crm resolve}: resolves the records of a CSV file into customers and writes
 * {@code record_id,cluster_id} to standard output, one row per input record in input order.
 *
 * <p>Example: {@code crm resolve --records records.csv --mapping mapping.json --golden golden.json}.
 * Without {@code --model} the match model is estimated from the records themselves (EM, no labels).
 */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = "Resolve source records (CSV with a header) into customers. Writes record_id,cluster_id to "
        + "standard output, one row per input record; a summary goes to standard error.")
public final class ResolveCommand implements Callable<Integer> {
  /** The system name used when the mapping names no source column. */
  static final String DEFAULT_SYSTEM = "records";

  @Spec CommandSpec spec;

  @Option(names = "--records", required = true, paramLabel = "FILE", description = "CSV file of source records, with a header row.")
  Path records;

  @picocli.CommandLine.Mixin DelimiterOption delimiter;

  @Option(names = "--mapping", required = true, paramLabel = "FILE",
      description = "JSON mapping: {\"id\": column, \"source\": column (optional), \"columns\": {column: TYPE}, \"dateFormats\": {column: pattern}}.")
  Path mapping;

  @Option(names = "--golden", paramLabel = "FILE", description = "Also write the golden records (JSON, with provenance) to FILE.")
  Path golden;

  @Option(names = "--households", paramLabel = "FILE", description = "Also write household suggestions (JSON) to FILE.")
  Path households;

  @Option(names = "--review", paramLabel = "FILE", description = "Also write the possible matches with explanations (JSON) to FILE.")
  Path review;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write an HTML page for a data steward: the match-weight histogram, the learned m and u per level, "
          + "the term frequencies and the most uncertain pairs.")
  Path report;

  @Option(names = "--model", paramLabel = "FILE", description = "Use this match model (JSON m and u probabilities) instead of estimating one.")
  Path model;

  @Option(names = "--match-probability", paramLabel = "P", defaultValue = "0.5",
      description = "Match probability at or above which two records are the same customer (default: ${DEFAULT-VALUE}).")
  double matchProbability;

  @Option(names = "--at", paramLabel = "INSTANT", defaultValue = "1970-01-01T00:00:00Z",
      description = "The instant the decisions are dated with in the log (default: ${DEFAULT-VALUE}).")
  Instant at;

  @Override
  public Integer call() throws IOException {
    if (!(matchProbability >= 0 && matchProbability <= 1)) {
      throw UsageErrors.invalid(spec.commandLine(), "--match-probability", ValueCsv.number(matchProbability),
          "a probability from 0 to 1");
    }
    ColumnMapping columns = DecideCommand.read(mapping, ColumnMapping.class);
    ReadRecords read = read(records, delimiter.delimiter, columns);
    var settings = ResolverSettings.builder().matchProbability(matchProbability)
        .possibleMatchProbability(Math.min(matchProbability, ResolverSettings.defaults().possibleMatchProbability()));
    if (model != null) {
      settings.model(DecideCommand.read(model, MatchModel.class));
    }
    Resolution resolution = Resolver.resolve(read.records(), settings.build(), at);
    PrintWriter out = spec.commandLine().getOut();
    out.println("record_id,cluster_id");
    for (int i = 0; i < read.order().size(); i++) {
      SourceIdentity id = read.order().get(i);
      out.println(csv(read.keys().get(i)) + "," + csv(resolution.customerOf(id).orElseThrow().value()));
    }
    out.flush();
    if (golden != null) {
      Files.writeString(golden, CrmJson.writePretty(resolution.goldenRecords()), StandardCharsets.UTF_8);
    }
    if (households != null) {
      Files.writeString(households, CrmJson.writePretty(HouseholdInference.suggest(resolution.goldenRecords())),
          StandardCharsets.UTF_8);
    }
    if (review != null) {
      Files.writeString(review, CrmJson.writePretty(resolution.possibleMatches()), StandardCharsets.UTF_8);
    }
    if (report != null) {
      ResolutionReport.of(resolution).writeTo(report);
    }
    var s = resolution.statistics();
    spec.commandLine().getErr().printf(Locale.ROOT,
        "resolved %d records into %d customers: %d candidate pairs, %d matched, %d possible matches, %d kept apart by the chain guard, %d blocks skipped as larger than %d records%n",
        s.records(), s.customers(), s.candidatePairs(), s.matchedPairs(), s.possibleMatches(), s.guardRefusals(),
        s.skippedBlocks(), settings.build().maxBlockSize());
    spec.commandLine().getErr().flush();
    return 0;
  }

  /** Records in file order, with each row's identity and the text of its id column. */
  record ReadRecords(List<SourceRecord> records, List<SourceIdentity> order, List<String> keys) {}

  /** Reads a CSV file with a header through a column mapping. */
  static ReadRecords read(Path file, Delimiter delimiter, ColumnMapping columns) {
    List<SourceRecord> out = new ArrayList<>();
    List<SourceIdentity> order = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    ValueCsv.forEach(file, delimiter, header -> requireColumns(header, columns, file), row -> {
      try {
        SourceRecord r = columns.toRecord(row.cells(), DEFAULT_SYSTEM);
        out.add(r);
        order.add(r.identity());
        keys.add(Optional.ofNullable(row.cells().get(columns.id())).orElse("").strip());
      } catch (InvalidValueException e) {
        throw new InvalidValueException(file.getFileName() + " row " + row.line() + ": " + e.field(), e.rejectedValue(), e.expected());
      }
    });
    return new ReadRecords(out, order, keys);
  }

  private static void requireColumns(List<String> names, ColumnMapping columns, Path file) {
    List<String> needed = new ArrayList<>(columns.columns().keySet());
    needed.add(columns.id());
    columns.source().ifPresent(needed::add);
    for (String c : needed) {
      if (!names.contains(c)) {
        throw new InvalidValueException(file.getFileName() + " header", c, "a column named in the mapping, one of " + names);
      }
    }
  }

  private static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
