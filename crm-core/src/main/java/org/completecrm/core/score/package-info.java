/** Scores: analytic results (values and labels) about a customer or household, as the plain values rules read. */
@CrmStyle
package org.completecrm.core.score;

import org.completecrm.core.CrmStyle;
