package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.view.Contact;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.NoChannels;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.policy.ChannelVerdict;
import org.completecrm.rules.policy.ContactPermission;

/**
 * The contact policies of one decision, applied to every proposed contact after every rule, in
 * the order of {@link #IN_ORDER}. Built-in policies always apply; a rule set's {@link
 * PolicySettings} only add to them.
 *
 * <p>Channels are tried in the order of {@link TriedOrder}: the customer's live session channel
 * (a call, a visit), then the customer's ranking ({@link ChannelPreferences#rankOf}), then contact
 * cost, then channel order. The first channel every policy allows is chosen.
 *
 * <p>Design note: a campaign run's decision tries some fifty contacts on the same few channels for
 * the same one or two purposes. The per-channel policies that come first (outbound channel,
 * consent, quiet hours, consent when sent) judge by the channel and the purpose only, so what they
 * make of a channel's attempt is kept in the decision's {@link PolicyMemo} and reused for every
 * later contact on that channel for that purpose; the policies that count the offer or the
 * contacts planned so far (volume, frequency, caps) judge every contact. Each policy is still the
 * one class that decides, for a single decision as for a campaign run. {@code
 * ContactPoliciesTest} checks that a decision's policies answer a sequence of contacts exactly as
 * fresh policies answer each one.
 */
public final class ContactPolicies {
  /**
   * The contact policies in the order they apply. The first two refuse a contact on every
   * channel ({@link ContactPolicy.WholeContact}); the others judge each channel tried ({@link
   * ContactPolicy.EachChannel}). Per-channel volume comes before the frequency caps, which count
   * the contacts already planned on the channel.
   */
  static final List<ContactPolicy> IN_ORDER = List.of(
      new Suppression(),
      new HouseholdSuppression(),
      new CoolDown(),
      new OutboundChannel(),
      new Consent(),
      new QuietHoursDeferral(),
      new ConsentWhenSent(),
      new ChannelVolume(),
      new CustomerFrequency(),
      new Caps());

  /** The policies of {@link #IN_ORDER} asked once per contact, in order. */
  static final List<ContactPolicy.WholeContact> WHOLE_CONTACT = kind(ContactPolicy.WholeContact.class);

  /** The policies of {@link #IN_ORDER} asked once per channel tried, in order. */
  static final List<ContactPolicy.EachChannel> EACH_CHANNEL = kind(ContactPolicy.EachChannel.class);

  /**
   * How many of {@link #EACH_CHANNEL}, from the first, judge by channel and purpose only ({@link
   * ContactPolicy.EachChannel#byChannelAndPurpose}): a decision asks them once per channel and
   * purpose and keeps what they made of the attempt in its memo, instead of once per candidate.
   */
  static final int SETTLED = settled();

  private final PolicyMemo memo;

  private ContactPolicies(PolicyMemo memo) {
    this.memo = memo;
  }

  private static int settled() {
    int n = 0;
    while (n < EACH_CHANNEL.size() && EACH_CHANNEL.get(n).byChannelAndPurpose()) {
      n++;
    }
    return n;
  }

  private static <P extends ContactPolicy> List<P> kind(Class<P> kind) {
    return IN_ORDER.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The policies for one decision, with the rule set's additions and its channel costs. */
  public static ContactPolicies of(Facts facts, PolicySettings settings, ToDoubleFunction<Channel> cost) {
    return new ContactPolicies(new PolicyMemo(facts, settings, cost));
  }

  /**
   * May the customer be contacted for {@code purpose} on one of {@code channels}? The policies that
   * refuse a whole contact are asked first, once; then each channel the action supports, in the
   * decision's {@link TriedOrder}, passes the per-channel policies until one allows it.
   *
   * @param purpose the purpose of the contact
   * @param channels the channels the action supports
   * @param offer the offer, for the cool-down after a rejection
   * @param actionCoolDown a longer cool-down the action asks for
   * @param planned contacts already planned in this decision (they count against caps)
   * @param maxPerChannel the most outbound contacts per channel in one decision
   */
  public ContactPermission permission(Purpose purpose, Set<Channel> channels, Optional<OfferId> offer,
      Optional<Duration> actionCoolDown, List<Contact> planned, int maxPerChannel) {
    ProposedContact contact = new ProposedContact(purpose, channels, offer, actionCoolDown, planned, maxPerChannel);
    for (ContactPolicy.WholeContact policy : WHOLE_CONTACT) {
      Optional<Reason> refused = policy.refuseEveryChannel(contact, memo);
      if (refused.isPresent()) {
        return ContactPermission.refused(purpose, refused.get());
      }
    }
    if (channels.isEmpty()) {
      return ContactPermission.refused(purpose, new NoChannels());
    }
    TriedOrder order = memo.triedOrder();
    Instant at = memo.facts.at();
    Channel[] supported = order.of(channels);
    ChannelVerdict[] tried = new ChannelVerdict[supported.length];
    int n = 0;
    for (Channel ch : supported) {
      ChannelAttempt attempt = memo.settled(ch, purpose);
      if (attempt == null) {
        attempt = ChannelAttempt.of(ch, order.delivery(ch), at);
        for (int i = 0; i < SETTLED && !attempt.refused(); i++) {
          attempt = EACH_CHANNEL.get(i).judge(attempt, contact, memo);
        }
        memo.settle(ch, purpose, attempt);
      }
      for (int i = SETTLED; i < EACH_CHANNEL.size() && !attempt.refused(); i++) {
        attempt = EACH_CHANNEL.get(i).judge(attempt, contact, memo);
      }
      ChannelVerdict verdict = attempt.verdict(purpose, at);
      tried[n++] = verdict;
      if (verdict.allowed()) {
        return ContactPermission.allowed(purpose, verdict, triedSoFar(tried, n));
      }
    }
    return ContactPermission.refused(purpose, triedSoFar(tried, n));
  }

  /** The first {@code n} verdicts of {@code tried}, unmodifiable. */
  private static List<ChannelVerdict> triedSoFar(ChannelVerdict[] tried, int n) {
    return List.of(n == tried.length ? tried : Arrays.copyOf(tried, n));
  }
}
