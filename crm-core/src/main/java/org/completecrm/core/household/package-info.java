/** Households: members with roles and validity periods, and the operations join, leave, move, merge and split that never lose history. */
@CrmStyle
@NullMarked
package org.completecrm.core.household;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
