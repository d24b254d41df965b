package org.completecrm.rules.campaign;

/**
 * The host's side of a distributed campaign allocation: runs one pass over every part of the run
 * and adds up what the parts return. On a cluster, a pass is one job: ship {@code pass} (small) to
 * where each {@link CampaignPart} lives, call {@link CampaignPart#apply(CampaignRun,
 * AllocationPass)} there, and reduce the results with {@link AllocationPass#add(long[], long[])}.
 * The sum is exact and associative, so any grouping and order of the parts gives the same result.
 *
 * <pre>{@code
 * CampaignAllocation allocation = run.allocate(pass ->
 *     parts.map(p -> p.apply(run, pass)).reduce(AllocationPass::add));   // e.g. a Spark RDD of parts
 * }</pre>
 */
@FunctionalInterface
public interface AllocationRunner {
  /**
   * The element-by-element sum of {@code part.apply(run, pass)} over every part of the run.
   *
   * @param pass the pass to run on every part
   * @return the sum of the parts' results (every part's result has the same length)
   */
  long[] run(AllocationPass pass);
}
