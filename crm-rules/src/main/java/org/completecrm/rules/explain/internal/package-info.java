/** Helpers of explanation texts (instants written fast). Not API: used only inside crm-rules. */
@NullMarked
package org.completecrm.rules.explain.internal;

import org.jspecify.annotations.NullMarked;
