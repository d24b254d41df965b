/**
 * The foundation of complete CRM: typed identifiers, {@link org.completecrm.core.Money}, the
 * {@link org.completecrm.core.CrmException} family and the project's value style.
 *
 * <p>Every value in the library is immutable, validated on construction and round-trips through
 * {@link org.completecrm.core.json.CrmJson} exactly.
 */
@NullMarked
package org.completecrm.core;

import org.jspecify.annotations.NullMarked;
