/**
 * Identity resolution: source records from disparate systems resolved into customers, losslessly
 * and reversibly, and customers into suggested households.
 */
@CrmStyle
package org.completecrm.core.identity;

import org.completecrm.core.CrmStyle;
