/**
 * Interests and topics: a customer's append-only ledger of the topics they stated an interest in
 * (pensions, savings, mortgages, events) and the topics they opted out of, with source and evidence.
 */
@CrmStyle
@NullMarked
package org.completecrm.core.interest;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
