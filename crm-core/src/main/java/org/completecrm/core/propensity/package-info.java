/**
 * Adaptive propensity: a model per action and channel, learned from outcomes by naive Bayes over
 * binned predictors with evidence counts, calibrated on its own outcomes, and read by decisions
 * as a propensity with the predictors' contributions and, for exploration, a Thompson sample.
 *
 * <p>The model lives in crm-core so that crm-analytics (which derives outcomes and learns) and
 * crm-rules (which scores candidates) share one value without depending on each other.
 */
@CrmStyle
@NullMarked
package org.completecrm.core.propensity;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
