/**
 * Potential value: each household's total wallet (given, or estimated from attributes by a
 * simple linear model), its share of wallet at the firm, the headroom, and its future and
 * potential value from a value model's CLV.
 *
 * <p>Share of wallet is the firm's holdings of the household's members divided by the household's
 * total wallet for the product category (Keiningham, Perkins-Munn and Evans, "The Impact of
 * Customer Satisfaction on Share-of-Wallet", Journal of Service Research 6(1), 2003); headroom is
 * the wallet not yet at the firm.
 */
@NullMarked
package org.completecrm.analytics.potential;

import org.jspecify.annotations.NullMarked;
