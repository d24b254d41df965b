package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A table filled through a {@link TableForecast} holds what the same batches copied customer by
 * customer give, whatever the size it was told (right, too small, too large, unknown); and on
 * input of even density its candidate arrays are laid once, after the sampled share, within the
 * margin of the candidates they end with.
 */
class TableForecastProperties {

  /** A batch and the bytes of input it was decided from. */
  private record Batch(CandidateTable table, long bytes) {}

  @Test
  void theTableIsTheSameWhateverSizeTheForecastWasTold() {
    qt().withExamples(100).forAll(longs().between(0, 1_000_000), integers().between(1, 3), integers().between(0, 80),
            integers().between(0, 3))
        .checkAssert((seed, words, count, told) -> {
          Random random = new Random(seed);
          List<Batch> batches = batches(random, words, count, random.nextBoolean());
          long total = batches.stream().mapToLong(Batch::bytes).sum();
          long size = switch (told) {
            case 0 -> 0;
            case 1 -> total;
            case 2 -> Math.max(1, total / (2 + random.nextInt(20)));
            default -> total * (2 + random.nextInt(20));
          };
          CandidateTable forecast = new CandidateTable(words);
          CandidateTable copied = new CandidateTable(words);
          TableForecast f = new TableForecast(size);
          for (Batch b : batches) {
            f.append(b.table(), b.bytes(), forecast);
            for (int i = 0; i < b.table().customers; i++) {
              copied.copyCustomer(b.table(), i);
            }
            assertTrue(forecast.action.length >= forecast.candidates && forecast.customerIds.length >= forecast.customers);
          }
          CandidatesOnlyProperties.assertEqualTables(copied, forecast);
        });
  }

  @Test
  void onEvenInputTheCandidateArraysAreLaidOnceWithinTheMargin() {
    qt().withExamples(50).forAll(longs().between(0, 1_000_000), integers().between(64, 400))
        .checkAssert((seed, count) -> {
          Random random = new Random(seed);
          List<Batch> batches = batches(random, 1, count, false);
          long total = batches.stream().mapToLong(Batch::bytes).sum();
          int candidates = batches.stream().mapToInt(b -> b.table().candidates).sum();
          int customers = batches.stream().mapToInt(b -> b.table().customers).sum();
          CandidateTable table = new CandidateTable(1);
          TableForecast f = new TableForecast(total);
          long read = 0;
          int[] laid = null;
          for (Batch b : batches) {
            f.append(b.table(), b.bytes(), table);
            read += b.bytes();
            if (laid != null) {
              assertSame(laid, table.action, "the candidate arrays grew again after the forecast");
            } else if (read * TableForecast.SAMPLE_SHARE >= total) {
              laid = table.action;
            }
          }
          double most = candidates * (1 + TableForecast.MARGIN) * 1.05 + TableForecast.SLACK;
          assertTrue(table.action.length <= most, table.action.length + " for " + candidates + " candidates");
          assertTrue(table.customerIds.length <= customers * (1 + TableForecast.MARGIN) * 1.05 + TableForecast.SLACK);
        });
  }

  /**
   * {@code count} batches of lines of 2,900 to 3,100 bytes, each customer with 6 to 8 candidates
   * (even density), or with a second half three times as dense as the first ({@code uneven}).
   */
  private static List<Batch> batches(Random random, int words, int count, boolean uneven) {
    List<Batch> out = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      CandidateTable t = new CandidateTable(words);
      long bytes = 0;
      int customers = 100 + random.nextInt(41);
      for (int c = 0; c < customers; c++) {
        t.beginCustomer("c" + b + "-" + c, random.nextInt(3) == 0 ? null : "h" + random.nextInt(50),
            random.nextInt(4) == 0 ? null : "s" + random.nextInt(4));
        int n = (uneven && b >= count / 2 ? 3 : 1) * (6 + random.nextInt(3));
        for (int x = 0; x < n; x++) {
          int k = t.addCandidate(random.nextInt(30), random.nextInt(6), random.nextGaussian(), random.nextDouble());
          for (int w = 0; w < words; w++) {
            t.masks[k * words + w] = random.nextLong();
          }
        }
        t.endCustomer(n == 0 ? "none" : null);
        bytes += 2_900 + random.nextInt(201);
      }
      out.add(new Batch(t, bytes));
    }
    return out;
  }
}
