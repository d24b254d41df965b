package org.completecrm.rules.campaign;

/**
 * Sizes a {@link CandidateTable} filled from contexts of a known number of bytes: once a share of
 * the bytes has been appended, the table's arrays are grown once to the customers and candidates
 * that share forecasts for the whole input, with a margin, instead of doubling on the way.
 *
 * <p>Design note: a 1,000,000-customer run keeps about five million candidates in five primitive
 * columns. Grown by doubling, the arrays are copied at each power of two (the copy at 4.2 million
 * candidates alone makes 240 MB of new arrays, live at once with the old ones); each new array is
 * copied again by the young collection that promotes it, and the ones it replaced are left as
 * old-generation garbage for ergonomic full collections. Contexts are lines of about one length,
 * so candidates per byte settle within a fraction of a percent in the first thirty-second of the
 * input: the arrays are then grown once to {@link #MARGIN} above the forecast and filled in place
 * to the end. The forecast only sizes arrays: what the table holds is the same however it grew.
 * When the rest of the input is denser than its first part (sorted contexts, say), a batch that
 * would not fit grows the arrays to a new forecast from all the bytes read so far, with the
 * margin: a copy, but to the end's size, not to twice it; a sparser rest leaves room unused.
 * Keeping the batches' own arrays and laying them into one array per column at the end was tried:
 * both are promoted, and the copy falls where the plan makes its own arrays, a higher peak.
 * Without the input's size the table doubles as before.
 */
final class TableForecast {
  /** The forecast is made once this share of the bytes has been appended. */
  static final int SAMPLE_SHARE = 32;
  /** Room above the forecast: well above the sampling error of a thirty-second of the input. */
  static final double MARGIN = 0.02;
  /** Room added to every forecast, for inputs of a few lines. */
  static final int SLACK = 1024;

  private final long totalBytes;
  private long readBytes;
  private boolean made;

  /** A forecast for an input of {@code totalBytes} bytes (0 or less when unknown: no forecast). */
  TableForecast(long totalBytes) {
    this.totalBytes = totalBytes;
  }

  /** Appends {@code batch}, made from {@code bytes} bytes of the input, to {@code into}, sized by the forecast when due. */
  void append(CandidateTable batch, long bytes, CandidateTable into) {
    readBytes += bytes;
    if (totalBytes > 0) {
      int customers = into.customers + batch.customers;
      int candidates = into.candidates + batch.candidates;
      boolean due = !made && readBytes * SAMPLE_SHARE >= totalBytes;
      boolean full = made && (into.customerIds.length < customers || into.action.length < candidates);
      if (due || full) {
        made = true;
        into.reserve(Math.max(customers, forecast(customers)), Math.max(candidates, forecast(candidates)));
      }
    }
    ParallelLines.append(batch, into);
  }

  /** {@code sofar} (customers or candidates of the bytes read) scaled to the whole input, with the margin. */
  int forecast(int sofar) {
    double whole = sofar * ((double) Math.max(totalBytes, readBytes) / Math.max(1, readBytes)) * (1 + MARGIN) + SLACK;
    return (int) Math.min(Integer.MAX_VALUE - 16, Math.ceil(whole));
  }
}
