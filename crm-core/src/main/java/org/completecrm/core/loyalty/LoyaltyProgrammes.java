package org.completecrm.core.loyalty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;

/** Reads and writes loyalty programmes as JSON. */
public final class LoyaltyProgrammes {
  private LoyaltyProgrammes() {}

  /**
   * Reads and validates a programme from JSON text.
   *
   * @throws InvalidValueException naming the JSON path, the bad value and what was expected
   */
  public static LoyaltyProgramme fromJson(String json) {
    return CrmJson.read(json, LoyaltyProgramme.class);
  }

  /** Reads and validates a programme from a JSON file. */
  public static LoyaltyProgramme fromFile(Path file) {
    if (file == null) {
      throw new InvalidValueException("programme", "null", "a programme file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return CrmJson.read(in, LoyaltyProgramme.class);
    } catch (NoSuchFileException e) {
      throw new InvalidValueException("programme", file, "an existing programme file");
    } catch (IOException e) {
      throw new CrmException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The programme as indented JSON. */
  public static String write(LoyaltyProgramme programme) {
    return CrmJson.writePretty(programme);
  }
}
