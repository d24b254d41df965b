package org.completecrm.rules.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.completecrm.core.OfferId;
import org.completecrm.core.internal.Instants;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.view.Contact;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.core.view.TimelineIndex;
import org.completecrm.rules.condition.Facts;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.response.Durations;
import org.completecrm.rules.ruleset.CapPolicy;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.QuietHoursPolicy;

/**
 * The contact policies of one decision, applied to every proposed contact after every rule:
 * suppression, cool-down, channel selection, consent, quiet hours, frequency caps.
 *
 * <p>Built-in policies always apply; a rule set's {@link PolicySettings} only add to them.
 * Channels are tried in this order: the customer's live session channel (a call, a visit), then
 * the customer's ranking ({@link ChannelPreferences#rankOf}), then contact cost, then channel
 * order. The first channel every policy allows is chosen.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Suppression (marketing and research): flags {@code hardship}, {@code vulnerable}, {@code
 *       deceased} and the rule set's; an open complaint (marketing); a detractor answer (NPS 0-6,
 *       CSAT 1-2) within the detractor window (90 days or longer).
 *   <li>Cool-down: an offer the customer rejected within the cool-down (30 days or longer) is not
 *       offered again.
 *   <li>Consent: an outbound contact needs effective consent for the channel and purpose at the
 *       decision instant and at the instant it is sent; marketing and research in the customer's
 *       own session need it too. Service answers in a session the customer started do not.
 *   <li>Quiet hours (outbound): the customer's own and the rule set's, in the customer's time
 *       zone; a contact due inside them is deferred to the next allowed instant, not dropped.
 *   <li>Caps (outbound): the customer's stated frequency (for marketing and research, counting
 *       every outbound contact) and the rule set's caps, counted in every window that contains
 *       the contact's instant, over the timeline (and the household's where configured) and the
 *       contacts already planned in this decision.
 * </ol>
 */
public final class ContactPolicies {
  /** Quiet from the decision until this much later means quiet at every local time of day (two days and a DST hour). */
  private static final java.time.Duration UNTIL_PROVEN = java.time.Duration.ofHours(50);

  private final Facts facts;
  private final PolicySettings settings;
  private final ToDoubleFunction<Channel> cost;
  private static final Channel[] ALL_CHANNELS = Channel.values();
  private static final int CHANNELS = ALL_CHANNELS.length;
  private static final int PURPOSES = Purpose.values().length;

  // Worked out once per decision, indexed by purpose and channel ordinals (null: not yet).
  private final EffectiveConsent[] consentNow = new EffectiveConsent[PURPOSES * CHANNELS];
  private final List<Optional<Reason>> suppressions = new ArrayList<>(java.util.Collections.nCopies(PURPOSES, null));
  private final Deferral[] deferrals = new Deferral[CHANNELS];
  private List<QuietHours> quietHours;
  private byte[] quietAtDecision;
  private ZoneId localZone;
  private LocalTime localAtDecision;
  private List<List<Instant>> capTimes;
  private Instant[] capTimesAt;
  private Channel[] triedOrder;
  private final ChannelVerdict[] sessionVerdicts = new ChannelVerdict[PURPOSES];
  private final OutboundGate[] gates = new OutboundGate[PURPOSES * CHANNELS];
  private final ChannelVerdict[] volumeRefusals = new ChannelVerdict[CHANNELS];
  private final int[] volumeCounts = new int[CHANNELS];
  private final int[] volumeLimits = new int[CHANNELS];

  private ContactPolicies(Facts facts, PolicySettings settings, ToDoubleFunction<Channel> cost) {
    this.facts = facts;
    this.settings = settings;
    this.cost = cost;
  }

  /** The policies for one decision, with the rule set's additions and its channel costs. */
  public static ContactPolicies of(Facts facts, PolicySettings settings, ToDoubleFunction<Channel> cost) {
    return new ContactPolicies(facts, settings, cost);
  }

  /**
   * May the customer be contacted for {@code purpose} on one of {@code channels}?
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
    Optional<Reason> suppressed = suppressions.get(purpose.ordinal());
    if (suppressed == null) {
      suppressed = suppression(purpose);
      suppressions.set(purpose.ordinal(), suppressed);
    }
    if (suppressed.isEmpty() && offer.isPresent()) {
      suppressed = coolDown(offer.get(), actionCoolDown);
    }
    if (suppressed.isPresent()) {
      return ContactPermission.refused(purpose, suppressed.get());
    }
    int mask = maskOf(channels);
    if (mask == 0) {
      return ContactPermission.refused(purpose,
          Reason.of(Stage.CONTACT_POLICY, "policy:channels", "The action names no channel to use."));
    }
    if (triedOrder == null) {
      triedOrder = triedOrder();
    }
    Optional<Channel> session = facts.event().sessionChannel();
    ChannelVerdict[] verdicts = new ChannelVerdict[Integer.bitCount(mask)];
    int tried = 0;
    for (Channel ch : triedOrder) {
      if ((mask & 1 << ch.ordinal()) == 0) {
        continue;
      }
      ChannelVerdict v = session.isPresent() && ch == session.get()
          ? sessionVerdict(ch, purpose)
          : outbound(ch, purpose, planned, maxPerChannel);
      verdicts[tried++] = v;
      if (v.allowed()) {
        return ContactPermission.allowed(purpose, v, tried(verdicts, tried));
      }
    }
    return ContactPermission.refused(purpose, tried(verdicts, tried));
  }

  /** One bit per channel ordinal (fewer than 32 channels), read without an iterator. */
  private static int maskOf(Set<Channel> channels) {
    int mask = 0;
    for (Channel c : ALL_CHANNELS) {
      if (channels.contains(c)) {
        mask |= 1 << c.ordinal();
      }
    }
    return mask;
  }

  private static List<ChannelVerdict> tried(ChannelVerdict[] verdicts, int n) {
    return n == 1 ? List.of(verdicts[0]) : n == 2 ? List.of(verdicts[0], verdicts[1])
        : List.of(java.util.Arrays.copyOf(verdicts, n));
  }

  /** Every channel in the order channels are tried: session first, then rank, then cost, then the enum's order. */
  private Channel[] triedOrder() {
    Channel[] all = Channel.values();
    Optional<Channel> session = facts.event().sessionChannel();
    List<Channel> ranked = facts.view().preferences().rankedChannels();
    int[] rank = new int[all.length];
    java.util.Arrays.fill(rank, ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      rank[ranked.get(i).ordinal()] = i;
    }
    session.ifPresent(c -> rank[c.ordinal()] = -1);
    double[] costs = new double[all.length];
    for (Channel c : all) {
      costs[c.ordinal()] = cost.applyAsDouble(c);
    }
    for (int i = 1; i < all.length; i++) {
      Channel c = all[i];
      int j = i - 1;
      for (; j >= 0 && triedAfter(all[j], c, rank, costs); j--) {
        all[j + 1] = all[j];
      }
      all[j + 1] = c;
    }
    return all;
  }

  private static boolean triedAfter(Channel a, Channel b, int[] rank, double[] costs) {
    int x = a.ordinal();
    int y = b.ordinal();
    if (rank[x] != rank[y]) {
      return rank[x] > rank[y];
    }
    int c = Double.compare(costs[x], costs[y]);
    return c != 0 ? c > 0 : x > y;
  }

  private Optional<Reason> suppression(Purpose purpose) {
    if (purpose != Purpose.MARKETING && purpose != Purpose.RESEARCH) {
      return Optional.empty();
    }
    String flag = null; // the first suppressing flag in alphabetical order
    for (String f : facts.view().flags()) {
      if ((PolicySettings.BUILT_IN_SUPPRESSION_FLAGS.contains(f) || settings.suppressionFlags().contains(f))
          && (flag == null || f.compareTo(flag) < 0)) {
        flag = f;
      }
    }
    if (flag != null) {
      String raised = flag;
      return Optional.of(Reason.worded(Stage.CONTACT_POLICY, "policy:suppression.flag",
          () -> "No " + words(purpose) + " contact: the customer's '" + raised + "' flag is raised."));
    }
    if (purpose == Purpose.MARKETING && !facts.openComplaints().isEmpty()) {
      ServiceCase c = facts.openComplaints().get(0);
      return Optional.of(Reason.worded(Stage.CONTACT_POLICY, "policy:suppression.open-complaint",
          () -> "No marketing while complaint " + c.id() + " (opened " + Instants.iso(c.openedAt()) + ") is open."));
    }
    Optional<FeedbackReceived> fb = facts.view().latestFeedback();
    if (fb.isPresent() && fb.get().score().isPresent()) {
      FeedbackReceived f = fb.get();
      int s = f.score().get();
      boolean detractor = f.survey() == SurveyKind.NPS ? s <= PolicySettings.NPS_DETRACTOR_MAX
          : f.survey() == SurveyKind.CSAT && s <= PolicySettings.CSAT_DETRACTOR_MAX;
      Duration window = settings.effectiveDetractorWindow();
      if (detractor && !f.at().isAfter(facts.at()) && f.at().isAfter(facts.at().minus(window))) {
        return Optional.of(Reason.worded(Stage.CONTACT_POLICY, "policy:suppression.detractor",
            () -> "No " + words(purpose) + " contact: the customer gave " + f.survey() + " " + s + " on "
                + Instants.iso(f.at()) + ", a detractor score, within the last " + Durations.words(window) + "."));
      }
    }
    return Optional.empty();
  }

  private Optional<Reason> coolDown(OfferId offer, Optional<Duration> actionCoolDown) {
    Optional<Instant> rejected = facts.lastRejection(offer);
    if (rejected.isEmpty()) {
      return Optional.empty();
    }
    Duration cd = settings.effectiveCoolDown();
    if (actionCoolDown.isPresent() && actionCoolDown.get().compareTo(cd) > 0) {
      cd = actionCoolDown.get();
    }
    Instant until = rejected.get().plus(cd);
    if (facts.at().isBefore(until)) {
      Instant turnedDown = rejected.get();
      Duration coolDown = cd;
      return Optional.of(Reason.worded(Stage.CONTACT_POLICY, "policy:cool-down",
          () -> "The customer turned down " + offer + " on " + Instants.iso(turnedDown) + "; it is not offered again"
              + " until " + Instants.iso(until) + " (cool-down of " + Durations.words(coolDown) + ")."));
    }
    return Optional.empty();
  }

  private ChannelVerdict sessionVerdict(Channel ch, Purpose purpose) {
    ChannelVerdict v = sessionVerdicts[purpose.ordinal()];
    if (v == null) {
      v = inSession(ch, purpose);
      sessionVerdicts[purpose.ordinal()] = v;
    }
    return v;
  }

  private ChannelVerdict inSession(Channel ch, Purpose purpose) {
    if (purpose == Purpose.MARKETING || purpose == Purpose.RESEARCH) {
      EffectiveConsent c = consent(ch, purpose, facts.at());
      if (!c.allowed()) {
        return ChannelVerdict.refusedOn(ch, consentRefusal(c, true, null));
      }
      return ChannelVerdict.allowedOn(ch, Delivery.IN_SESSION, facts.at(), Reason.worded(Stage.CONTACT_POLICY,
          consentBy(ch, purpose), () -> "In the customer's " + words(ch) + " session now; consent " + c.describe() + "."));
    }
    return ChannelVerdict.allowedOn(ch, Delivery.IN_SESSION, facts.at(), Reason.worded(Stage.CONTACT_POLICY,
        "policy:session", () -> "In the customer's " + words(ch) + " session now: the customer started it, so no consent"
            + " is needed for " + words(purpose) + "."));
  }

  private ChannelVerdict outbound(Channel ch, Purpose purpose, List<Contact> planned, int maxPerChannel) {
    int key = purpose.ordinal() * CHANNELS + ch.ordinal();
    OutboundGate gate = gates[key];
    if (gate == null) {
      gate = gate(ch, purpose);
      gates[key] = gate;
    }
    if (gate.refusal != null) {
      return gate.refusal;
    }
    int plannedHere = plannedOn(ch, planned);
    if (plannedHere >= maxPerChannel) {
      return volumeRefusal(ch, plannedHere, maxPerChannel);
    }
    Reason capped = capRefusal(ch, purpose, gate.sendAt, planned);
    if (capped != null) {
      return ChannelVerdict.refusedOn(ch, capped);
    }
    return gate.allowed;
  }

  /** The refusal for {@code planned} contacts already on {@code ch} in this decision, worked out once per count. */
  private ChannelVerdict volumeRefusal(Channel ch, int planned, int max) {
    ChannelVerdict v = volumeRefusals[ch.ordinal()];
    if (v == null || volumeCounts[ch.ordinal()] != planned || volumeLimits[ch.ordinal()] != max) {
      v = ChannelVerdict.refusedOn(ch, Reason.worded(Stage.VOLUME, "policy:volume.per-channel",
          () -> "This decision already has " + planned + " " + words(ch) + " contact" + (planned == 1 ? "" : "s")
              + " (limit " + max + ")."));
      volumeRefusals[ch.ordinal()] = v;
      volumeCounts[ch.ordinal()] = planned;
      volumeLimits[ch.ordinal()] = max;
    }
    return v;
  }

  /**
   * What decides an outbound contact on {@code ch} for {@code purpose} before the contacts planned
   * in this decision count: whether the channel can start a contact, consent now and at the send
   * instant, and the quiet hours. The same for every action of one decision, so worked out once.
   */
  private OutboundGate gate(Channel ch, Purpose purpose) {
    if (!ch.supportsOutbound()) {
      return OutboundGate.refused(ChannelVerdict.refusedOn(ch, Reason.worded(Stage.CONTACT_POLICY, "policy:channel",
          () -> words(ch) + " cannot start a contact: the customer has to come to it.")));
    }
    Instant at = facts.at();
    EffectiveConsent now = consent(ch, purpose, at);
    if (!now.allowed()) {
      return OutboundGate.refused(ChannelVerdict.refusedOn(ch, consentRefusal(now, false, null)));
    }
    Deferral deferral = deferrals[ch.ordinal()];
    if (deferral == null) {
      deferral = deferral(ch);
      deferrals[ch.ordinal()] = deferral;
    }
    if (deferral.sendAt == null) {
      return OutboundGate.refused(ChannelVerdict.refusedOn(ch, Reason.worded(Stage.CONTACT_POLICY, "policy:quiet-hours",
          () -> "No allowed hour on " + words(ch) + ": the quiet hours cover the whole day.")));
    }
    Instant t = deferral.sendAt;
    if (!t.equals(at)) {
      EffectiveConsent later = consent(ch, purpose, t);
      if (!later.allowed()) {
        return OutboundGate.refused(ChannelVerdict.refusedOn(ch, consentRefusal(later, false, t)));
      }
    }
    ChannelVerdict allowed = ChannelVerdict.allowedOn(ch, Delivery.OUTBOUND, t,
        allowed(ch, purpose, now, t, deferral.quietReason));
    return new OutboundGate(null, t, allowed);
  }

  /** The planned-independent part of an outbound verdict: a refusal, or the send instant and the verdict if caps allow. */
  private static final class OutboundGate {
    final ChannelVerdict refusal;
    final Instant sendAt;
    final ChannelVerdict allowed;

    OutboundGate(ChannelVerdict refusal, Instant sendAt, ChannelVerdict allowed) {
      this.refusal = refusal;
      this.sendAt = sendAt;
      this.allowed = allowed;
    }

    static OutboundGate refused(ChannelVerdict refusal) {
      return new OutboundGate(refusal, null, null);
    }
  }

  private static int plannedOn(Channel ch, List<Contact> planned) {
    int n = 0;
    for (Contact c : planned) {
      if (c.channel() == ch && c.direction() == Direction.OUTBOUND) {
        n++;
      }
    }
    return n;
  }

  /** Why a contact on {@code ch} at {@code t} would break the customer's frequency or a cap, or null. */
  private Reason capRefusal(Channel ch, Purpose purpose, Instant t, List<Contact> planned) {
    if (purpose == Purpose.MARKETING || purpose == Purpose.RESEARCH) {
      Optional<ContactFrequency> freq = facts.view().preferences().frequency();
      if (freq.isPresent()) {
        int n = worstWindow(0, ch, t, freq.get().window(), Optional.empty(), Optional.empty(), false, planned);
        if (n + 1 > freq.get().maxContacts()) {
          ContactFrequency asked = freq.get();
          return Reason.worded(Stage.CONTACT_POLICY, "policy:customer-frequency",
              () -> "The customer asked for at most " + asked.maxContacts() + " contacts in any "
                  + Durations.words(asked.window()) + "; " + n + " already fall in such a window.");
        }
      }
    }
    List<CapPolicy> caps = settings.caps();
    for (int i = 0; i < caps.size(); i++) {
      CapPolicy cap = caps.get(i);
      Optional<Channel> capChannel = cap.channel();
      Optional<Purpose> capPurpose = cap.purpose();
      if (capChannel.isPresent() && capChannel.get() != ch || capPurpose.isPresent() && capPurpose.get() != purpose) {
        continue;
      }
      int n = worstWindow(i + 1, ch, t, cap.window(), capChannel, capPurpose, cap.household(), planned);
      if (n + 1 > cap.max()) {
        return Reason.worded(Stage.CONTACT_POLICY, "policy:cap." + cap.id(),
            () -> "Cap '" + cap.id() + "' (" + cap.describe() + ") reached: " + n + " already fall in such a window.");
      }
    }
    return null;
  }

  /** How an allowed outbound contact was decided: consent, and the quiet hours it was deferred past, if any. */
  private Reason allowed(Channel ch, Purpose purpose, EffectiveConsent now, Instant t, String quietReason) {
    if (quietReason != null) {
      return Reason.worded(Stage.CONTACT_POLICY, "policy:quiet-hours",
          () -> words(ch) + " deferred to " + Instants.iso(t) + ": " + quietReason + "; consent " + now.describe() + ".");
    }
    return Reason.worded(Stage.CONTACT_POLICY, consentBy(ch, purpose),
        () -> words(ch) + " now: consent " + now.describe() + "; within quiet hours and caps.");
  }

  /**
   * The most matching contacts (outbound, on the channel and for the purpose where given) in any
   * window of length {@code w} that contains {@code t}, not counting a contact at {@code t}
   * itself: windows {@code (e - w, e]} for every end {@code e} from {@code t} to before {@code t +
   * w}. The maximum is reached at a window ending at {@code t} or at a contact.
   */
  private int worstWindow(int limit, Channel ch, Instant t, Duration w, Optional<Channel> channel,
      Optional<Purpose> purpose, boolean household, List<Contact> planned) {
    Instant from = t.minus(w);
    Instant to = t.plus(w);
    List<Instant> timeline = timelineInstants(limit, ch, t, from, to, channel, purpose, household);
    List<Instant> times = timeline;
    for (Contact c : planned) {
      if (c.direction() == Direction.OUTBOUND && c.at().isAfter(from) && c.at().isBefore(to)
          && Facts.matches(c, channel, purpose)) {
        if (times == timeline) {
          times = new ArrayList<>(timeline);
        }
        times.add(c.at());
      }
    }
    if (times.isEmpty()) {
      return 0;
    }
    if (times != timeline) {
      times.sort(Comparator.naturalOrder());
    }
    // Windows (e - w, e] for e = t and for every contact instant e >= t; a sliding start index
    // over the sorted instants counts each in one pass.
    int worst = 0;
    int start = 0;
    int end = 0;
    int first = firstAtOrAfter(times, t);
    for (int k = first - 1; k < times.size(); k++) {
      Instant e = k < first ? t : times.get(k);
      Instant windowStart = e.minus(w);
      while (end < times.size() && !times.get(end).isAfter(e)) {
        end++;
      }
      while (start < end && !times.get(start).isAfter(windowStart)) {
        start++;
      }
      worst = Math.max(worst, end - start);
    }
    return worst;
  }

  private static void collect(List<Contact> sorted, Instant from, Instant to, Optional<Channel> channel,
      Optional<Purpose> purpose, List<Instant> out) {
    for (int i = TimelineIndex.firstAfter(sorted, from); i < sorted.size(); i++) {
      Contact c = sorted.get(i);
      if (!c.at().isBefore(to)) {
        break;
      }
      if (c.direction() == Direction.OUTBOUND && Facts.matches(c, channel, purpose)) {
        out.add(c.at());
      }
    }
  }

  private static int firstAtOrAfter(List<Instant> sorted, Instant t) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).isBefore(t)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The timeline's matching outbound instants in {@code (from, to)} for one limit ({@code 0}: the
   * customer's frequency, {@code i + 1}: the rule set's {@code i}-th cap) and a contact on {@code
   * ch} at {@code t}: worked out once per decision, as {@code t} is the same for every contact on
   * one channel.
   */
  private List<Instant> timelineInstants(int limit, Channel ch, Instant t, Instant from, Instant to,
      Optional<Channel> channel, Optional<Purpose> purpose, boolean household) {
    int key = limit * CHANNELS + ch.ordinal();
    if (capTimes == null) {
      capTimes = new ArrayList<>(java.util.Collections.nCopies((settings.caps().size() + 1) * CHANNELS, null));
      capTimesAt = new Instant[(settings.caps().size() + 1) * CHANNELS];
    }
    List<Instant> times = capTimes.get(key);
    if (times != null && t.equals(capTimesAt[key])) {
      return times;
    }
    times = new ArrayList<>();
    collect(facts.ownContacts(), from, to, channel, purpose, times);
    // Sends already planned (a contact deferred out of quiet hours and recorded at its send
    // instant) count from the moment they are planned: all later than the view's own contacts.
    collect(facts.plannedContacts(), from, to, channel, purpose, times);
    if (household) {
      collect(facts.householdContacts(), from, to, channel, purpose, times);
      collect(facts.plannedHouseholdContacts(), from, to, channel, purpose, times);
      times.sort(Comparator.naturalOrder());
    }
    capTimes.set(key, times);
    capTimesAt[key] = t;
    return times;
  }

  /** The first instant outside every quiet hour for {@code ch}, from the decision instant on. */
  private Deferral deferral(Channel ch) {
    List<QuietHours> all = quietHours();
    int own = facts.view().preferences().quietHours().isPresent() ? 1 : 0;
    boolean quietNow = false;
    for (int i = 0; i < all.size() && !quietNow; i++) {
      quietNow = (i < own || appliesTo(settings.quietHours().get(i - own), ch)) && quietAtDecision(i);
    }
    Instant at = facts.at();
    if (!quietNow) {
      return new Deferral(at, null);
    }
    List<QuietHours> quiet = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      if (i < own || appliesTo(settings.quietHours().get(i - own), ch)) {
        quiet.add(all.get(i));
      }
    }
    // Each step moves t to the end of a quiet window that contains it, so every instant from the
    // decision to t is quiet. t only grows, and within UNTIL_PROVEN there are at most three ends
    // per window (one a day, a repeated one in a fall-back), so the steps are bounded whatever the
    // number of windows; past UNTIL_PROVEN every local time of day is quiet and none is free.
    Instant t = at;
    Instant proven = at.plus(UNTIL_PROVEN);
    String quietReason = null;
    for (int step = 0; step <= 3 * quiet.size() + 3; step++) {
      QuietHours inside = null;
      for (QuietHours q : quiet) {
        if (q.contains(t)) {
          inside = q;
          break;
        }
      }
      if (inside == null) {
        return new Deferral(t, quietReason);
      }
      if (quietReason == null) {
        quietReason = at.atZone(inside.zone()).toLocalTime() + " is inside the quiet hours " + inside.start() + "-"
            + inside.end() + " (" + inside.zone() + ")";
      }
      Instant next = inside.nextAllowed(t);
      if (!next.isAfter(t) || next.isAfter(proven)) {
        break;
      }
      t = next;
    }
    return new Deferral(null, null);
  }

  /** Every quiet hours of this decision: the customer's own, if any, then the rule set's, in the customer's zone. */
  private List<QuietHours> quietHours() {
    if (quietHours == null) {
      ChannelPreferences prefs = facts.view().preferences();
      quietHours = new ArrayList<>(settings.quietHours().size() + 1);
      prefs.quietHours().ifPresent(quietHours::add);
      for (QuietHoursPolicy q : settings.quietHours()) {
        quietHours.add(QuietHours.of(q.start(), q.end(), prefs.zone()));
      }
      quietAtDecision = new byte[quietHours.size()];
    }
    return quietHours;
  }

  private static boolean appliesTo(QuietHoursPolicy q, Channel ch) {
    return q.channels().isEmpty() || q.channels().contains(ch);
  }

  /** Whether the decision instant falls inside the {@code i}-th of {@link #quietHours()}, worked out once. */
  private boolean quietAtDecision(int i) {
    if (quietAtDecision[i] == 0) {
      QuietHours q = quietHours.get(i);
      if (!q.zone().equals(localZone)) {
        localZone = q.zone();
        localAtDecision = facts.at().atZone(localZone).toLocalTime();
      }
      quietAtDecision[i] = (byte) (q.containsLocal(localAtDecision) ? 1 : 2);
    }
    return quietAtDecision[i] == 1;
  }

  /** When a contact on one channel can be sent (null: never that day) and why it was deferred (null: not deferred). */
  private static final class Deferral {
    final Instant sendAt;
    final String quietReason;

    Deferral(Instant sendAt, String quietReason) {
      this.sendAt = sendAt;
      this.quietReason = quietReason;
    }
  }

  private EffectiveConsent consent(Channel ch, Purpose purpose, Instant t) {
    if (!t.equals(facts.at())) {
      return facts.view().consent().effective(ch, purpose, t);
    }
    int key = purpose.ordinal() * CHANNELS + ch.ordinal();
    EffectiveConsent c = consentNow[key];
    if (c == null) {
      c = facts.view().consent().effective(ch, purpose, t);
      consentNow[key] = c;
    }
    return c;
  }

  /**
   * No consent for {@code c}'s channel and purpose: in the customer's session on it ({@code
   * session}), outbound now ({@code later} null), or outbound at {@code later}, after the quiet hours.
   */
  private static Reason consentRefusal(EffectiveConsent c, boolean session, Instant later) {
    Channel ch = c.channel();
    return Reason.worded(Stage.CONTACT_POLICY, consentBy(ch, c.purpose()), () -> "No " + words(c.purpose())
        + " contact " + (session ? "in this " + words(ch) + " session" : "on " + words(ch))
        + (later == null ? "" : " at " + Instants.iso(later) + " after the quiet hours") + ": consent " + c.describe() + ".");
  }

  private static final String[] CONSENT_BY = consentBy();

  private static String[] consentBy() {
    String[] by = new String[PURPOSES * CHANNELS];
    for (Purpose p : Purpose.values()) {
      for (Channel c : Channel.values()) {
        by[p.ordinal() * CHANNELS + c.ordinal()] = "consent:" + c + "/" + p;
      }
    }
    return by;
  }

  /** What decides by consent: {@code "consent:EMAIL/MARKETING"}. */
  private static String consentBy(Channel ch, Purpose purpose) {
    return CONSENT_BY[purpose.ordinal() * CHANNELS + ch.ordinal()];
  }

  private static final String[] CHANNEL_WORDS = wordsOf(Channel.values());
  private static final String[] PURPOSE_WORDS = wordsOf(Purpose.values());

  /** Each constant's name in plain words, by ordinal: {@code APP_PUSH} is "app push", {@code EMAIL} "e-mail". */
  private static String[] wordsOf(Enum<?>[] constants) {
    String[] words = new String[constants.length];
    for (Enum<?> e : constants) {
      String s = e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      words[e.ordinal()] = s.equals("email") ? "e-mail" : s.equals("sms") ? "SMS" : s;
    }
    return words;
  }

  static String words(Channel c) {
    return CHANNEL_WORDS[c.ordinal()];
  }

  static String words(Purpose p) {
    return PURPOSE_WORDS[p.ordinal()];
  }
}
