/**
 * Responses: personalised message templates filled from the customer view, commitments created
 * from service-level definitions, escalation and routing of overdue commitments, and frontline
 * guardrails with recorded overrides, summarised per guardrail and tier with a suggested limit for
 * people to decide on.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.response;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
