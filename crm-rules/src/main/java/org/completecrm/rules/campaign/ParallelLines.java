package org.completecrm.rules.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.rules.DecisionContext;

/**
 * Reads JSON Lines of contexts and decides for them on several threads: lines go out in batches,
 * each batch is parsed and decided into its own small table, and the tables are appended in the
 * order of the lines. At most two batches per thread are in flight, so memory stays that of the
 * compact summaries.
 */
final class ParallelLines {
  static final int BATCH = 512;

  private ParallelLines() {}

  static void addAll(Reader reader, int threads, CandidateEvaluator evaluator, CandidateTable into,
      IntConsumer progress) {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
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
        List<String> lines = new ArrayList<>(BATCH);
        int first = lineNo + 1;
        String line;
        while (lines.size() < BATCH && (line = in.readLine()) != null) {
          lines.add(line);
          lineNo++;
        }
        more = lines.size() == BATCH;
        if (!lines.isEmpty()) {
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

  private static CandidateTable decide(List<String> lines, int firstLine, CandidateEvaluator evaluator, int words) {
    CandidateTable table = new CandidateTable(words);
    for (int x = 0; x < lines.size(); x++) {
      String text = lines.get(x);
      if (text.isBlank()) {
        continue;
      }
      DecisionContext context;
      try {
        context = StreamingContextReader.read(text);
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
      into.copyCustomer(batch, i);
    }
  }
}
