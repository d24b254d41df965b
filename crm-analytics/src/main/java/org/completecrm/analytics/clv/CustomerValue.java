package org.completecrm.analytics.clv;

import java.util.OptionalDouble;
import org.completecrm.core.CustomerId;

/**
 * The value scores of one customer over a horizon.
 *
 * @param customerId the customer
 * @param probabilityAlive P(alive) at the end of the calibration period, in [0, 1]
 * @param expectedPurchases expected purchases over the horizon
 * @param expectedSpend expected spend per purchase, when a spend model was given
 * @param clv discounted expected spend over the horizon, when a spend model was given
 */
public record CustomerValue(
    CustomerId customerId,
    double probabilityAlive,
    double expectedPurchases,
    OptionalDouble expectedSpend,
    OptionalDouble clv) {}
