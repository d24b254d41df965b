/** Runnable worked examples of the library, each a {@code main} that prints what it computes. */
package org.completecrm.examples;
