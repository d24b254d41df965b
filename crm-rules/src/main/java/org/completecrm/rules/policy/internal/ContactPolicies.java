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
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.NoChannels;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.policy.ChannelVerdict;
import org.completecrm.rules.policy.ContactPermission;
import org.jspecify.annotations.Nullable;

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
 * contacts planned so far (volume, frequency, caps) judge every contact. The policies that
 * judge every contact read nothing of it but its purpose, the contacts planned and the most per
 * channel ({@link ContactPolicy.EachChannel}): the offer and the cool-down are the whole-contact
 * policies'. So between two contacts planned (a campaign run's decision tries a dozen candidates on
 * the same channels before the next one is chosen, and every later candidate once the caps are
 * reached), a channel's final verdict for a purpose is kept too and reused while the contacts
 * planned (the same list, the same contacts by identity) and the most per channel are those it was
 * judged with ({@link PolicyMemo#plan}). Each policy is still the one class that decides, for a
 * single decision as for a campaign run. {@code
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
  /** The contact being answered, told each in turn. */
  private final ProposedContact contact = new ProposedContact();
  /** The answer on the last contact, overwritten by the next ({@link #answer}). */
  private final ContactAnswer answer = new ContactAnswer();

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
    return permission(purpose, channelMask(channels), offer, actionCoolDown, planned, maxPerChannel);
  }

  /**
   * {@link #permission(Purpose, Set, Optional, Optional, List, int)} for the channels of the bit set
   * {@code channels} ({@link #channelMask}), which a caller asking for the same channels again
   * makes once.
   */
  public ContactPermission permission(Purpose purpose, int channels, Optional<OfferId> offer,
      Optional<Duration> actionCoolDown, List<Contact> planned, int maxPerChannel) {
    return answer(purpose, channels, offer, actionCoolDown, planned, maxPerChannel).permission();
  }

  /**
   * The policies' answer on a contact, as {@link #permission(Purpose, int, Optional, Optional, List,
   * int)} gives it, before it is made a {@link ContactPermission}: for a caller that reads only
   * whether, where and when (a campaign run's decision), which a permission's checks and optional
   * parts would cost more than the policies' own work. The answer is these policies' own, read
   * before the next contact is asked about: the next call overwrites it (a decision asks about some
   * fifty contacts and reads each answer at once; one answer each was a tenth of what the policies
   * allocated).
   */
  public ContactAnswer answer(Purpose purpose, int channels, Optional<OfferId> offer, Optional<Duration> actionCoolDown,
      List<Contact> planned, int maxPerChannel) {
    ProposedContact contact = this.contact.propose(purpose, channels, offer, actionCoolDown, planned, maxPerChannel);
    for (ContactPolicy.WholeContact policy : WHOLE_CONTACT) {
      Optional<Reason> refused = policy.refuseEveryChannel(contact, memo);
      if (refused.isPresent()) {
        return answer.refused(purpose, refused.get());
      }
    }
    int count = Integer.bitCount(channels & ((1 << TriedOrder.CHANNELS) - 1));
    if (count == 0) {
      return answer.refused(purpose, new NoChannels());
    }
    TriedOrder order = memo.triedOrder();
    memo.plan(planned, maxPerChannel);
    ChannelVerdict[] tried = answer.tried;
    int n = 0;
    for (int i = order.next(channels, 0); n < count; i = order.next(channels, i + 1)) { // the set's channels, in order
      Channel ch = order.channel(i);
      ChannelVerdict verdict = memo.judged(ch, purpose);
      if (verdict == null) {
        verdict = judge(ch, order, contact);
        memo.judge(ch, purpose, verdict);
      }
      tried[n++] = verdict;
      if (verdict.allowed()) {
        break;
      }
    }
    return answer.tried(purpose, n);
  }

  /**
   * The contact policies' answer on one contact: refused outright, or the verdicts on the channels
   * tried in order, the last allowed when contact is; {@link #permission} makes it the public
   * {@link ContactPermission}. One per decision's policies, overwritten by each {@link
   * ContactPolicies#answer}: read it before asking again.
   */
  public static final class ContactAnswer {
    private Purpose purpose = Purpose.SERVICE;
    private @Nullable Reason refusal;
    /** The verdicts on the channels tried, in order: the first {@link #n}. */
    private final ChannelVerdict[] tried = new ChannelVerdict[TriedOrder.CHANNELS];
    private int n;

    private ContactAnswer() {}

    /** This answer made a refusal on every channel, for {@code why}. */
    private ContactAnswer refused(Purpose purpose, Reason why) {
      this.purpose = purpose;
      this.refusal = why;
      this.n = 0;
      return this;
    }

    /** This answer made the verdicts on the first {@code n} channels of {@link #tried}. */
    private ContactAnswer tried(Purpose purpose, int n) {
      this.purpose = purpose;
      this.refusal = null;
      this.n = n;
      return this;
    }

    /** Whether contact is allowed on some channel. */
    public boolean allowed() {
      return n > 0 && tried[n - 1].allowed();
    }

    /** The channel chosen; only when {@link #allowed}. */
    public Channel channel() {
      return chosen().channel();
    }

    /** How the contact is delivered; only when {@link #allowed}. */
    public Delivery delivery() {
      return chosen().delivery().orElseThrow();
    }

    /** When to send; only when {@link #allowed}. */
    public Instant sendAt() {
      return chosen().sendAt().orElseThrow();
    }

    private ChannelVerdict chosen() {
      if (!allowed()) {
        throw new org.completecrm.core.InvalidValueException("ContactAnswer.channel", "refused",
            "an answer that allows contact (ask allowed() first)");
      }
      return tried[n - 1];
    }

    /** The decisive reason, as {@link ContactPermission#decisive} gives it. */
    public Reason decisive() {
      if (refusal != null) {
        return refusal;
      }
      return allowed() ? tried[n - 1].reason() : tried[0].reason();
    }

    /** The answer as a {@link ContactPermission}. */
    public ContactPermission permission() {
      if (refusal != null) {
        return ContactPermission.refused(purpose, refusal);
      }
      List<ChannelVerdict> verdicts = triedSoFar(tried, n);
      return allowed() ? ContactPermission.allowed(purpose, tried[n - 1], verdicts)
          : ContactPermission.refused(purpose, verdicts);
    }
  }

  /** The bit set of {@code channels}, {@code 1 << ordinal} for each, as {@link #permission(Purpose, int, Optional, Optional, List, int)} takes it. */
  public static int channelMask(Set<Channel> channels) {
    return TriedOrder.mask(channels);
  }

  /** The verdict of the per-channel policies on {@code ch} for {@code contact}. */
  private ChannelVerdict judge(Channel ch, TriedOrder order, ProposedContact contact) {
    Purpose purpose = contact.purpose();
    ChannelAttempt settled = memo.settled(ch, purpose);
    if (settled == null) {
      settled = ChannelAttempt.of(ch, order.delivery(ch), memo.facts.at());
      for (int i = 0; i < SETTLED && !settled.refused(); i++) {
        settled = EACH_CHANNEL.get(i).judge(settled, contact, memo);
      }
      memo.settle(ch, purpose, settled);
    }
    ChannelAttempt attempt = settled;
    for (int i = SETTLED; i < EACH_CHANNEL.size() && !attempt.refused(); i++) {
      attempt = EACH_CHANNEL.get(i).judge(attempt, contact, memo);
    }
    // Left as settled (refused by consent, or allowed by every later policy): the verdict made once.
    return attempt == settled ? memo.settledVerdict(ch, purpose) : attempt.verdict(purpose, memo.facts.at());
  }

  /** The first {@code n} verdicts of {@code tried}, unmodifiable. */
  private static List<ChannelVerdict> triedSoFar(ChannelVerdict[] tried, int n) {
    return List.of(Arrays.copyOf(tried, n));
  }
}
