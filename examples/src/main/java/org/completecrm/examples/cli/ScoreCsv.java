package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.Writer;
import org.completecrm.analytics.internal.Chunks;

/**
 * Writes the scores of {@code crm score} from their arrays: blocks of rows are formatted into
 * text on the chosen threads, chunk by chunk, and written in row order, so that the output is
 * the same whatever the number of threads and only one block of text is held at a time.
 */
final class ScoreCsv {
  /** Rows formatted per block: sixteen chunks. */
  private static final int BLOCK = 16 * Chunks.CHUNK;

  private ScoreCsv() {}

  /**
   * Writes {@code customer_id,p_alive,expected_purchases[,expected_spend,clv]} rows, the rows in
   * {@code order} (row indexes; null: as they are).
   */
  static void write(Writer w, CustomerIds ids, int[] order, int threads, double[] alive, double[] expected,
      double[] spend, double[] clv) throws IOException {
    int n = ids.size();
    try (Chunks chunks = Chunks.of(threads)) {
      for (int block = 0; block < n; block += BLOCK) {
        int base = block;
        int rows = Math.min(BLOCK, n - block);
        StringBuilder[] text = new StringBuilder[(rows + Chunks.CHUNK - 1) / Chunks.CHUNK];
        chunks.forEach(rows, (from, to) -> {
          StringBuilder sb = new StringBuilder((to - from) * 96);
          for (int row = base + from; row < base + to; row++) {
            int i = order == null ? row : order[row];
            ids.appendCell(i, sb);
            sb.append(',').append(ValueCsv.number(alive[i])).append(',')
                .append(ValueCsv.number(expected[i]));
            if (spend != null) {
              sb.append(',').append(ValueCsv.number(spend[i])).append(',')
                  .append(ValueCsv.number(clv[i]));
            }
            sb.append('\n');
          }
          text[from / Chunks.CHUNK] = sb;
        });
        for (StringBuilder sb : text) {
          w.append(sb);
        }
      }
    }
  }
}
