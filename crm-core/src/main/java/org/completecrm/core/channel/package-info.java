/** Channels, purposes of contact and a customer's channel preferences (ranking, quiet hours, frequency, language). */
@CrmStyle
@NullMarked
package org.completecrm.core.channel;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
