/**
 * Campaigns across the whole base: a plan that gives each customer of a campaign run at most one
 * action, channel and send instant (or a reason for none) under budgets per offer, channel,
 * segment and total cost, the service teams' capacity for the responses it brings in, one
 * outbound contact per household where configured, and send windows that keep clear of quiet
 * hours. Every candidate comes from the single-customer decision ({@link
 * org.completecrm.rules.Decisions#decide}), so consent, suppression, caps and quiet hours hold
 * exactly as they do for one decision; the allocation maximises total expected value by
 * Lagrangian relaxation with a greedy repair, and reports its gap to the Lagrangian bound.
 */
@CrmStyle
package org.completecrm.rules.campaign;

import org.completecrm.core.CrmStyle;
