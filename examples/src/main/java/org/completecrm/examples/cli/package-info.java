/** The {@code crm} command-line tool: one picocli subcommand per class. */
package org.completecrm.examples.cli;
