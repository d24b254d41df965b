/** Holdings: what a customer holds at the firm per product, the base of share of wallet and potential value. */
@CrmStyle
@NullMarked
package org.completecrm.core.holding;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
