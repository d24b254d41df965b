/**
 * Helpers shared by the analytics packages. Not API: may change without notice.
 */
@NullMarked
package org.completecrm.analytics.internal;

import org.jspecify.annotations.NullMarked;
