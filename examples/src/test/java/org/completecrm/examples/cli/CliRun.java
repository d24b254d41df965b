package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code crm} tool in-process and captures what it prints. */
final class CliRun {
  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CrmCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  CliRun expectExit(int code) {
    assertEquals(code, exitCode, () -> "exit code; out:\n" + out + "\nerr:\n" + err);
    return this;
  }

  CliRun expectOut(String fragment) {
    assertTrue(out.contains(fragment), () -> "expected '" + fragment + "' in output:\n" + out);
    return this;
  }

  CliRun expectErr(String fragment) {
    assertTrue(err.contains(fragment), () -> "expected '" + fragment + "' in error output:\n" + err);
    return this;
  }
}
