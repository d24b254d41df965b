/** JSON: the one configured Jackson mapper and the translation of its errors into {@link org.completecrm.core.InvalidValueException} with a JSON path. */
@NullMarked
package org.completecrm.core.json;

import org.jspecify.annotations.NullMarked;
