/**
 * Identity corrections carried through: when a resolution merges or unmerges customers, {@link
 * org.completecrm.core.rekey.Rekey} moves everything the library holds under the old ids (consent
 * ledgers, timeline events, commitments, holdings, household memberships, votes, ideas, market
 * positions and scores) to the new ones, and back again exactly on an unmerge.
 */
@CrmStyle
@NullMarked
package org.completecrm.core.rekey;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
