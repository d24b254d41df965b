/**
 * The preference centre: a customer's self-service request (opt in or out, confirm a double
 * opt-in, unsubscribe from a channel, quiet hours, data export or erasure) turned into new consent
 * ledger entries with evidence, or a refusal with reasons in plain words.
 */
@CrmStyle
@NullMarked
package org.completecrm.core.preference;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
