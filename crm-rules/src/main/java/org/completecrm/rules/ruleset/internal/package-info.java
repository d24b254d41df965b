/**
 * A rule set compiled once when it is built: its rules, conditions and actions in the form a
 * decision uses. Not API: used only inside crm-rules.
 */
@NullMarked
package org.completecrm.rules.ruleset.internal;

import org.jspecify.annotations.NullMarked;
