/** Consent: a customer's append-only ledger of grants and withdrawals per channel and purpose, and the effective consent at an instant. */
@CrmStyle
@NullMarked
package org.completecrm.core.consent;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
