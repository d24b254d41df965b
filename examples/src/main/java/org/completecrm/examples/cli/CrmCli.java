package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.completecrm.core.CrmException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * The {@code crm} command-line tool: {@code java -jar examples/target/crm.jar COMMAND ...}.
 *
 * <p>Exit codes: 0 success, 1 bad input (a clear message on standard error), 2 usage error.
 */
@Command(
    name = "crm",
    mixinStandardHelpOptions = true,
    versionProvider = CrmVersion.class,
    description = "Complete CRM on the command line: resolve, summarise, fit, score, decide, plan campaigns, report.",
    subcommands = {CommandLine.HelpCommand.class, TourCommand.class, SummaryCommand.class, FitCommand.class,
      ScoreCommand.class, ResolveCommand.class, DecideCommand.class, CompareCommand.class, ReportCommand.class,
      FundCompanyCommand.class, LoyaltyCommand.class, LearnCommand.class, ExperimentCommand.class,
      CampaignCommand.class, GenerateContextsCommand.class, OverridesCommand.class})
public final class CrmCli {
  /** Exit code for bad input: a missing file, a malformed row, an invalid value. */
  public static final int BAD_INPUT = 1;

  /** Exit code for a usage error: an unknown option or a missing argument. */
  public static final int USAGE = 2;

  /** Runs the tool and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the tool with the given output and error writers and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CrmCli());
    cli.setOut(out);
    cli.setErr(err);
    UsageErrors.register(cli);
    for (CommandLine command : cli.getSubcommands().values()) {
      command.getCommandSpec().versionProvider(cli.getCommandSpec().versionProvider());
    }
    cli.setParameterExceptionHandler((ex, arguments) -> UsageErrors.handle(ex));
    cli.setExecutionStrategy(parseResult -> {
      ParseResult command = parseResult;
      while (command.hasSubcommand()) {
        command = command.subcommand();
      }
      try {
        NamedPaths.check(command);
      } catch (CrmException e) {
        throw new CommandLine.ExecutionException(command.commandSpec().commandLine(), e.getMessage(), e);
      }
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } catch (OutOfMemoryError e) {
        String message = outOfMemory(Runtime.getRuntime().maxMemory());
        throw new CommandLine.ExecutionException(command.commandSpec().commandLine(), message,
            new CrmException(message));
      }
    });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(ex));
          commandLine.getErr().flush();
          return BAD_INPUT;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * What the tool says when the JVM's heap is too small for the input, with how to give it more.
   * The heap's memory is free again once the command's stack is unwound, so the tool can say it.
   */
  static String outOfMemory(long maxHeapBytes) {
    return String.format(Locale.ROOT, "out of memory: the JVM's heap of %,d MiB is too small for this input;"
        + " give it more (with bin/crm: CRM_JAVA_OPTS=-Xmx4g; with java -jar: java -Xmx4g -jar crm.jar ...)",
        maxHeapBytes >> 20);
  }

  private static String describe(Exception ex) {
    if (ex instanceof CrmException) {
      return ex.getMessage();
    }
    if (ex instanceof UncheckedIOException || ex instanceof IOException) {
      Throwable io = ex instanceof UncheckedIOException ? ex.getCause() : ex;
      if (io instanceof java.nio.file.NoSuchFileException) {
        return io.getMessage() + ": no such file";
      }
      if (io instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
        return fs.getFile() + ": " + (fs.getReason() == null ? "cannot be read or written" : fs.getReason());
      }
      return "cannot read or write a file: " + io.getMessage();
    }
    return ex.getClass().getSimpleName() + ": " + ex.getMessage();
  }
}
