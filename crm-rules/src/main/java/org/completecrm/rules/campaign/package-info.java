/**
 * Campaigns across the whole base: a plan that gives each customer of a campaign run at most one
 * action, channel and send instant (or a reason for none) under budgets per offer, channel,
 * segment and total cost, the service teams' capacity for the responses it brings in, one
 * outbound contact per household where configured, and send windows that keep clear of quiet
 * hours. Every candidate comes from the single-customer decision ({@link
 * org.completecrm.rules.Decisions#decide}), so consent, suppression, caps and quiet hours hold
 * exactly as they do for one decision; the allocation maximises total expected value by
 * Lagrangian relaxation with rounds of cut-offs, and reports its gap to the Lagrangian bound.
 * On one machine: {@link org.completecrm.rules.campaign.CampaignPlans}; across machines, with the
 * candidates kept where they were decided and the host running each pass of the allocation over
 * its parts: {@link org.completecrm.rules.campaign.CampaignRun} and {@link
 * org.completecrm.rules.campaign.CampaignPart}, the same plan.
 */
@CrmStyle
package org.completecrm.rules.campaign;

import org.completecrm.core.CrmStyle;
