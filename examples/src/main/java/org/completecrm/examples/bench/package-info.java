/**
 * JMH benchmarks of the library at scale, run from the shaded jar: {@code java -cp
 * examples/target/crm.jar org.openjdk.jmh.Main REGEX -f 1 -wi 2 -i 3} (for example {@code
 * ValueModelBenchmark}, {@code DecisionBenchmark}, {@code CostToServeBenchmark}).
 */
package org.completecrm.examples.bench;
