package org.completecrm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.completecrm.core.CrmException;

/**
 * What a fuzz target counts and how it judges one input: a typed {@link CrmException} is a
 * correct refusal; any other exception or error, a result that is not finite, or an input that
 * takes longer than {@link #SLOW_NANOS} is a finding. The counts go to {@code target/fuzz-report.txt}.
 */
final class FuzzReport {
  /** An input that takes longer than this is reported as a hang. */
  static final long SLOW_NANOS = 10_000_000_000L;

  private final String target;
  private final AtomicLong inputs = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();

  FuzzReport(String target) {
    this.target = target;
  }

  /** Runs one input: refusals counted, everything else that escapes fails the fuzz test. */
  void run(Runnable input) {
    long start = System.nanoTime();
    inputs.incrementAndGet();
    try {
      input.run();
    } catch (CrmException typed) {
      refused.incrementAndGet();
    } catch (StackOverflowError e) {
      throw new AssertionError("stack overflow instead of a typed error", e);
    }
    long took = System.nanoTime() - start;
    if (took > SLOW_NANOS) {
      throw new AssertionError("an input took " + took / 1_000_000 + " ms");
    }
  }

  /** Counts an input the tool refused with exit code 1 and a typed error's message. */
  void refusedByTheTool() {
    refused.incrementAndGet();
  }

  /** Fails unless {@code v} is finite (and, for a probability, in [0, 1]). */
  static double finite(String what, double v, boolean probability) {
    if (!Double.isFinite(v) || (probability && (v < 0 || v > 1))) {
      throw new AssertionError(what + " = " + v);
    }
    return v;
  }

  /** Appends this target's counts to the report named by the {@code fuzz.report} system property. */
  void write() {
    String file = System.getProperty("fuzz.report");
    String line = String.format(Locale.ROOT, "%s: %,d inputs, %,d refused with a typed error, 0 escaped%n",
        target, inputs.get(), refused.get());
    if (file == null) {
      return;
    }
    try {
      Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
