/**
 * The library's pure functions on Apache Spark: value-model scoring, summaries from raw
 * transactions, cost-to-serve, identity resolution and campaign plans; the same code,
 * partitioned over a cluster, with results equal to a single machine's.
 */
package org.completecrm.examples.spark;
