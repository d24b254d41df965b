/**
 * Data-subject rights: everything held on a customer exported as one JSON document, and the
 * customer anonymised or erased, as pure functions of the data the host holds.
 */
@CrmStyle
@NullMarked
package org.completecrm.core.privacy;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
