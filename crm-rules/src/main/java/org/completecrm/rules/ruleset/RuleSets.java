package org.completecrm.rules.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;

/**
 * Reads and writes rule sets as JSON. The readers are named by what they take: JSON text
 * ({@link #fromJson(String)}), a stream of JSON ({@link #fromJson(InputStream)}) or a file
 * ({@link #fromFile(Path)}), so that a file name passed as text is never read as JSON.
 */
public final class RuleSets {
  private RuleSets() {}

  /**
   * Reads and validates a rule set from JSON text.
   *
   * @throws InvalidValueException naming the JSON path, the bad value and what was expected
   */
  public static RuleSet fromJson(String json) {
    return CrmJson.read(json, RuleSet.class);
  }

  /** Reads and validates a rule set from a stream of JSON. */
  public static RuleSet fromJson(InputStream json) {
    return CrmJson.read(json, RuleSet.class);
  }

  /** Reads and validates a rule set from a JSON file. */
  public static RuleSet fromFile(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in);
    } catch (NoSuchFileException e) {
      throw new InvalidValueException("rules", file, "an existing rule set file");
    } catch (IOException e) {
      throw new CrmException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The rule set as indented JSON. */
  public static String write(RuleSet ruleSet) {
    return CrmJson.writePretty(ruleSet);
  }
}
