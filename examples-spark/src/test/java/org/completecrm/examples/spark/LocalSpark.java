package org.completecrm.examples.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session of this module's tests: local[2], loopback only, no UI, four shuffle partitions. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession session(String name) {
    return SparkSession.builder().appName(name).master("local[2]")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }
}
