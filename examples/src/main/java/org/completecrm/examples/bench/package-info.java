/** JMH benchmarks of the library at scale, run from the shaded jar ({@code java -cp examples/target/crm.jar org.openjdk.jmh.Main REGEX}). */
package org.completecrm.examples.bench;
