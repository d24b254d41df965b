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
 */
public record MatchStatistics(
    long records, long candidatePairs, long matchedPairs, long possibleMatches, long guardRefusals,
    long skippedBlocks, long customers) {
  /** Validates that every count is at least zero. */
  public MatchStatistics {
    long[] all = {records, candidatePairs, matchedPairs, possibleMatches, guardRefusals, skippedBlocks, customers};
    for (long v : all) {
      if (v < 0) {
        throw new org.completecrm.core.InvalidValueException("MatchStatistics", v, "counts >= 0");
      }
    }
  }
}
