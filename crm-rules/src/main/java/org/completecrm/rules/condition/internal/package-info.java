/**
 * Conditions compiled for the decision path: the catalogue of fields, what one decision knows
 * ({@link org.completecrm.rules.condition.internal.Facts}) and the compiled predicates. Not API:
 * used only inside crm-rules; conditions themselves are values of {@code rules.condition}.
 */
@NullMarked
package org.completecrm.rules.condition.internal;

import org.jspecify.annotations.NullMarked;
