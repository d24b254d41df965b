package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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

  /** Copies the class-path resource {@code resource} (such as {@code rules/rules.json}) into {@code dir}. */
  static Path copyResource(String resource, Path dir) throws IOException {
    try (InputStream in = CliRun.class.getClassLoader().getResourceAsStream(resource)) {
      return Files.write(dir.resolve(Path.of(resource).getFileName()), in.readAllBytes());
    }
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
