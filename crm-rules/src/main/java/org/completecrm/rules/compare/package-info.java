/**
 * Comparing two decisions about one customer: what a new version of the rule set, or a later
 * instant, changes in the actions chosen, the candidates dropped, the rules fired, the promises
 * made and escalated, the frontline's room to act and what the employee is told, in plain words.
 */
@CrmStyle
package org.completecrm.rules.compare;

import org.completecrm.core.CrmStyle;
