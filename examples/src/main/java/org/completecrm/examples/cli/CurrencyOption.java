package org.completecrm.examples.cli;

import java.util.Currency;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --currency}: the ISO 4217 currency of a transactions file's amounts, shown beside every money figure. */
final class CurrencyOption {
  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD",
      description = "ISO 4217 code of the amounts' currency, shown with every money figure (default: ${DEFAULT-VALUE}).")
  String code;

  /** The currency, or a usage error (exit 2) naming the option. */
  Currency of(CommandLine command) {
    if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException unknown) {
        // falls through to the usage error below
      }
    }
    throw UsageErrors.invalid(command, "--currency", code, "an ISO 4217 currency code such as USD or EUR");
  }
}
