package org.completecrm.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.completecrm.core.CrmException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The files and directories a command line names, checked before the command runs, so that every
 * error says which option and path, in the user's words: an input that does not exist or is a
 * directory, an output whose directory does not exist (never created silently) or that is a
 * directory where a file is written.
 */
final class NamedPaths {
  /** Options that name where something is written: "Write ... here", "Also write ...", "Where to ...", a DIR. */
  private static final Pattern OUTPUT = Pattern.compile("(?i)^(also )?write\\b.*|^where to\\b.*|^directory for\\b.*");

  private NamedPaths() {}

  /** Checks every path the user named for the command that runs; fails with bad input naming the first problem. */
  static void check(ParseResult command) {
    for (OptionSpec option : command.commandSpec().options()) {
      if (option.type() != Path.class || option.getValue() == null || !command.hasMatchedOption(option)) {
        continue;
      }
      Path path = option.getValue();
      String name = option.longestName() + " " + path;
      boolean directory = option.paramLabel().equals("DIR");
      String description = String.join(" ", option.description());
      if (directory || OUTPUT.matcher(description).matches()) {
        output(name, path, directory);
      } else {
        input(name, path);
      }
    }
  }

  private static void input(String name, Path path) {
    if (Files.isDirectory(path)) {
      throw new CrmException(name + ": is a directory, expected a file");
    }
    if (!Files.exists(path)) {
      throw new CrmException(name + ": no such file");
    }
    if (!Files.isReadable(path)) {
      throw new CrmException(name + ": cannot be read (permission denied)");
    }
  }

  private static void output(String name, Path path, boolean directory) {
    if (directory ? Files.exists(path) && !Files.isDirectory(path) : Files.isDirectory(path)) {
      throw new CrmException(name + (directory ? ": is a file, expected a directory" : ": is a directory, expected a file"));
    }
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent) && !(directory && Files.isDirectory(path))) {
      throw new CrmException(name + ": no directory " + parent + " (it is not created: create it first)");
    }
  }
}
