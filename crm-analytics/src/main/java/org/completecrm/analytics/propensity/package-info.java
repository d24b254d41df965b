/**
 * Propensity for next-best-action: a logistic regression over features of the 360° view
 * (probability alive from the value models passed in as a number), trained by seeded stochastic
 * gradient descent and updated online from each offer response, giving the {@code
 * propensity.<offer>} scores that rule sets read.
 */
@NullMarked
package org.completecrm.analytics.propensity;

import org.jspecify.annotations.NullMarked;
