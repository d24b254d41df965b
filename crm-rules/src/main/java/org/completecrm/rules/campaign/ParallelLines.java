package org.completecrm.rules.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
 * compact summaries. From a stream of bytes ({@link #addAll(InputStream, int, CandidateEvaluator,
 * CandidateTable, IntConsumer)}) the batches are {@link ByteLines}' arrays of whole lines, reused
 * once their table is appended, and each line is parsed where it lies.
 */
final class ParallelLines {
  static final int BATCH = 512;
  /** Bytes per batch of a stream: about 300 contexts of the benchmark's. */
  static final int BATCH_BYTES = 1 << 20;

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

  static void addAll(InputStream in, int threads, CandidateEvaluator evaluator, CandidateTable into,
      IntConsumer progress) {
    addAll(in, 0, threads, evaluator, into, progress);
  }

  /**
   * As {@link #addAll(InputStream, int, CandidateEvaluator, CandidateTable, IntConsumer)}, from a
   * stream of {@code totalBytes} bytes (0 when unknown), by which the table is sized ({@link
   * TableForecast}).
   */
  static void addAll(InputStream in, long totalBytes, int threads, CandidateEvaluator evaluator, CandidateTable into,
      IntConsumer progress) {
    TableForecast forecast = new TableForecast(totalBytes);
    ByteLines lines = new ByteLines(in);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "campaign-decide");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<CandidateTable>> inFlight = new ArrayDeque<>();
    ArrayDeque<ByteLines.Batch> busy = new ArrayDeque<>();
    ArrayDeque<ByteLines.Batch> free = new ArrayDeque<>();
    ArrayDeque<Long> bytes = new ArrayDeque<>();
    try {
      while (true) {
        ByteLines.Batch batch = free.isEmpty() ? new ByteLines.Batch(BATCH_BYTES) : free.poll();
        if (!lines.next(batch)) {
          break;
        }
        busy.add(batch);
        bytes.add(batch.span());
        inFlight.add(pool.submit(() -> decide(batch, evaluator, into.maskWords)));
        while (inFlight.size() > 2 * threads) {
          forecast.append(take(inFlight.poll()), bytes.poll(), into);
          free.add(busy.poll());
          progress.accept(into.customers);
        }
      }
      while (!inFlight.isEmpty()) {
        forecast.append(take(inFlight.poll()), bytes.poll(), into);
        progress.accept(into.customers);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static CandidateTable decide(ByteLines.Batch batch, CandidateEvaluator evaluator, int words) {
    CandidateTable table = new CandidateTable(words);
    for (int x = 0; x < batch.lines; x++) {
      DecisionContext context;
      try {
        if (batch.ascii[x]) {
          if (batch.blank(x)) {
            continue;
          }
          context = StreamingContextReader.readAscii(batch.bytes, batch.from[x], batch.to[x] - batch.from[x]);
        } else {
          String text = batch.text(x);
          if (text.isBlank()) {
            continue;
          }
          context = StreamingContextReader.read(text);
        }
      } catch (InvalidValueException e) {
        throw atLine(e, batch.firstLine + x);
      }
      evaluator.evaluate(context, table);
    }
    return table;
  }

  private static InvalidValueException atLine(InvalidValueException e, int line) {
    InvalidValueException at = new InvalidValueException("contexts line " + line + ": " + e.field(),
        e.rejectedValue(), e.expected());
    return e.jsonPath().isPresent() ? at.atJsonPath(e.jsonPath().get()) : at;
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
        throw atLine(e, firstLine + x);
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
      if (e.getCause() instanceof Error err) {
        throw err;
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
