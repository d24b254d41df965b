/**
 * Loyalty: a programme that rewards the relationship, its append-only points ledger per member,
 * and what is derived from it as of an instant (balance, points expiring next, tier earned by
 * value, household pools), never stored stale.
 */
@CrmStyle
package org.completecrm.core.loyalty;

import org.completecrm.core.CrmStyle;
