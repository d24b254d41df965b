package org.completecrm.examples.cli;

import org.completecrm.core.InvalidValueException;
import picocli.CommandLine.Option;

/** {@code --threads N}: how many threads fit or score (default: the machine's cores; 1 is valid). */
final class ThreadsOption {
  int count = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads to fit or score on (default: the number of cores; results are the "
          + "same whatever the number).")
  void threads(int n) {
    if (n < 1 || n > 1024) {
      throw new InvalidValueException("--threads", n, "a number of threads in [1, 1024]");
    }
    count = n;
  }
}
