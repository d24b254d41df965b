/** The HTML report of the tour and of {@code crm report}: self-contained HTML with SVG charts. */
package org.completecrm.examples.report;
