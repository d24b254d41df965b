/**
 * The customer's voice, measured: Net Promoter Score and customer satisfaction with confidence
 * intervals per segment, channel, team and topic, warnings when a segment's response rate is too
 * low for its score to be trusted, and idea rankings by the Wilson lower bound, optionally
 * weighted by segment in a way the result shows.
 *
 * <p>Results are Java records: small read-only values that round-trip through {@link
 * org.completecrm.core.json.CrmJson}.
 */
package org.completecrm.analytics.voice;
