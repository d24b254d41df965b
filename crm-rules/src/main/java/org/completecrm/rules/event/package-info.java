/**
 * What asks for a decision: an event (an inbound call, a campaign run, a web visit, ...) of a
 * kind, with the channel of the customer's session where there is one, and its details.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.event;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
