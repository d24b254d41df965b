/**
 * Contact policies: the consent gate, suppression (open complaints, hardship and similar flags,
 * recent detractors), cool-down after a rejected offer, frequency caps per customer and household,
 * and quiet hours in the customer's time zone, with channel selection.
 *
 * <p>These policies are not rules: every decision passes through them after every rule, and a
 * rule set can only add stricter ones. {@link org.completecrm.rules.policy.ContactGate} answers
 * "may I contact this customer, on which channel, for this purpose, now, and why" for any host.
 */
@CrmStyle
package org.completecrm.rules.policy;

import org.completecrm.core.CrmStyle;
