/**
 * Closing the loop: when an idea a customer voted for changes status, or a market they traded in
 * resolves, tell exactly the customers involved, through the consent gate and their preferred
 * channels, and say why each one was or was not told.
 */
@NullMarked
package org.completecrm.rules.loop;

import org.jspecify.annotations.NullMarked;
