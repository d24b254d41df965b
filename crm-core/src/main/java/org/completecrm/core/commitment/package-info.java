/** Commitments: what is supposed to happen for a customer (call-backs, deliveries, follow-ups, replies), with status derived for any instant. */
@CrmStyle
@NullMarked
package org.completecrm.core.commitment;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
