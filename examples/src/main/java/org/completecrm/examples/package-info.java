/** Runnable examples of complete CRM, each a {@code main} that prints what happens step by step. */
package org.completecrm.examples;
