/** Scores: analytic results (values and labels) about a customer or household, as the plain values rules read. */
@CrmStyle
@NullMarked
package org.completecrm.core.score;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
