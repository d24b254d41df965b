package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.completecrm.core.CrmException;

/**
 * Writes the scores of {@code crm score} from their arrays: blocks of rows are formatted into
 * text on the chosen threads, chunk by chunk, and written in row order, so that the output is
 * the same whatever the number of threads and only one block of text is held at a time.
 */
final class ScoreCsv {
  /** Rows formatted as one task. */
  private static final int CHUNK = 8192;
  /** Rows formatted per block: sixteen chunks. */
  private static final int BLOCK = 16 * CHUNK;

  private ScoreCsv() {}

  /**
   * Writes {@code customer_id,p_alive,expected_purchases[,expected_spend,clv]} rows, the rows in
   * {@code order} (row indexes; null: as they are).
   */
  static void write(Writer w, CustomerIds ids, int[] order, int threads, double[] alive, double[] expected,
      double[] spend, double[] clv) throws IOException {
    int n = ids.size();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int block = 0; block < n; block += BLOCK) {
        List<Future<StringBuilder>> text = new ArrayList<>();
        for (int from = block; from < Math.min(n, block + BLOCK); from += CHUNK) {
          int first = from;
          int last = Math.min(n, from + CHUNK);
          text.add(pool.submit(() -> rows(ids, order, first, last, alive, expected, spend, clv)));
        }
        for (Future<StringBuilder> sb : text) {
          w.append(sb.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmException("interrupted while writing scores", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new CrmException("cannot format scores: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static StringBuilder rows(CustomerIds ids, int[] order, int from, int to, double[] alive,
      double[] expected, double[] spend, double[] clv) {
    StringBuilder sb = new StringBuilder((to - from) * 96);
    for (int row = from; row < to; row++) {
      int i = order == null ? row : order[row];
      ids.appendCell(i, sb);
      sb.append(',').append(ValueCsv.number(alive[i])).append(',').append(ValueCsv.number(expected[i]));
      if (spend != null) {
        sb.append(',').append(ValueCsv.number(spend[i])).append(',').append(ValueCsv.number(clv[i]));
      }
      sb.append('\n');
    }
    return sb;
  }
}
