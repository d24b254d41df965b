/**
 * The contact policies of the decision path. Not API: used only inside crm-rules; a host asks
 * {@link org.completecrm.rules.policy.ContactGate} or decides through {@code Decisions.decide}.
 *
 * <p>Each policy is one package-private class behind {@code ContactPolicy}, listed in the order
 * they apply in {@code ContactPolicies.IN_ORDER}: {@code Suppression}, {@code CoolDown}, {@code
 * OutboundChannel}, {@code Consent}, {@code QuietHoursDeferral}, {@code ConsentWhenSent}, {@code
 * ChannelVolume}, {@code CustomerFrequency}, {@code Caps}. A channel tried for a contact is a
 * {@code ChannelAttempt} that each policy passes on, defers or refuses; what a decision works out
 * once (consent, quiet hours, contacts in a window) is kept in its {@code PolicyMemo}.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.policy.internal;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
