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
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.Reason;
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
  /** Consent by channel and purpose ({@code channel * PURPOSES + purpose}), at the decision instant and when sent. */
  private final EffectiveConsent[] consentNow = new EffectiveConsent[Channel.values().length * PURPOSES];
  private final EffectiveConsent[] consentWhenSent = new EffectiveConsent[consentNow.length];
  private final Deferral[] deferrals = new Deferral[Channel.values().length];
  /** A channel's attempt as the first {@link ContactPolicies#SETTLED} policies left it, by channel and purpose. */
  private final ChannelAttempt[] settled = new ChannelAttempt[consentNow.length];
  private @Nullable List<QuietHours> quietHours;
  private @Nullable List<Boolean> quietAtDecision;
  /** The windowed contacts of each limit seen (by identity, a few per rule set) and channel. */
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

  /** Keeps the attempt on {@code ch} for {@code purpose} as the settled policies left it. */
  void settle(Channel ch, Purpose purpose, ChannelAttempt attempt) {
    settled[ch.ordinal() * PURPOSES + purpose.ordinal()] = attempt;
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
   * The timeline's matching outbound contacts near the send instant {@code t} on {@code ch}, for
   * one limit ({@code limit}: the customer's frequency or a cap): worked out once per decision, as
   * {@code t} is the same for every contact on one channel. The contacts counted are those in
   * {@code window} on {@code channel} (any when empty) for {@code purpose} (any when empty), the
   * household's too when {@code household}.
   */
  WindowedContacts windowed(Object limit, Channel ch, Instant t, Duration window, Optional<Channel> channel,
      Optional<Purpose> purpose, boolean household) {
    WindowedContacts[] byChannel = byChannel(limit);
    WindowedContacts w = byChannel[ch.ordinal()];
    if (w == null || !w.around().equals(t)) {
      w = WindowedContacts.of(facts, t, window, channel, purpose, household);
      byChannel[ch.ordinal()] = w;
    }
    return w;
  }

  /** The windowed contacts of {@code limit} by channel ordinal (a rule set has a few limits: a scan by identity). */
  private WindowedContacts[] byChannel(Object limit) {
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
    windows[limitCount] = new WindowedContacts[Channel.values().length];
    return windows[limitCount++];
  }
}
