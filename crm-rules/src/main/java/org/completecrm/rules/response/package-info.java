/**
 * Responses: personalised message templates filled from the customer view, commitments created
 * from service-level definitions, escalation and routing of overdue commitments, and frontline
 * guardrails with recorded overrides.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.response;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
