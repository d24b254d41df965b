/** The customer: a person or organisation, their names, addresses and contact points, and the source records they were built from. */
@CrmStyle
@NullMarked
package org.completecrm.core.customer;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
