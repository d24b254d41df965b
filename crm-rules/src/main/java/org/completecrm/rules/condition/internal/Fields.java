package org.completecrm.rules.condition.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.condition.ValueType;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of fields a condition can test: the event, the customer view (with the customer's
 * voice), the scores and the time. Besides the fixed names, {@code score.<name>} reads any numeric
 * score ({@code score.market.<id>} falls back to the open market's price in the customer's voice)
 * and {@code label.<name>} any label.
 */
public final class Fields {
  /** Prefix of a numeric score field ({@code score.propensity.gold-card}). */
  public static final String SCORE_PREFIX = "score.";
  /** Prefix of a label field ({@code label.churnRisk}). */
  public static final String LABEL_PREFIX = "label.";

  /** Prefix, within the scores, of an open market's price ({@code score.market.<id>}). */
  static final String MARKET_PREFIX = "market.";

  private static final Map<String, Field> FIELDS = catalogue();
  /** {@link #memoSlots}, a constant: every decision's {@link Facts} sizes three arrays by it. */
  private static final int MEMO_SLOTS = FIELDS.size();

  private Fields() {}

  /** The fixed field names, in catalogue order, for error messages and documentation. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(FIELDS.keySet());
    names.add(SCORE_PREFIX + "<name>");
    names.add(LABEL_PREFIX + "<name>");
    return Collections.unmodifiableList(names);
  }

  /** The type of the field {@code name}, if the catalogue knows it. */
  public static Optional<ValueType> typeOf(String name) {
    return lookup(name).map(f -> f.type);
  }

  static Optional<Field> lookup(String name) {
    Field f = FIELDS.get(name);
    if (f != null) {
      return Optional.of(f);
    }
    if (name.startsWith(SCORE_PREFIX) && name.length() > SCORE_PREFIX.length()) {
      String score = name.substring(SCORE_PREFIX.length()).intern(); // found by identity in a ScoreNames
      if (score.startsWith(MARKET_PREFIX) && score.length() > MARKET_PREFIX.length()) {
        String market = score.substring(MARKET_PREFIX.length());
        return Optional.of(new Field(name, false, (x, w) -> marketPrice(x, score, market), -1));
      }
      return Optional.of(new Field(name, false, (x, w) -> x.scores().valueOrNaN(score), -1));
    }
    if (name.startsWith(LABEL_PREFIX) && name.length() > LABEL_PREFIX.length()) {
      String label = name.substring(LABEL_PREFIX.length());
      return Optional.of(new Field(name, ValueType.TEXT, false, List.of(),
          (x, w) -> x.scores().labels().get(label), -1));
    }
    return Optional.empty();
  }

  private static Map<String, Field> catalogue() {
    Map<String, Field> m = new LinkedHashMap<>();
    enumField(m, "event.kind", EventKind.values(), (x, w) -> x.event().kind().name());
    enumField(m, "event.channel", Channel.values(), (x, w) -> x.event().channel().map(Enum::name).orElse(null));
    add(m, "event.amount", ValueType.MONEY, false, (x, w) -> x.event().amount().orElse(null));
    add(m, "event.campaign", ValueType.TEXT, false, (x, w) -> x.event().campaign().map(c -> c.value()).orElse(null));
    add(m, "segment", ValueType.TEXT, false, (x, w) -> x.scores().labels().get(Scores.SEGMENT));
    add(m, "valueTier", ValueType.TEXT, false, (x, w) -> x.scores().labels().get(Scores.VALUE_TIER));
    number(m, "clv", false, (x, w) -> x.scores().valueOrNaN(Scores.CLV));
    number(m, "pAlive", false, (x, w) -> x.scores().valueOrNaN(Scores.P_ALIVE));
    number(m, "valueTrend", false, (x, w) -> x.scores().valueOrNaN(Scores.VALUE_TREND));
    number(m, "profit", false, (x, w) -> x.scores().valueOrNaN(Scores.PROFIT));
    enumField(m, "household.role", HouseholdRole.values(),
        (x, w) -> x.view().householdRole().map(Enum::name).orElse(null));
    number(m, "household.size", false, (x, w) -> (double) (x.view().householdMembers().size() + 1));
    number(m, "cases.open", false, (x, w) -> (double) x.openCases().size());
    number(m, "complaints.open", false, (x, w) -> (double) x.openComplaints().size());
    add(m, "complaints.openSince", ValueType.DURATION, false, (x, w) -> x.openComplaints().isEmpty()
        ? null : Duration.between(x.openComplaints().get(0).openedAt(), x.at()));
    add(m, "complaints.maxSeverity", ValueType.ENUM, false, (x, w) -> x.openComplaints().stream()
        .map(ServiceCase::severity).max(Enum::compareTo).map(Enum::name).orElse(null));
    number(m, "contacts.count", true, (x, w) -> w == null ? Double.NaN : x.contactsWithin(w));
    number(m, "contacts.inbound", true,
        (x, w) -> w == null ? Double.NaN : x.contactsWithin(w) - x.outboundWithin(w));
    number(m, "contacts.outbound", true, (x, w) -> w == null ? Double.NaN : x.outboundWithin(w));
    add(m, "sinceLastContact", ValueType.DURATION, false,
        (x, w) -> x.lastContact().map(t -> Duration.between(t, x.at())).orElse(null));
    number(m, "offers.outstanding", false, (x, w) -> (double) x.outstandingOffers().size());
    add(m, "offers.outstandingIds", ValueType.SET, false, (x, w) -> x.outstandingOfferIds());
    number(m, "commitments.overdue", false, (x, w) -> (double) x.overdueCommitments().size());
    number(m, "commitments.pending", false, (x, w) -> (double) x.pendingCommitments().size());
    add(m, "flags", ValueType.SET, false, (x, w) -> x.view().flags());
    number(m, "purchases.count", false, (x, w) -> (double) x.view().purchaseCount());
    add(m, "purchases.last", ValueType.INSTANT, false, (x, w) -> x.view().lastPurchaseAt().orElse(null));
    add(m, "sinceLastPurchase", ValueType.DURATION, false,
        (x, w) -> x.view().lastPurchaseAt().map(t -> Duration.between(t, x.at())).orElse(null));
    number(m, "feedback.nps", false, (x, w) -> x.latestNps().map(Integer::doubleValue).orElse(Double.NaN));
    number(m, "feedback.csat", false, (x, w) -> x.latestCsat().map(Integer::doubleValue).orElse(Double.NaN));
    number(m, "time.localHour", false, (x, w) -> (double) x.at().atZone(x.view().preferences().zone()).getHour());
    enumField(m, "time.dayOfWeek", DayOfWeek.values(),
        (x, w) -> x.at().atZone(x.view().preferences().zone()).getDayOfWeek().name());
    add(m, "now", ValueType.INSTANT, false, (x, w) -> x.at());
    add(m, "loyalty.tier", ValueType.TEXT, false, (x, w) -> x.view().loyalty().map(l -> l.tier().tier()).orElse(null));
    number(m, "loyalty.points", false, (x, w) -> x.view().loyalty().map(l -> (double) l.points()).orElse(Double.NaN));
    number(m, "loyalty.pointsExpiringWithin", true,
        (x, w) -> w == null ? Double.NaN
            : x.view().loyalty().map(l -> (double) l.pointsExpiringWithin(x.at(), w)).orElse(Double.NaN));
    number(m, "feedback.npsTrend", false, (x, w) -> x.view().npsTrend().map(Integer::doubleValue).orElse(Double.NaN));
    number(m, "feedback.csatTrend", false, (x, w) -> x.view().csatTrend().map(Integer::doubleValue).orElse(Double.NaN));
    add(m, "ideas.votedFor", ValueType.SET, false,
        (x, w) -> x.view().voice().map(v -> (Set<String>) new TreeSet<>(v.votedFor().keySet())).orElse(Set.of()));
    for (IdeaStatus status : IdeaStatus.values()) {
      add(m, "ideas.votedFor." + camel(status), ValueType.SET, false,
          (x, w) -> x.view().voice().map(v -> v.votedFor(status)).orElse(Set.of()));
    }
    number(m, "segment.nps", false, (x, w) -> x.scores().valueOrNaN(Scores.SEGMENT_NPS));
    number(m, "segment.csat", false, (x, w) -> x.scores().valueOrNaN(Scores.SEGMENT_CSAT));
    number(m, "segment.answers", false, (x, w) -> x.scores().valueOrNaN(Scores.SEGMENT_ANSWERS));
    HouseholdFields.addTo(m);
    return Collections.unmodifiableMap(m);
  }

  /** {@code UNDER_REVIEW} as {@code underReview}. */
  private static String camel(IdeaStatus status) {
    String[] words = status.name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder b = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return b.toString();
  }

  /** A market's price: the score of that name where the host gave one, else the price in the customer's voice. */
  private static double marketPrice(Facts x, String score, String market) {
    Double given = x.scores().values().get(score);
    if (given != null) {
      return given;
    }
    return x.view().voice().map(v -> orNaN(v.marketPrices().get(market))).orElse(Double.NaN);
  }

  static void number(Map<String, Field> m, String name, boolean windowed, Field.NumberExtract e) {
    m.put(name, new Field(name, windowed, e, windowed ? -1 : m.size()));
  }

  /** A boxed number as a primitive, NaN for null. */
  static double orNaN(@Nullable Double v) {
    return v == null ? Double.NaN : v;
  }

  static void add(Map<String, Field> m, String name, ValueType type, boolean windowed, Field.Extract e) {
    List<String> values = name.endsWith("complaints.maxSeverity")
        ? Arrays.stream(org.completecrm.core.timeline.Severity.values()).map(Enum::name).collect(Collectors.toList())
        : List.of();
    m.put(name, new Field(name, type, windowed, values, e, windowed ? -1 : m.size()));
  }

  /** How many fields {@link Facts} memoises. */
  static int memoSlots() {
    return MEMO_SLOTS;
  }

  private static void enumField(Map<String, Field> m, String name, Enum<?>[] values, Field.Extract e) {
    m.put(name, new Field(name, ValueType.ENUM, false,
        Arrays.stream(values).map(Enum::name).collect(Collectors.toList()), e, m.size()));
  }

  /** A set-valued extract as a set of names (the catalogue's SET fields all return {@code Set<String>}). */
  @SuppressWarnings("unchecked")
  static Set<String> asSet(@Nullable Object value) {
    return value == null ? Set.of() : (Set<String>) value;
  }

  /** An instant-valued extract as an instant. */
  static Instant asInstant(Object value) {
    return (Instant) value;
  }
}
