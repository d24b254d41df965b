/** Helpers of explanation texts (instants written fast). Not API: used only inside crm-rules. */
package org.completecrm.rules.explain.internal;
