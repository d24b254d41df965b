/**
 * Interaction rules for complete CRM: the pure decision function {@link
 * org.completecrm.rules.Decisions#decide} from an event, a customer view, scores, a rule set and an
 * instant to an explained decision, and {@link org.completecrm.rules.DecisionContext}, the inputs
 * of one decision as one JSON document.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
