/**
 * RFM scores: recency, frequency and monetary value cut into ordered bins (quintiles by default,
 * or custom thresholds), with ties always in the same bin.
 */
package org.completecrm.analytics.rfm;
