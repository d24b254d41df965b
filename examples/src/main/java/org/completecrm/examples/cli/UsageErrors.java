package org.completecrm.examples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Usage errors (exit code 2) in the user's words: the option, what was expected and what was
 * given, once, then where help is. Option values are converted here, so that a malformed number,
 * date or instant is a usage error like an unknown option, never a Java type name.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** Registers the converters of option values on {@code cli}. */
  static void register(CommandLine cli) {
    cli.registerConverter(LocalDate.class, UsageErrors::date);
    cli.registerConverter(Instant.class, UsageErrors::instant);
    cli.registerConverter(Double.class, UsageErrors::decimal);
    cli.registerConverter(double.class, UsageErrors::decimal);
    cli.registerConverter(Integer.class, UsageErrors::integer);
    cli.registerConverter(int.class, UsageErrors::integer);
    cli.registerConverter(Long.class, UsageErrors::wholeLong);
    cli.registerConverter(long.class, UsageErrors::wholeLong);
    cli.registerConverter(Delimiter.class, UsageErrors::delimiter);
  }

  /** A usage error of {@code option} in the running command: exit code 2. */
  static ParameterException invalid(CommandLine command, String option, Object value, String expected) {
    return new ParameterException(command, option + ": expected " + expected + ", got '" + value + "'");
  }

  /** Prints a usage error once, with where to find help, and returns exit code 2. */
  static int handle(ParameterException ex) {
    CommandLine command = ex.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + words(ex.getMessage()));
    if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
      CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, command.getErr());
    }
    command.getErr().println("Try '" + name + " --help' for the options.");
    command.getErr().flush();
    return CrmCli.USAGE;
  }

  /** Picocli's messages, said the way the tool's other errors are. */
  static String words(String message) {
    String invalid = "Invalid value for option '";
    if (message.startsWith(invalid)) {
      int end = message.indexOf("': ", invalid.length());
      if (end > 0) {
        return message.substring(invalid.length(), end) + ": " + message.substring(end + 3);
      }
    }
    if (message.startsWith("Missing required option: ") || message.startsWith("Missing required options: ")) {
      return message.replace("Missing required option: ", "missing option ")
          .replace("Missing required options: ", "missing options ").replace("'", "");
    }
    if (message.startsWith("Missing required subcommand")) {
      return "missing command";
    }
    if (message.startsWith("Missing required parameter for option '")) {
      int end = message.indexOf("' (", 39);
      if (end > 0) {
        return message.substring(39, end) + ": missing value " + message.substring(end + 3, message.length() - 1);
      }
    }
    if (message.startsWith("Unknown option: ")) {
      return "unknown option " + message.substring("Unknown option: ".length());
    }
    if (message.startsWith("Unmatched argument")) {
      return message.replaceFirst("^Unmatched arguments? from index \\d+: ", "unexpected argument ")
          .replaceFirst("^Unmatched argument at index \\d+: ", "unexpected argument ");
    }
    return message;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected a date such as 2024-12-31, got '" + text + "'");
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("expected an ISO-8601 instant such as 2026-11-23T10:15:00Z, got '" + text + "'");
    }
  }

  private static Double decimal(String text) {
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v) && text.matches("[+-]?[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?")) {
        return v;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new TypeConversionException("expected a decimal number such as 52 or 0.01, got '" + text + "'");
  }

  private static Delimiter delimiter(String text) {
    try {
      return Delimiter.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  private static Integer integer(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("expected a whole number such as 20000, got '" + text + "'");
    }
  }

  private static Long wholeLong(String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("expected a whole number such as 2026, got '" + text + "'");
    }
  }
}
