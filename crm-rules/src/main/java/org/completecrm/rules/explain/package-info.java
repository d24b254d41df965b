/**
 * Explanations: the decision as a value, with every candidate action, the stage that kept or
 * dropped it and the rule, policy or consent entry that did so, in words a frontline employee
 * can read.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.explain;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
