package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.view.Contact;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.policy.ChannelVerdict;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.QuietHoursPolicy;
import org.jspecify.annotations.Nullable;

/**
 * What the contact policies of one decision work out once and reuse for every candidate: a
 * decision tries a few dozen contacts, on the same channels, for the same few purposes, at the
 * same instant. Belongs to one decision on one thread, like its {@link Facts}.
 */
final class PolicyMemo {
  final Facts facts;
  final PolicySettings settings;
  private final ToDoubleFunction<Channel> cost;
  private @Nullable TriedOrder triedOrder;
  private final Map<Purpose, Optional<Reason>> suppressions = new EnumMap<>(Purpose.class);
  private static final int PURPOSES = Purpose.values().length;
  private static final int CHANNELS = Channel.values().length; // values() clones its array: read once
  /** Consent by channel and purpose ({@code channel * PURPOSES + purpose}), at the decision instant and when sent. */
  private final EffectiveConsent[] consentNow = new EffectiveConsent[CHANNELS * PURPOSES];
  private final EffectiveConsent[] consentWhenSent = new EffectiveConsent[consentNow.length];
  private final Deferral[] deferrals = new Deferral[CHANNELS];
  /** A channel's attempt as the first {@link ContactPolicies#SETTLED} policies left it, by channel and purpose. */
  private final ChannelAttempt[] settled = new ChannelAttempt[consentNow.length];
  /** The verdict on a settled attempt that no later policy changes, made on first use, by channel and purpose. */
  private final ChannelVerdict[] settledVerdicts = new ChannelVerdict[consentNow.length];
  /**
   * A channel's verdict for a purpose once every policy has judged it, by channel and purpose, and
   * the {@link #plans plan} it was judged in (0: never).
   */
  private final ChannelVerdict[] judged = new ChannelVerdict[consentNow.length];
  private final int[] judgedIn = new int[consentNow.length];
  /** The contacts planned as the last contact saw them (the list, its elements by identity) and the most per channel. */
  private @Nullable List<Contact> plannedList;
  private Contact[] plannedSeen = new Contact[0];
  private int plannedCount = -1;
  private int plannedMax;
  /** Counts the plans: a contact with other contacts planned, or another most per channel, begins the next. */
  private int plans;
  private @Nullable List<QuietHours> quietHours;
  private @Nullable List<Boolean> quietAtDecision;
  /** The windowed contacts of each limit seen (by identity, a few per rule set), by send instant. */
  private Object[] limits = new Object[4];
  private WindowedContacts[][] windows = new WindowedContacts[4][];
  private int limitCount;

  PolicyMemo(Facts facts, PolicySettings settings, ToDoubleFunction<Channel> cost) {
    this.facts = facts;
    this.settings = settings;
    this.cost = cost;
  }

  /** The order in which this decision tries channels, worked out on first use. */
  TriedOrder triedOrder() {
    TriedOrder order = triedOrder;
    if (order == null) {
      order = TriedOrder.of(facts.event().sessionChannel(), facts.view().preferences(), cost);
      triedOrder = order;
    }
    return order;
  }

  /** The attempt on {@code ch} for {@code purpose} as the settled policies left it, or null before {@link #settle}. */
  @Nullable ChannelAttempt settled(Channel ch, Purpose purpose) {
    return settled[ch.ordinal() * PURPOSES + purpose.ordinal()];
  }

  /**
   * The verdict on the settled attempt on {@code ch} for {@code purpose} ({@link #settle}), made once:
   * the verdict whenever the policies after the settled ones leave that attempt as it is.
   */
  ChannelVerdict settledVerdict(Channel ch, Purpose purpose) {
    int key = ch.ordinal() * PURPOSES + purpose.ordinal();
    ChannelVerdict v = settledVerdicts[key];
    if (v == null) {
      v = settled[key].verdict(purpose, facts.at());
      settledVerdicts[key] = v;
    }
    return v;
  }

  /** Keeps the attempt on {@code ch} for {@code purpose} as the settled policies left it. */
  void settle(Channel ch, Purpose purpose, ChannelAttempt attempt) {
    settled[ch.ordinal() * PURPOSES + purpose.ordinal()] = attempt;
  }

  /**
   * Begins judging a contact with {@code planned} contacts planned and at most {@code
   * maxPerChannel} per channel: in the same plan as the contact before when both are the same
   * (the same list with the same contacts, by identity), else in a new one, where no verdict judged
   * before is reused.
   */
  void plan(List<Contact> planned, int maxPerChannel) {
    int n = planned.size();
    boolean same = planned == plannedList && n == plannedCount && maxPerChannel == plannedMax;
    for (int i = 0; same && i < n; i++) {
      same = planned.get(i) == plannedSeen[i];
    }
    if (same) {
      return;
    }
    if (n > plannedSeen.length) {
      plannedSeen = new Contact[Math.max(n, 2 * plannedSeen.length)];
    }
    for (int i = 0; i < n; i++) {
      plannedSeen[i] = planned.get(i);
    }
    plannedList = planned;
    plannedCount = n;
    plannedMax = maxPerChannel;
    plans++;
  }

  /** The verdict on {@code ch} for {@code purpose} judged in the current plan, or null. */
  @Nullable ChannelVerdict judged(Channel ch, Purpose purpose) {
    int key = ch.ordinal() * PURPOSES + purpose.ordinal();
    return judgedIn[key] == plans ? judged[key] : null;
  }

  /** Keeps {@code verdict}, judged on {@code ch} for {@code purpose} in the current plan. */
  void judge(Channel ch, Purpose purpose, ChannelVerdict verdict) {
    int key = ch.ordinal() * PURPOSES + purpose.ordinal();
    judged[key] = verdict;
    judgedIn[key] = plans;
  }

  /** The suppression of every contact for {@code purpose}, worked out once per purpose. */
  Optional<Reason> suppression(Purpose purpose, BiFunction<Purpose, PolicyMemo, Optional<Reason>> work) {
    Optional<Reason> known = suppressions.get(purpose);
    if (known == null) {
      known = work.apply(purpose, this);
      suppressions.put(purpose, known);
    }
    return known;
  }

  /** The effective consent on {@code ch} for {@code purpose} at the decision instant or at the channel's send instant. */
  EffectiveConsent consent(Channel ch, Purpose purpose, Instant t) {
    EffectiveConsent[] memo = t.equals(facts.at()) ? consentNow
        : t.equals(deferral(ch).sendAt()) ? consentWhenSent : null;
    if (memo == null) {
      return facts.view().consent().effective(ch, purpose, t);
    }
    int key = ch.ordinal() * PURPOSES + purpose.ordinal();
    EffectiveConsent known = memo[key];
    if (known == null) {
      known = facts.view().consent().effective(ch, purpose, t);
      memo[key] = known;
    }
    return known;
  }

  /** When a contact on {@code ch} can be sent after the quiet hours, worked out once per channel. */
  Deferral deferral(Channel ch) {
    Deferral d = deferrals[ch.ordinal()];
    if (d == null) {
      d = KnownDeferrals.of(facts.at(), quietHours(ch), quietAtDecision(ch));
      deferrals[ch.ordinal()] = d;
    }
    return d;
  }

  /** The quiet hours that apply to {@code ch}: the customer's own, if any, then the rule set's, in the customer's zone. */
  private List<QuietHours> quietHours(Channel ch) {
    List<QuietHours> all = allQuietHours();
    List<QuietHours> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (appliesTo(i, ch)) {
        out.add(all.get(i));
      }
    }
    return out;
  }

  /** Whether the decision instant falls inside a quiet hours that applies to {@code ch}. */
  private boolean quietAtDecision(Channel ch) {
    List<QuietHours> all = allQuietHours();
    List<Boolean> quiet = quietAtDecision;
    for (int i = 0; i < all.size(); i++) {
      if (appliesTo(i, ch) && quiet != null && quiet.get(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean appliesTo(int i, Channel ch) {
    int own = allQuietHours().size() - settings.quietHours().size();
    if (i < own) {
      return true;
    }
    QuietHoursPolicy q = settings.quietHours().get(i - own);
    return q.channels().isEmpty() || q.channels().contains(ch);
  }

  /** The quiet hours of the decision, worked out with whether each holds at the decision instant on first use. */
  private List<QuietHours> allQuietHours() {
    List<QuietHours> known = quietHours;
    if (known != null) {
      return known;
    }
    ChannelPreferences prefs = facts.view().preferences();
    List<QuietHours> all = new ArrayList<>();
    prefs.quietHours().ifPresent(all::add);
    for (QuietHoursPolicy q : settings.quietHours()) {
      all.add(QuietHours.of(q.start(), q.end(), prefs.zone()));
    }
    List<Boolean> quiet = new ArrayList<>(all.size());
    @Nullable ZoneId zone = null;
    LocalTime local = LocalTime.MIDNIGHT;
    for (QuietHours q : all) {
      if (!q.zone().equals(zone)) {
        zone = q.zone();
        local = KnownDeferrals.localTime(facts.at(), zone);
      }
      quiet.add(q.containsLocal(local));
    }
    quietHours = all;
    quietAtDecision = quiet;
    return all;
  }

  /**
   * The timeline's matching outbound contacts near the send instant {@code t}, for one limit
   * ({@code limit}: the customer's frequency or a cap): worked out once per decision and send
   * instant. The contacts counted are those in {@code window} on {@code channel} (any when empty)
   * for {@code purpose} (any when empty), the household's too when {@code household}: all of them
   * the limit's, so that what is counted depends on the limit and {@code t} only. A limit on every
   * channel is asked about each channel tried, and most channels send at the decision instant (the
   * others after the same quiet hours): they share one count, not one per channel as before.
   */
  WindowedContacts windowed(Object limit, Instant t, Duration window, Optional<Channel> channel,
      Optional<Purpose> purpose, boolean household) {
    WindowedContacts[] known = bySendInstant(limit);
    int i = 0;
    while (i < known.length && known[i] != null) {
      if (known[i].around().equals(t)) {
        return known[i];
      }
      i++;
    }
    WindowedContacts w = WindowedContacts.of(facts, t, window, channel, purpose, household);
    known[Math.min(i, known.length - 1)] = w; // a send instant per channel at most: room for each
    return w;
  }

  /** The windowed contacts of {@code limit}, one per send instant in the order first asked (a rule set has a few limits: a scan by identity). */
  private WindowedContacts[] bySendInstant(Object limit) {
    for (int i = 0; i < limitCount; i++) {
      if (limits[i] == limit) {
        return windows[i];
      }
    }
    if (limitCount == limits.length) {
      limits = java.util.Arrays.copyOf(limits, 2 * limitCount);
      windows = java.util.Arrays.copyOf(windows, 2 * limitCount);
    }
    limits[limitCount] = limit;
    windows[limitCount] = new WindowedContacts[CHANNELS];
    return windows[limitCount++];
  }
}
