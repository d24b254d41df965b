/**
 * Contact policies: the consent gate, suppression (open complaints, hardship and similar flags,
 * recent detractors), cool-down after a rejected offer, quiet hours in the customer's time zone,
 * volume per channel, and frequency caps per customer and household, with channel selection.
 *
 * <p>These policies are not rules: every decision passes through them after every rule, and a
 * rule set can only add stricter ones. {@link org.completecrm.rules.policy.ContactGate} answers
 * "may I contact this customer, on which channel, for this purpose, now, and why" for any host.
 *
 * <p>The policies themselves are in {@code org.completecrm.rules.policy.internal} (not API): each
 * is one package-private class behind {@code ContactPolicy}, listed in the order they apply in {@code ContactPolicies.IN_ORDER}: {@code Suppression}, {@code CoolDown}, {@code
 * OutboundChannel}, {@code Consent}, {@code QuietHoursDeferral}, {@code ConsentWhenSent}, {@code
 * ChannelVolume}, {@code CustomerFrequency}, {@code Caps}. A channel tried for a contact is a
 * {@code ChannelAttempt} that each policy passes on, defers or refuses; what a decision works out
 * once (consent, quiet hours, contacts in a window) is kept in its {@code PolicyMemo}.
 */
@CrmStyle
@NullMarked
package org.completecrm.rules.policy;

import org.completecrm.core.CrmStyle;
import org.jspecify.annotations.NullMarked;
