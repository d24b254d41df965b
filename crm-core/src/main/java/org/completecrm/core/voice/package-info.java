/**
 * The customer's voice: ideas on a topic with their status history, votes (one customer or one
 * household, one vote per idea) and prediction markets run by a logarithmic market scoring rule
 * market maker, all as immutable values changed only by pure functions.
 *
 * <p>Business refusals (a second vote, a trade beyond the budget, a trade in a resolved market)
 * are values with a reason in plain words ({@link org.completecrm.core.voice.VoteDecision},
 * {@link org.completecrm.core.voice.TradeDecision}); exceptions are for invalid input only.
 */
@CrmStyle
@NullMarked
package org.completecrm.core.voice;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
