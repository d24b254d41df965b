/**
 * Conditions of interaction rules: the triggering event, the catalogue of fields a rule can test
 * (event, customer view, scores, time), the JSON form of a condition and its compiled predicate.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.condition;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
