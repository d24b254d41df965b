package org.completecrm.rules.campaign;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.LegalBasis;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.ScoreNames;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.jspecify.annotations.Nullable;

/**
 * Reads one line of a campaign's contexts file into a {@link DecisionContext} with Jackson's
 * token stream, without a tree and without databind, and gives every line it does not fully
 * recognise to {@link CrmJson#read(String, Class)}.
 *
 * <p><b>Why this exists.</b> A campaign plan reads a million contexts of about 3.3 KB each, and
 * reading them with databind was about half of reading and deciding (25 of 53 µs of CPU per
 * customer in steady state): the 52 scores went through three maps, every attribute through
 * reflection into the Immutables' {@code Json} holders and then their builders, every instant
 * through {@code DateTimeFormatter}. This reader walks the tokens once and calls the same public
 * builders (so every value's own checks run, as they do under databind), parses the one form of
 * instant the library writes ({@code 2026-11-23T07:00:00Z}) by hand, and looks enums and zones up
 * in tables: about half the CPU per line (see {@code ContextReadingBenchmark} in the examples).
 * The scores are a table ({@link Scores#of(ScoreNames, double[], Map)}): the thread numbers a file's
 * score names once and keeps each line's values in one array, about a fifth less again.
 *
 * <p><b>Why it cannot change a result or an error.</b> It knows only the common shape of a
 * context: the attributes the library writes, with the values a generated or exported context
 * has (no addresses, contact points, loyalty, voice, members, holdings or wallet; timeline events
 * that are offers presented, flags changed, cases updated or commitments made; instants without
 * fractions). Anything else in a line (an unknown or
 * repeated key, a {@code null} where a value is required, a number where a string is expected, a
 * value a builder's check refuses, text after the object, malformed JSON) is not an error here:
 * the line is read again from the start by {@code CrmJson}, which gives the value, or the error
 * with its field, JSON path and expectation, exactly as before. For a line it does recognise, it
 * builds the value with the builders databind would reach through the Immutables' {@code fromJson},
 * with the same texts, enums, instants and numbers ({@link JsonParser#getDoubleValue()}, as
 * databind's {@code Double} reader), so the result is equal ({@code StreamingContextReaderTest}
 * compares both readers on generated contexts, on the sample files and on broken lines).
 * Duplicate keys are caught by this reader itself (a bit per attribute, {@code put} on the maps),
 * so its parser runs without Jackson's duplicate detection, which costs a set per object.
 *
 * <p>Thread-safe: no state but caches of immutable values.
 */
final class StreamingContextReader {
  /**
   * The library's parser settings (nesting, string and number limits) without duplicate detection,
   * and with Jackson's fast double parser (FastDoubleParser: correctly rounded, as {@code
   * Double.parseDouble} is, so every number is the same double; {@code FastDoublesProperties}).
   */
  private static final JsonFactory FACTORY = CrmJson.mapper().getFactory().rebuild()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

  private static final Map<String, Channel> CHANNELS = names(Channel.values());
  private static final Map<String, Purpose> PURPOSES = names(Purpose.values());
  private static final Map<String, ConsentAction> CONSENT_ACTIONS = names(ConsentAction.values());
  private static final Map<String, LegalBasis> LEGAL_BASES = names(LegalBasis.values());
  private static final Map<String, PartyKind> PARTY_KINDS = names(PartyKind.values());
  private static final Map<String, HouseholdRole> ROLES = names(HouseholdRole.values());
  private static final Map<String, EventKind> EVENT_KINDS = names(EventKind.values());
  private static final Map<String, CaseKind> CASE_KINDS = names(CaseKind.values());
  private static final Map<String, Severity> SEVERITIES = names(Severity.values());
  private static final Map<String, CaseStatus> CASE_STATUSES = names(CaseStatus.values());
  private static final Map<String, CommitmentKind> COMMITMENT_KINDS = names(CommitmentKind.values());
  private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

  /** The signal that a line is not of the common shape: read it with databind. Never escapes. */
  private static final class Irregular extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Irregular() {
      super("not of the common shape", null, false, false);
    }
  }

  private static final Irregular IRREGULAR = new Irregular();
  private static final ThreadLocal<ByteTokens> TOKENS = ThreadLocal.withInitial(ByteTokens::new);
  private static final ThreadLocal<ScoreLayout> LAYOUT = ThreadLocal.withInitial(ScoreLayout::new);

  private StreamingContextReader() {}

  /**
   * The context of {@code line}: equal to {@code CrmJson.read(line, DecisionContext.class)}, and
   * failing with the same exception when that fails.
   */
  static DecisionContext read(String line) {
    DecisionContext c = tryRead(line);
    return c != null ? c : CrmJson.read(line, DecisionContext.class);
  }

  /**
   * The context of the line in {@code length} bytes of {@code bytes} from {@code offset}, all of
   * them ASCII ({@link ByteLines} tells): equal to {@code CrmJson.read} of its text, and failing
   * with the same exception when that fails. Read where it lies, without a {@code String}.
   */
  static DecisionContext readAscii(byte[] bytes, int offset, int length) {
    DecisionContext c = tryRead(bytes, offset, length);
    return c != null
        ? c
        : CrmJson.read(new String(bytes, offset, length, java.nio.charset.StandardCharsets.US_ASCII),
            DecisionContext.class);
  }

  /** The context of {@code line} if it has the common shape, else null (the caller reads it with databind). */
  static @Nullable DecisionContext tryRead(String line) {
    try (JsonParser p = FACTORY.createParser(line)) {
      return whole(p);
    } catch (IOException | RuntimeException irregular) {
      // Irregular, malformed or refused by a builder's check: databind says what exactly.
      return null;
    }
  }

  /**
   * As {@link #tryRead(String)}, for a line of ASCII bytes: read with this thread's {@link
   * ByteTokens}, and if they refuse it (it is not plain JSON) with Jackson's byte parser.
   */
  static @Nullable DecisionContext tryRead(byte[] bytes, int offset, int length) {
    try {
      DecisionContext c = whole(TOKENS.get().reset(bytes, offset, length));
      if (c != null) {
        return c;
      }
    } catch (IOException | RuntimeException refused) {
      // Not plain JSON, irregular or refused by a check: Jackson's parser and then databind decide.
    }
    return tryReadWithJackson(bytes, offset, length);
  }

  /** As {@link #tryRead(String)}, for a line of ASCII bytes read with Jackson's byte parser. */
  static @Nullable DecisionContext tryReadWithJackson(byte[] bytes, int offset, int length) {
    try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
      return whole(p);
    } catch (IOException | RuntimeException irregular) {
      return null;
    }
  }

  private static @Nullable DecisionContext whole(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    DecisionContext c = context(p);
    return p.nextToken() == null ? c : null;
  }

  private static DecisionContext context(JsonParser p) throws IOException {
    DecisionContext.Builder b = DecisionContext.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "consent" -> {
          seen = once(seen, 1);
          b.consent(consent(p, t));
        }
        case "customer" -> {
          seen = once(seen, 2);
          b.customer(customer(p, t));
        }
        case "event" -> {
          seen = once(seen, 4);
          b.event(event(p, t));
        }
        case "household" -> {
          seen = once(seen, 8);
          if (t != JsonToken.VALUE_NULL) {
            b.household(household(p, t));
          }
        }
        case "loyalty" -> {
          seen = once(seen, 16);
          nullOnly(t);
        }
        case "preferences" -> {
          seen = once(seen, 32);
          b.preferences(preferences(p, t));
        }
        case "scores" -> {
          seen = once(seen, 64);
          b.scores(scores(p, t));
        }
        case "timeline" -> {
          seen = once(seen, 128);
          b.timeline(timeline(p, t));
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 1 | 2 | 4 | 32 | 128);
    return b.build();
  }

  private static ConsentLedger consent(JsonParser p, JsonToken t) throws IOException {
    object(t);
    var b = ConsentLedger.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "customer" -> {
          seen = once(seen, 1);
          b.customer(CustomerId.of(text(p, t)));
        }
        case "entries" -> {
          seen = once(seen, 2);
          array(t);
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            b.addEntries(consentEntry(p, t));
          }
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 3);
    return b.build();
  }

  private static ConsentEntry consentEntry(JsonParser p, JsonToken t) throws IOException {
    object(t);
    var b = ConsentEntry.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "action" -> {
          seen = once(seen, 1);
          b.action(constant(CONSENT_ACTIONS, p, t));
        }
        case "channel" -> {
          seen = once(seen, 2);
          b.channel(constant(CHANNELS, p, t));
        }
        case "customer" -> {
          seen = once(seen, 4);
          b.customer(CustomerId.of(text(p, t)));
        }
        case "evidence" -> {
          seen = once(seen, 8);
          b.evidence(text(p, t));
        }
        case "expiresAt" -> {
          seen = once(seen, 16);
          if (t != JsonToken.VALUE_NULL) {
            b.expiresAt(instant(p, t));
          }
        }
        case "purpose" -> {
          seen = once(seen, 32);
          b.purpose(constant(PURPOSES, p, t));
        }
        case "recordedAt" -> {
          seen = once(seen, 64);
          b.recordedAt(instant(p, t));
        }
        case "source" -> {
          seen = once(seen, 128);
          b.source(text(p, t));
        }
        case "startsAt" -> {
          seen = once(seen, 256);
          if (t != JsonToken.VALUE_NULL) {
            b.startsAt(instant(p, t));
          }
        }
        case "legalBasis" -> {
          seen = once(seen, 512);
          if (t != JsonToken.VALUE_NULL) {
            b.legalBasis(constant(LEGAL_BASES, p, t));
          }
        }
        case "contactPoint" -> {
          seen = once(seen, 1024);
          if (t != JsonToken.VALUE_NULL) {
            b.contactPoint(text(p, t));
          }
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 1 | 2 | 4 | 8 | 32 | 64 | 128);
    return b.build();
  }

  private static Customer customer(JsonParser p, JsonToken t) throws IOException {
    object(t);
    var b = Customer.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "addresses" -> {
          seen = once(seen, 1);
          emptyArray(p, t);
        }
        case "anonymised" -> {
          seen = once(seen, 2);
          if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            b.anonymised(t == JsonToken.VALUE_TRUE);
          } else {
            throw IRREGULAR;
          }
        }
        case "birthDate" -> {
          seen = once(seen, 4);
          nullOnly(t);
        }
        case "contactPoints" -> {
          seen = once(seen, 8);
          emptyArray(p, t);
        }
        case "familyName" -> {
          seen = once(seen, 16);
          if (t != JsonToken.VALUE_NULL) {
            b.familyName(text(p, t));
          }
        }
        case "foundingDate" -> {
          seen = once(seen, 32);
          nullOnly(t);
        }
        case "givenName" -> {
          seen = once(seen, 64);
          if (t != JsonToken.VALUE_NULL) {
            b.givenName(text(p, t));
          }
        }
        case "id" -> {
          seen = once(seen, 128);
          b.id(CustomerId.of(text(p, t)));
        }
        case "kind" -> {
          seen = once(seen, 256);
          b.kind(constant(PARTY_KINDS, p, t));
        }
        case "organisationName" -> {
          seen = once(seen, 512);
          if (t != JsonToken.VALUE_NULL) {
            b.organisationName(text(p, t));
          }
        }
        case "sourceIdentities" -> {
          seen = once(seen, 1024);
          emptyArray(p, t);
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 128 | 256);
    return b.build();
  }

  private static DecisionEvent event(JsonParser p, JsonToken t) throws IOException {
    object(t);
    DecisionEvent.Builder b = DecisionEvent.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "amount" -> {
          seen = once(seen, 1);
          nullOnly(t);
        }
        case "attributes" -> {
          seen = once(seen, 2);
          object(t);
          Map<String, String> seenKeys = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String value = text(p, p.nextToken());
            if (seenKeys == null) {
              seenKeys = new HashMap<>();
            }
            if (seenKeys.put(key, value) != null) {
              throw IRREGULAR;
            }
            b.putAttributes(key, value);
          }
        }
        case "campaign" -> {
          seen = once(seen, 4);
          if (t != JsonToken.VALUE_NULL) {
            b.campaign(CampaignId.of(text(p, t)));
          }
        }
        case "channel" -> {
          seen = once(seen, 8);
          if (t != JsonToken.VALUE_NULL) {
            b.channel(constant(CHANNELS, p, t));
          }
        }
        case "commitment" -> {
          seen = once(seen, 16);
          if (t != JsonToken.VALUE_NULL) {
            b.commitment(CommitmentId.of(text(p, t)));
          }
        }
        case "kind" -> {
          seen = once(seen, 32);
          b.kind(constant(EVENT_KINDS, p, t));
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 32);
    return b.build();
  }

  private static Household household(JsonParser p, JsonToken t) throws IOException {
    object(t);
    var b = Household.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          b.id(HouseholdId.of(text(p, t)));
        }
        case "memberships" -> {
          seen = once(seen, 2);
          array(t);
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            b.addMemberships(membership(p, t));
          }
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 3);
    return b.build();
  }

  private static Membership membership(JsonParser p, JsonToken t) throws IOException {
    object(t);
    var b = Membership.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "customer" -> {
          seen = once(seen, 1);
          b.customer(CustomerId.of(text(p, t)));
        }
        case "role" -> {
          seen = once(seen, 2);
          b.role(constant(ROLES, p, t));
        }
        case "since" -> {
          seen = once(seen, 4);
          b.since(instant(p, t));
        }
        case "until" -> {
          seen = once(seen, 8);
          if (t != JsonToken.VALUE_NULL) {
            b.until(instant(p, t));
          }
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 7);
    return b.build();
  }

  private static ChannelPreferences preferences(JsonParser p, JsonToken t) throws IOException {
    object(t);
    var b = ChannelPreferences.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "frequency" -> {
          seen = once(seen, 1);
          nullOnly(t);
        }
        case "language" -> {
          seen = once(seen, 2);
          if (t != JsonToken.VALUE_NULL) {
            b.language(text(p, t));
          }
        }
        case "quietHours" -> {
          seen = once(seen, 4);
          if (t != JsonToken.VALUE_NULL) {
            b.quietHours(quietHours(p, t));
          }
        }
        case "rankedChannels" -> {
          seen = once(seen, 8);
          array(t);
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            b.addRankedChannels(constant(CHANNELS, p, t));
          }
        }
        case "zone" -> {
          seen = once(seen, 16);
          b.zone(zone(p, t));
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 16);
    return b.build();
  }

  private static QuietHours quietHours(JsonParser p, JsonToken t) throws IOException {
    object(t);
    LocalTime start = null;
    LocalTime end = null;
    ZoneId zone = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "end" -> {
          if (end != null) {
            throw IRREGULAR;
          }
          end = time(p, t);
        }
        case "start" -> {
          if (start != null) {
            throw IRREGULAR;
          }
          start = time(p, t);
        }
        case "zone" -> {
          if (zone != null) {
            throw IRREGULAR;
          }
          zone = zone(p, t);
        }
        default -> throw IRREGULAR;
      }
    }
    if (start == null || end == null || zone == null) {
      throw IRREGULAR;
    }
    return QuietHours.of(start, end, zone);
  }

  /**
   * The scores as a table ({@link Scores#of(ScoreNames, double[], Map)}): the values in an array,
   * their names those of the thread's last line when they are the same in the same order (as on
   * every line of a file), else numbered anew. A repeated name (which the builder's map would take
   * silently, the later value winning) is irregular, for databind to report.
   */
  private static Scores scores(JsonParser p, JsonToken t) throws IOException {
    object(t);
    ScoreLayout layout = LAYOUT.get();
    Map<String, String> labels = Map.of();
    int seen = 0;
    int n = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "labels" -> {
          seen = once(seen, 1);
          object(t);
          labels = new LinkedHashMap<>(4);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (labels.put(key, text(p, p.nextToken())) != null) {
              throw IRREGULAR; // a repeated name: databind reports it
            }
          }
        }
        case "values" -> {
          seen = once(seen, 2);
          object(t);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_NUMBER_FLOAT) {
              throw IRREGULAR;
            }
            layout.add(n++, key, p.getDoubleValue());
          }
        }
        default -> throw IRREGULAR;
      }
    }
    return Scores.of(layout.names(n), layout.values(n), labels);
  }

  /**
   * One thread's score names and values as read from a line, and the names of its last line:
   * the names are numbered once ({@link ScoreNames}) and shared by every line that names the same
   * scores in the same order.
   */
  private static final class ScoreLayout {
    private ScoreNames last = ScoreNames.of(List.of());
    private String[] read = new String[64];
    private double[] values = new double[64];

    void add(int i, String name, double value) {
      if (i == read.length) {
        read = Arrays.copyOf(read, 2 * i);
      }
      if (i >= values.length) {
        values = Arrays.copyOf(values, 2 * i + 2);
      }
      read[i] = name;
      values[i] = value;
    }

    /** The names of the {@code n} values read: the last line's if the same, else numbered anew (irregular if repeated). */
    ScoreNames names(int n) {
      boolean same = last.size() == n;
      for (int i = 0; same && i < n; i++) {
        String known = last.name(i);
        same = known == read[i] || known.equals(read[i]);
      }
      if (!same) {
        last = ScoreNames.of(Arrays.asList(Arrays.copyOf(read, n)));
      }
      return last;
    }

    /** The {@code n} values read, in an array of their length (which {@link Scores#of} copies: reused for the next line). */
    double[] values(int n) {
      if (values.length != n) {
        values = Arrays.copyOf(values, n); // every one of the n was written by add, which grows the array
      }
      return values;
    }
  }

  private static List<TimelineEvent> timeline(JsonParser p, JsonToken t) throws IOException {
    array(t);
    List<TimelineEvent> events = new ArrayList<>(4);
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      object(t);
      // Databind reads the kind first when it comes first, as the library writes it.
      if (p.nextToken() != JsonToken.FIELD_NAME || !"eventType".equals(p.currentName())
          || p.nextToken() != JsonToken.VALUE_STRING) {
        throw IRREGULAR;
      }
      switch (repeated(p, JsonToken.VALUE_STRING)) {
        case "offer-presented" -> events.add(offerPresented(p));
        case "flag-changed" -> events.add(flagChanged(p));
        case "case-updated" -> events.add(caseUpdated(p));
        case "commitment-made" -> events.add(commitmentMade(p));
        default -> throw IRREGULAR;
      }
    }
    return events;
  }

  private static OfferPresented offerPresented(JsonParser p) throws IOException {
    var b = OfferPresented.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "at" -> {
          seen = once(seen, 1);
          b.at(instant(p, t));
        }
        case "campaign" -> {
          seen = once(seen, 2);
          if (t != JsonToken.VALUE_NULL) {
            b.campaign(CampaignId.of(text(p, t)));
          }
        }
        case "channel" -> {
          seen = once(seen, 4);
          b.channel(constant(CHANNELS, p, t));
        }
        case "customer" -> {
          seen = once(seen, 8);
          b.customer(CustomerId.of(text(p, t)));
        }
        case "expiresAt" -> {
          seen = once(seen, 16);
          if (t != JsonToken.VALUE_NULL) {
            b.expiresAt(instant(p, t));
          }
        }
        case "id" -> {
          seen = once(seen, 32);
          b.id(EventId.of(text(p, t)));
        }
        case "offer" -> {
          seen = once(seen, 64);
          b.offer(OfferId.of(text(p, t)));
        }
        case "purpose" -> {
          seen = once(seen, 128);
          b.purpose(constant(PURPOSES, p, t));
        }
        case "source" -> {
          seen = once(seen, 256);
          nullOnly(t);
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 1 | 4 | 8 | 32 | 64 | 128);
    return b.build();
  }

  private static FlagChanged flagChanged(JsonParser p) throws IOException {
    var b = FlagChanged.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "at" -> {
          seen = once(seen, 1);
          b.at(instant(p, t));
        }
        case "customer" -> {
          seen = once(seen, 2);
          b.customer(CustomerId.of(text(p, t)));
        }
        case "flag" -> {
          seen = once(seen, 4);
          b.flag(text(p, t));
        }
        case "id" -> {
          seen = once(seen, 8);
          b.id(EventId.of(text(p, t)));
        }
        case "raised" -> {
          seen = once(seen, 16);
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw IRREGULAR;
          }
          b.raised(t == JsonToken.VALUE_TRUE);
        }
        case "reason" -> {
          seen = once(seen, 32);
          b.reason(text(p, t));
        }
        case "source" -> {
          seen = once(seen, 64);
          nullOnly(t);
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 63);
    return b.build();
  }

  private static CaseUpdated caseUpdated(JsonParser p) throws IOException {
    var b = CaseUpdated.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "at" -> {
          seen = once(seen, 1);
          b.at(instant(p, t));
        }
        case "caseId" -> {
          seen = once(seen, 2);
          b.caseId(CaseId.of(text(p, t)));
        }
        case "customer" -> {
          seen = once(seen, 4);
          b.customer(CustomerId.of(text(p, t)));
        }
        case "id" -> {
          seen = once(seen, 8);
          b.id(EventId.of(text(p, t)));
        }
        case "kind" -> {
          seen = once(seen, 16);
          b.kind(constant(CASE_KINDS, p, t));
        }
        case "severity" -> {
          seen = once(seen, 32);
          b.severity(constant(SEVERITIES, p, t));
        }
        case "status" -> {
          seen = once(seen, 64);
          b.status(constant(CASE_STATUSES, p, t));
        }
        case "source" -> {
          seen = once(seen, 128);
          nullOnly(t);
        }
        case "summary" -> {
          seen = once(seen, 256);
          if (t != JsonToken.VALUE_NULL) {
            b.summary(text(p, t));
          }
        }
        case "team" -> {
          seen = once(seen, 512);
          if (t != JsonToken.VALUE_NULL) {
            b.team(TeamId.of(text(p, t)));
          }
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 127);
    return b.build();
  }

  private static CommitmentMade commitmentMade(JsonParser p) throws IOException {
    var b = CommitmentMade.builder();
    int seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "at" -> {
          seen = once(seen, 1);
          b.at(instant(p, t));
        }
        case "caseId" -> {
          seen = once(seen, 2);
          if (t != JsonToken.VALUE_NULL) {
            b.caseId(CaseId.of(text(p, t)));
          }
        }
        case "commitment" -> {
          seen = once(seen, 4);
          b.commitment(CommitmentId.of(text(p, t)));
        }
        case "customer" -> {
          seen = once(seen, 8);
          b.customer(CustomerId.of(text(p, t)));
        }
        case "description" -> {
          seen = once(seen, 16);
          b.description(text(p, t));
        }
        case "dueBy" -> {
          seen = once(seen, 32);
          b.dueBy(instant(p, t));
        }
        case "dueFrom" -> {
          seen = once(seen, 64);
          if (t != JsonToken.VALUE_NULL) {
            b.dueFrom(instant(p, t));
          }
        }
        case "id" -> {
          seen = once(seen, 128);
          b.id(EventId.of(text(p, t)));
        }
        case "kind" -> {
          seen = once(seen, 256);
          b.kind(constant(COMMITMENT_KINDS, p, t));
        }
        case "owner" -> {
          seen = once(seen, 512);
          b.owner(TeamId.of(text(p, t)));
        }
        case "source" -> {
          seen = once(seen, 1024);
          nullOnly(t);
        }
        default -> throw IRREGULAR;
      }
    }
    required(seen, 1 | 4 | 8 | 16 | 32 | 128 | 256 | 512);
    return b.build();
  }

  // --- tokens ---

  private static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw IRREGULAR; // a repeated key: databind reports it
    }
    return seen | bit;
  }

  private static void required(int seen, int bits) {
    if ((seen & bits) != bits) {
      throw IRREGULAR; // a required attribute missing: databind reports it
    }
  }

  private static void object(JsonToken t) {
    if (t != JsonToken.START_OBJECT) {
      throw IRREGULAR;
    }
  }

  private static void array(JsonToken t) {
    if (t != JsonToken.START_ARRAY) {
      throw IRREGULAR;
    }
  }

  private static void nullOnly(JsonToken t) {
    if (t != JsonToken.VALUE_NULL) {
      throw IRREGULAR;
    }
  }

  private static void emptyArray(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.START_ARRAY || p.nextToken() != JsonToken.END_ARRAY) {
      throw IRREGULAR;
    }
  }

  /** A string value; anything databind would coerce to one (a number, a boolean) is irregular. */
  private static String text(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw IRREGULAR;
    }
    return p.getText();
  }

  /** A text a file repeats on every line (an enum constant, a zone): from the tokenizer's table of names when it reads. */
  private static String repeated(JsonParser p, JsonToken t) throws IOException {
    return p instanceof ByteTokens tokens && t == JsonToken.VALUE_STRING ? tokens.textAsName() : text(p, t);
  }

  private static <E> E constant(Map<String, E> byName, JsonParser p, JsonToken t) throws IOException {
    E e = byName.get(repeated(p, t));
    if (e == null) {
      throw IRREGULAR;
    }
    return e;
  }

  private static ZoneId zone(JsonParser p, JsonToken t) throws IOException {
    String id = repeated(p, t);
    ZoneId z = ZONES.get(id);
    if (z == null) {
      for (int i = 0; i < id.length(); i++) {
        if (Character.isWhitespace(id.charAt(i))) {
          throw IRREGULAR; // databind trims; leave such text to it
        }
      }
      z = ZoneId.of(id);
      if (ZONES.size() < 1024) {
        ZONES.put(id, z);
      }
    }
    return z;
  }

  /** {@code HH:mm:ss}, the form the library writes; any other is irregular. */
  private static LocalTime time(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING || p.getTextLength() != 8) {
      throw IRREGULAR;
    }
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    if (c[o + 2] != ':' || c[o + 5] != ':') {
      throw IRREGULAR;
    }
    return LocalTime.of(two(c, o), two(c, o + 3), two(c, o + 6));
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ssZ}, the form the library writes (whole seconds, UTC); anything else
   * (fractions, offsets, other years) is irregular. Out-of-range fields throw from {@code
   * LocalDate.of} and are irregular too.
   */
  private static Instant instant(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING || p.getTextLength() != 20) {
      throw IRREGULAR;
    }
    char[] c = p.getTextCharacters();
    int o = p.getTextOffset();
    if (c[o + 4] != '-' || c[o + 7] != '-' || c[o + 10] != 'T' || c[o + 13] != ':' || c[o + 16] != ':'
        || c[o + 19] != 'Z') {
      throw IRREGULAR;
    }
    int year = two(c, o) * 100 + two(c, o + 2);
    int hour = two(c, o + 11);
    int minute = two(c, o + 14);
    int second = two(c, o + 17);
    if (hour > 23 || minute > 59 || second > 59) {
      throw IRREGULAR;
    }
    long day = LocalDate.of(year, two(c, o + 5), two(c, o + 8)).toEpochDay();
    return Instant.ofEpochSecond(day * 86_400L + hour * 3600 + minute * 60 + second);
  }

  private static int two(char[] c, int at) {
    int a = c[at] - '0';
    int b = c[at + 1] - '0';
    if (a < 0 || a > 9 || b < 0 || b > 9) {
      throw IRREGULAR;
    }
    return a * 10 + b;
  }

  private static <E extends Enum<E>> Map<String, E> names(E[] values) {
    Map<String, E> m = new HashMap<>();
    for (E e : values) {
      m.put(e.name(), e);
    }
    return m;
  }
}
