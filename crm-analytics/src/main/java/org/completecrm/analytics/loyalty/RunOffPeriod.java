package org.completecrm.analytics.loyalty;

import java.time.Instant;

/**
 * One period of the liability's run-off: the outstanding points expected to be redeemed and to
 * expire unredeemed in it, and the liability left at its end.
 *
 * @param from the period's start
 * @param until its end
 * @param expectedRedemption points of today's balances expected to be redeemed in the period
 * @param expectedBreakage points of today's balances expected to expire unredeemed in it
 * @param liabilityAtEnd the value of today's points still expected to be redeemed after it
 */
public record RunOffPeriod(Instant from, Instant until, double expectedRedemption, double expectedBreakage,
    double liabilityAtEnd) {}
