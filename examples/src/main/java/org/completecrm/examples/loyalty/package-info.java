/** How a host wires the loyalty parts of the library into a programme's book as of an instant. */
package org.completecrm.examples.loyalty;
