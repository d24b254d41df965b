/** The 360° customer view: a pure fold of a customer's and household's timeline from several source systems as of an instant. */
@CrmStyle
@NullMarked
package org.completecrm.core.view;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
