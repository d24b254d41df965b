/**
 * Helpers shared by the analytics packages. Not API: may change without notice.
 */
package org.completecrm.analytics.internal;
