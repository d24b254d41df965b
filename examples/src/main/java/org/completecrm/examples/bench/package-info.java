/**
 * JMH benchmarks of the value models: fitting on CDNOW and on a million simulated customers, and
 * scoring ten million customers. Run from the shaded jar, e.g. {@code java -cp
 * examples/target/crm.jar org.openjdk.jmh.Main ValueModelBenchmark -f 1 -wi 2 -i 3}.
 */
package org.completecrm.examples.bench;
