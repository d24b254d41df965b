package org.completecrm.examples.tour;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Supplier;

/** Shows the progress of the tour's long steps: what is running, then how long it took. */
final class Progress {
  private final PrintWriter out;

  Progress(PrintWriter out) {
    this.out = out;
  }

  <T> T step(String what, Supplier<T> work) {
    out.printf(Locale.ROOT, "  ... %s", what);
    out.flush();
    long start = System.nanoTime();
    T result = work.get();
    out.printf(Locale.ROOT, " done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    out.flush();
    return result;
  }
}
