/**
 * Decisions that learn: arbitration on an adaptive propensity model named by the rule set, with
 * capped Thompson exploration, and decisions made inside an experiment (champion, challenger and
 * control arms), each recording its model, propensities, contributions, experiment and arm.
 */
@NullMarked
package org.completecrm.rules.learning;

import org.jspecify.annotations.NullMarked;
