/**
 * A rule set compiled once when it is built: its rules, conditions and actions in the form a
 * decision uses. Not API: used only inside crm-rules.
 */
package org.completecrm.rules.ruleset.internal;
