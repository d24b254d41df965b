package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
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
  private final Map<Channel, Map<Purpose, EffectiveConsent>> consentNow = new EnumMap<>(Channel.class);
  private final Map<Channel, Map<Purpose, EffectiveConsent>> consentWhenSent = new EnumMap<>(Channel.class);
  private final Map<Channel, Deferral> deferrals = new EnumMap<>(Channel.class);
  private @Nullable List<QuietHours> quietHours;
  private @Nullable List<Boolean> quietAtDecision;
  private final Map<Object, Map<Channel, WindowedContacts>> windows = new IdentityHashMap<>();

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
    Map<Channel, Map<Purpose, EffectiveConsent>> memo = t.equals(facts.at()) ? consentNow
        : t.equals(deferral(ch).sendAt()) ? consentWhenSent : null;
    if (memo == null) {
      return facts.view().consent().effective(ch, purpose, t);
    }
    Map<Purpose, EffectiveConsent> byPurpose = memo.computeIfAbsent(ch, c -> new EnumMap<>(Purpose.class));
    EffectiveConsent known = byPurpose.get(purpose); // no computeIfAbsent: its lambda would be made on every call
    if (known == null) {
      known = facts.view().consent().effective(ch, purpose, t);
      byPurpose.put(purpose, known);
    }
    return known;
  }

  /** When a contact on {@code ch} can be sent after the quiet hours, worked out once per channel. */
  Deferral deferral(Channel ch) {
    Deferral d = deferrals.get(ch);
    if (d == null) {
      d = Deferral.of(facts.at(), quietHours(ch), quietAtDecision(ch));
      deferrals.put(ch, d);
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
        local = facts.at().atZone(zone).toLocalTime();
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
    Map<Channel, WindowedContacts> byChannel = windows.computeIfAbsent(limit, l -> new EnumMap<>(Channel.class));
    WindowedContacts w = byChannel.get(ch);
    if (w == null || !w.around().equals(t)) {
      w = WindowedContacts.of(facts, t, window, channel, purpose, household);
      byChannel.put(ch, w);
    }
    return w;
  }
}
