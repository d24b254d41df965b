/**
 * Interaction rules for complete CRM: the pure decision function {@link
 * org.completecrm.rules.Decisions#decide} from an event, a customer view, scores, a rule set and an
 * instant to an explained decision.
 */
package org.completecrm.rules;
