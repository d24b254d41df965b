/**
 * Customer lifetime value: per-customer scores from a fitted transaction model and spend model
 * (probability alive, expected purchases, expected spend, discounted value over an explicit
 * horizon in the model's time unit), keyed by customer id and rolled up per household.
 */
@NullMarked
package org.completecrm.analytics.clv;

import org.jspecify.annotations.NullMarked;
