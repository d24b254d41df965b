/**
 * Guardrail overrides over a period, summarised per guardrail and value tier with a suggested
 * limit: a report for people to decide on, never applied to a rule set by itself.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.override;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
