package org.completecrm.core.identity;

/**
 * Counts from one resolution run, for monitoring blocking and thresholds.
 *
 * @param records the records resolved
 * @param candidatePairs the distinct pairs that shared a blocking key and were compared
 * @param matchedPairs the pairs decided as matches (by weight or rule)
 * @param possibleMatches the pairs queued for review
 * @param guardRefusals the matched pairs whose clusters were kept apart by the chain guard
 * @param skippedBlocks the blocks skipped for exceeding the size limit
 * @param customers the number of customers (clusters)
 * @param weightHistogram the match-weight distribution of the candidate pairs compared: how many
 *     pairs had match log-odds (bits) in each whole bit from {@link #LOWEST_BIT} (and below) to
 *     {@link #HIGHEST_BIT} (and above); matches and non-matches show as two humps, and the pairs
 *     between them are the uncertain ones
 */
public record MatchStatistics(
    long records, long candidatePairs, long matchedPairs, long possibleMatches, long guardRefusals,
    long skippedBlocks, long customers, java.util.List<Long> weightHistogram) {
  /** The bit of the histogram's first bin (it also counts all pairs below). */
  public static final int LOWEST_BIT = -20;

  /** The bit of the histogram's last bin (it also counts all pairs above). */
  public static final int HIGHEST_BIT = 30;

  /** Validates that every count is at least zero; an absent histogram is empty. */
  public MatchStatistics {
    weightHistogram = weightHistogram == null ? java.util.List.of() : java.util.List.copyOf(weightHistogram);
    if (!weightHistogram.isEmpty() && weightHistogram.size() != HIGHEST_BIT - LOWEST_BIT + 1) {
      throw new org.completecrm.core.InvalidValueException("MatchStatistics.weightHistogram", weightHistogram.size() + " bins",
          (HIGHEST_BIT - LOWEST_BIT + 1) + " bins or none");
    }
    for (long v : weightHistogram) {
      if (v < 0) {
        throw new org.completecrm.core.InvalidValueException("MatchStatistics.weightHistogram", v, "counts >= 0");
      }
    }
    long[] all = {records, candidatePairs, matchedPairs, possibleMatches, guardRefusals, skippedBlocks, customers};
    for (long v : all) {
      if (v < 0) {
        throw new org.completecrm.core.InvalidValueException("MatchStatistics", v, "counts >= 0");
      }
    }
  }

  /** The histogram of match log-odds {@code logOdds} (one value per pair). */
  static java.util.List<Long> histogram(double[] logOdds) {
    long[] bins = new long[HIGHEST_BIT - LOWEST_BIT + 1];
    for (double lo : logOdds) {
      int b = (int) Math.floor(Math.max(LOWEST_BIT, Math.min(HIGHEST_BIT, lo))) - LOWEST_BIT;
      bins[b]++;
    }
    java.util.List<Long> out = new java.util.ArrayList<>(bins.length);
    for (long b : bins) {
      out.add(b);
    }
    return out;
  }
}
