/**
 * The relationship timeline: what has happened between a customer and the firm (interactions,
 * transactions, offers, cases, feedback, flags, overrides) and what was promised (commitments),
 * as immutable events from any source system.
 */
@CrmStyle
@NullMarked
package org.completecrm.core.timeline;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
