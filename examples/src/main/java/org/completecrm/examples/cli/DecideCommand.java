package org.completecrm.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm decide}: the decision for one customer and event under a rule set, with its explanation, as JSON. */
@Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = "Decide the next best actions for one customer and event, and explain them. Prints the "
        + "decision as JSON: the actions (channel, time, message, reason), every candidate with the stage "
        + "that kept or dropped it, commitments, escalations, the frontline's room to act and what to know.",
    footer = {"", "Example:", "  crm decide --rules rules.json --context context.json \\",
        "      --at 2026-11-23T10:15:00Z"})
final class DecideCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = CrmJson.mapper();

  @Spec CommandSpec spec;

  @Option(names = "--rules", required = true, paramLabel = "FILE", description = "The rule set (JSON).")
  Path rules;

  @Mixin DecisionOptions decision;

  @Override
  public Integer call() {
    Instant instant = decision.at();
    RuleSet ruleSet = read(rules, RuleSet.class);
    Decision decided = decision.context().decide(ruleSet, instant);
    spec.commandLine().getOut().println(CrmJson.writePretty(decided));
    return 0;
  }

  /** Reads {@code file} as {@code type}, naming the file in every error: missing, not JSON (with line and column), or invalid. */
  static <T> T read(Path file, Class<T> type) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readAllBytes();
    } catch (NoSuchFileException e) {
      throw new CrmException("no such file: " + file);
    } catch (IOException e) {
      throw new CrmException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw new InvalidValueException(file.getFileName() + (where == null ? "" : " line " + where.getLineNr()
          + " column " + where.getColumnNr()), e.getOriginalMessage().split(": was expecting|\n", 2)[0],
          "well-formed JSON");
    } catch (IOException e) {
      throw new CrmException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      return CrmJson.read(in, type);
    } catch (InvalidValueException e) {
      throw new CrmException(file.getFileName() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CrmException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
