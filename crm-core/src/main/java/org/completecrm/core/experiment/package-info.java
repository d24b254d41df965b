/**
 * Experiments: champion/challenger variants and control groups, each customer assigned to an arm
 * deterministically by hashing the household (or customer) id with the experiment's seed.
 */
@CrmStyle
@NullMarked
package org.completecrm.core.experiment;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
