/** JMH benchmarks of the library, run from the {@code crm} jar; not part of the tests. */
package org.completecrm.examples.bench;
