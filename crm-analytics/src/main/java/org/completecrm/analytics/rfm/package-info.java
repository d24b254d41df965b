/**
 * RFM scores: recency, frequency and monetary value cut into ordered bins (quintiles by default,
 * or custom thresholds), with ties always in the same bin.
 */
@NullMarked
package org.completecrm.analytics.rfm;

import org.jspecify.annotations.NullMarked;
