/** Helpers shared by the crm-core packages. Not API: may change in any release. */
package org.completecrm.core.internal;
