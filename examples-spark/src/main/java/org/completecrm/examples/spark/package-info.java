/** The library's pure scoring functions on Apache Spark: the same code, partitioned over a cluster. */
package org.completecrm.examples.spark;
