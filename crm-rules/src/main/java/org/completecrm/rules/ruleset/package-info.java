/**
 * Rule sets: the versioned, validated definition of actions (offers and service actions), rules
 * with conditions and effects, additional contact policies, arbitration weights, volume limits,
 * service levels and guardrails, in JSON or through the Java builder.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.ruleset;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
