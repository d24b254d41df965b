package org.completecrm.examples.cli;

import picocli.CommandLine.Option;

/** {@code --delimiter comma|tab|semicolon|whitespace}: how the cells of a command's CSV input are separated. */
final class DelimiterOption {
  @Option(names = "--delimiter", paramLabel = "D", defaultValue = "comma",
      description = "How the cells of the CSV input are separated: comma, tab, semicolon or "
          + "whitespace (runs of spaces, as in CDNOW_master.txt) (default: ${DEFAULT-VALUE}).")
  Delimiter delimiter = Delimiter.COMMA;
}
