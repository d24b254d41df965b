package org.completecrm.rules.campaign;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.rules.DecisionContext;

/**
 * Reads JSON Lines of contexts and decides for them on several threads: lines go out in batches
 * ({@link LineBatches}: one array of characters per batch, no string per line), each batch is
 * parsed and decided into its own small table, and the tables are appended in the
 * order of the lines. At most two batches per thread are in flight, so memory stays that of the
 * compact summaries.
 */
final class ParallelLines {
  static final int BATCH = 512;
  /**
   * The characters of a batch, after which it takes no more lines: 200,000 characters (400 KB,
   * about 60 contexts of the benchmark), below the half region (512 KB with a heap of 2 GiB) from
   * which G1 allocates an array apart as humongous: a batch of 512 such lines in one array, 3.4 MB,
   * cost more than the strings it saved.
   */
  static final int BATCH_CHARS = 200_000;

  private ParallelLines() {}

  static void addAll(Reader reader, int threads, CandidateEvaluator evaluator, CandidateTable into,
      IntConsumer progress) {
    LineBatches in = new LineBatches(reader, 1 << 16);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "campaign-decide");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<CandidateTable>> inFlight = new ArrayDeque<>();
    try {
      int lineNo = 0;
      boolean more = true;
      while (more) {
        LineBatches.Batch lines = in.next(BATCH, BATCH_CHARS);
        int first = lineNo + 1;
        lineNo += lines.lines;
        more = lines.lines > 0;
        if (lines.lines > 0) {
          inFlight.add(pool.submit(() -> decide(lines, first, evaluator, into.maskWords)));
        }
        while (inFlight.size() > 2 * threads || !more && !inFlight.isEmpty()) {
          append(take(inFlight.poll()), into);
          progress.accept(into.customers);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static CandidateTable decide(LineBatches.Batch lines, int firstLine, CandidateEvaluator evaluator,
      int words) {
    CandidateTable table = new CandidateTable(words, lines.lines);
    for (int x = 0; x < lines.lines; x++) {
      if (lines.blank(x)) {
        continue;
      }
      DecisionContext context;
      try {
        context = StreamingContextReader.read(lines.text, lines.start(x), lines.end(x) - lines.start(x));
      } catch (InvalidValueException e) {
        InvalidValueException at = new InvalidValueException("contexts line " + (firstLine + x) + ": " + e.field(),
            e.rejectedValue(), e.expected());
        throw e.jsonPath().isPresent() ? at.atJsonPath(e.jsonPath().get()) : at;
      }
      evaluator.evaluate(context, table);
    }
    return table;
  }

  private static CandidateTable take(Future<CandidateTable> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmException("interrupted while deciding a campaign run", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new CrmException("deciding a campaign run failed: " + e.getCause(), e.getCause());
    }
  }

  /** Appends the customers of {@code batch} to {@code into}, in order. */
  static void append(CandidateTable batch, CandidateTable into) {
    for (int i = 0; i < batch.customers; i++) {
      into.beginCustomer(batch.customerIds[i], batch.household[i] < 0 ? null : batch.households.name(batch.household[i]),
          batch.segment[i] < 0 ? null : batch.segments.name(batch.segment[i]));
      for (int k = batch.first(i); k < batch.end(i); k++) {
        int to = into.addCandidate(batch.action[k], batch.channel[k], batch.expectedValue[k], batch.propensity[k]);
        System.arraycopy(batch.masks, k * batch.maskWords, into.masks, to * into.maskWords, into.maskWords);
      }
      into.endCustomer(batch.noneReason[i]);
    }
  }
}
