/**
 * Loyalty analytics: the programme's liability and breakage, forecast member by member from the
 * points ledger, each member's redemption history and their P(alive) and expected purchases from
 * the value models; its run-off over the next periods; and programme economics per tier.
 */
@NullMarked
package org.completecrm.analytics.loyalty;

import org.jspecify.annotations.NullMarked;
