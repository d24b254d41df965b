package org.completecrm.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.Money;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.Trade;
import org.completecrm.core.voice.TradeSide;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.OfferId;
import org.completecrm.core.SourceRecordId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.ContactKind;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.customer.PostalAddress;
import org.completecrm.core.customer.Verification;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Households;
import org.completecrm.core.household.Membership;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.privacy.CustomerData;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CommitmentCancelled;
import org.completecrm.core.timeline.CommitmentFulfilled;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.OverrideRecorded;
import org.completecrm.core.timeline.Sentiment;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid crm-core values, for property tests in every module.
 *
 * <p>Every generator yields values that pass their type's checks. Composite values are built the
 * way a host builds them: households through join/leave/move/merge/split, timelines in time order
 * with responses after presentations and fulfilments after promises, views through {@link
 * CustomerViews#fold}. Personal data (names, e-mail addresses, phone numbers, address lines,
 * birth dates) is drawn from realistic pools and always at least three characters long, so tests
 * can check that it never leaks into {@code toString}. Invalid values live in {@link InvalidGen}.
 */
public final class CoreGen {
  /** The earliest instant generated: 2020-01-01T00:00:00Z. */
  public static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

  /** The latest instant {@link #instants()} generates: 2026-01-01T00:00:00Z. */
  public static final Instant HORIZON = Instant.parse("2026-01-01T00:00:00Z");

  static final List<String> GIVEN_NAMES = List.of(
      "Alice", "Bjørn", "Chiara", "Dmitri", "Émilie", "Farah", "Gustav", "Hiroko", "Ingrid", "Jamal",
      "Katarzyna", "Lorenzo", "Mireille", "Nkechi", "Oskar", "Priya", "Quentin", "Rosalind", "Siobhán",
      "Tomasz", "Ulrike", "Valentina", "Wilhelmina", "Xiomara", "Yusuf", "Zofia");
  static final List<String> FAMILY_NAMES = List.of(
      "Abernethy", "Brandström", "Castellano", "Dąbrowski", "Eriksdottir", "Fitzgerald", "Grünewald",
      "Hakimi", "Iwasaki", "Jovanović", "Kowalczyk", "Lindqvist", "Montgomery", "Nakamura", "O'Sullivan",
      "Papadopoulos", "Quintanilla", "Rasmussen", "Szczepański", "Thorvaldsen", "Underwood", "Vasquez",
      "Wojciechowski", "Yamamoto", "Zimmermann");
  static final List<String> STREETS = List.of(
      "Acacia Avenue", "Rue de Rivoli", "Königsallee", "Via Garibaldi", "Calle Mayor", "Elm Street",
      "Nørrebrogade", "Kungsgatan", "Long Acre", "Ulica Piotrkowska");
  static final List<String> LOCALITIES = List.of(
      "London", "Paris", "Düsseldorf", "Torino", "Madrid", "Springfield", "København", "Stockholm", "Łódź");
  static final List<String> COUNTRIES = List.of("GB", "FR", "DE", "IT", "ES", "US", "DK", "SE", "PL");
  static final List<String> SYSTEMS = List.of("billing", "webshop", "contact-centre", "fulfilment", "marketing");
  static final List<String> CURRENCIES = List.of("EUR", "GBP", "USD", "JPY", "CHF", "BHD");
  static final List<ZoneId> ZONES = List.of(
      ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
      ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Tokyo"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));
  static final List<String> LANGUAGES = List.of("en-GB", "de-DE", "fr", "ja-JP", "pt-BR", "sv");
  static final List<String> TEAMS = List.of("contact-centre", "branch-north", "back-office", "marketing", "complaints");
  static final List<String> PRODUCTS = List.of("fund-growth", "fund-income", "savings", "mortgage", "insurance-home");
  static final List<String> FLAGS = List.of("hardship", "vulnerable", "bereavement", "fraud-watch");

  private CoreGen() {}

  // ------------------------------------------------------------------ helpers

  /** One of the given generators, chosen uniformly. */
  public static <T> Gen<T> oneOf(List<Gen<? extends T>> gens) {
    Gen<Integer> index = Generate.range(0, gens.size() - 1);
    return in -> gens.get(index.generate(in)).generate(in);
  }

  /** One of the given values, chosen uniformly. */
  public static <T> Gen<T> pick(List<T> values) {
    return Generate.pick(values);
  }

  /** A present value about half the time, else empty. */
  public static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    Gen<Boolean> present = Generate.booleans();
    return in -> present.generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /** A list of {@code min} to {@code max} values. */
  public static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
    Gen<Integer> size = Generate.range(min, max);
    return in -> {
      int n = size.generate(in);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(gen.generate(in));
      }
      return out;
    };
  }

  static <T> T draw(Gen<T> gen, RandomnessSource in) {
    return gen.generate(in);
  }

  static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 1, 100) <= percent;
  }

  static <T> T any(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  // ------------------------------------------------------------------ time and ids

  /** Instants between {@link #EPOCH} and {@link #HORIZON}, to the second. */
  public static Gen<Instant> instants() {
    return longs().between(EPOCH.getEpochSecond(), HORIZON.getEpochSecond()).map(s -> Instant.ofEpochSecond(s));
  }

  /** Instants between {@code from} (inclusive) and {@code from + span} (inclusive), to the second. */
  public static Gen<Instant> instantsWithin(Instant from, Duration span) {
    return longs().between(0, span.getSeconds()).map(s -> from.plusSeconds(s));
  }

  /** Positive durations from one second to {@code max}. */
  public static Gen<Duration> durationsUpTo(Duration max) {
    return longs().between(1, max.getSeconds()).map(s -> Duration.ofSeconds(s));
  }

  /** Customer ids {@code c-1} to {@code c-99999}. */
  public static Gen<CustomerId> customerIds() {
    return integers().between(1, 99_999).map(i -> CustomerId.of("c-" + i));
  }

  /** Household ids. */
  public static Gen<HouseholdId> householdIds() {
    return integers().between(1, 99_999).map(i -> HouseholdId.of("h-" + i));
  }

  /** Event ids. */
  public static Gen<EventId> eventIds() {
    return integers().between(1, 999_999).map(i -> EventId.of("e-" + i));
  }

  /** Team ids from a realistic pool. */
  public static Gen<TeamId> teamIds() {
    return pick(TEAMS).map(TeamId::of);
  }

  /** Offer ids. */
  public static Gen<OfferId> offerIds() {
    return integers().between(1, 50).map(i -> OfferId.of("offer-" + i));
  }

  /** Campaign ids. */
  public static Gen<CampaignId> campaignIds() {
    return integers().between(1, 20).map(i -> CampaignId.of("campaign-" + i));
  }

  /** Case ids. */
  public static Gen<CaseId> caseIds() {
    return integers().between(1, 99_999).map(i -> CaseId.of("case-" + i));
  }

  /** Commitment ids. */
  public static Gen<CommitmentId> commitmentIds() {
    return integers().between(1, 99_999).map(i -> CommitmentId.of("cm-" + i));
  }

  /** Source record ids. */
  public static Gen<SourceRecordId> sourceRecordIds() {
    return integers().between(1, 99_999).map(i -> SourceRecordId.of("rec-" + i));
  }

  /** Identifier text that every id record accepts, including unusual but valid characters. */
  public static Gen<String> idTexts() {
    Gen<String> plain = integers().between(0, 1_000_000).map(i -> "id-" + i);
    Gen<String> unicode = pick(List.of("é-1", "ключ", "鍵-42", "a b", "x/y:z", "  padded  ", "\"quoted\""));
    Gen<String> longest = Generate.constant("x".repeat(200));
    return oneOf(List.of(plain, unicode, longest));
  }

  /** Source identities (system + key). */
  public static Gen<SourceIdentity> sourceIdentities() {
    Gen<String> system = pick(SYSTEMS);
    Gen<Integer> key = integers().between(1, 999_999);
    return in -> SourceIdentity.of(system.generate(in), "k-" + key.generate(in));
  }

  // ------------------------------------------------------------------ money

  /** Currencies, including ones without minor units (JPY) and with three (BHD). */
  public static Gen<Currency> currencies() {
    return pick(CURRENCIES).map(Currency::getInstance);
  }

  /** Amounts in any currency at that currency's scale, positive, zero or negative. */
  public static Gen<Money> money() {
    return in -> moneyIn(draw(currencies(), in), -1_000_000_000L, 1_000_000_000L).generate(in);
  }

  /** Amounts of at least zero in {@code currency}. */
  public static Gen<Money> nonNegativeMoney(Currency currency) {
    return moneyIn(currency, 0, 100_000_000L);
  }

  /** Amounts in {@code currency} whose unscaled value lies in [min, max]. */
  public static Gen<Money> moneyIn(Currency currency, long minUnscaled, long maxUnscaled) {
    int scale = Math.max(0, currency.getDefaultFractionDigits());
    return longs().between(minUnscaled, maxUnscaled).map(u -> Money.of(BigDecimal.valueOf(u, scale), currency));
  }

  /** Amounts with arbitrary scale (0 to 6 decimal places), as rates and shares produce. */
  public static Gen<Money> preciseMoney() {
    Gen<Integer> scale = Generate.range(0, 6);
    Gen<Long> unscaled = longs().between(-1_000_000_000_000L, 1_000_000_000_000L);
    return in -> Money.of(BigDecimal.valueOf(unscaled.generate(in), scale.generate(in)), draw(currencies(), in));
  }

  // ------------------------------------------------------------------ customers

  /** Given names (personal data). */
  public static Gen<String> givenNames() {
    return pick(GIVEN_NAMES);
  }

  /** Family names (personal data). */
  public static Gen<String> familyNames() {
    return pick(FAMILY_NAMES);
  }

  /** Birth dates of adults and children alive today. */
  public static Gen<LocalDate> birthDates() {
    return longs().between(LocalDate.of(1925, 1, 1).toEpochDay(), LocalDate.of(2019, 12, 31).toEpochDay())
        .map(d -> LocalDate.ofEpochDay(d));
  }

  /** Postal addresses with one or two lines and a consistent validity period. */
  public static Gen<PostalAddress> postalAddresses() {
    return CoreGen::postalAddress;
  }

  static PostalAddress postalAddress(RandomnessSource in) {
    {
      var b = PostalAddress.builder()
          .addLines(between(in, 1, 299) + " " + any(in, STREETS))
          .locality(any(in, LOCALITIES))
          .country(any(in, COUNTRIES));
      if (chance(in, 30)) {
        b.addLines("Flat " + between(in, 1, 40));
      }
      if (chance(in, 80)) {
        b.postcode(String.format(java.util.Locale.ROOT, "%s%d %d%s", "AB", between(in, 1, 99), between(in, 1, 9), "XY"));
      }
      if (chance(in, 30)) {
        b.region(any(in, List.of("Greater London", "Île-de-France", "Piemonte", "Ohio")));
      }
      if (chance(in, 50)) {
        LocalDate from = LocalDate.ofEpochDay(between(in, 7000, 19000));
        b.validFrom(from);
        if (chance(in, 40)) {
          b.validUntil(from.plusDays(between(in, 1, 4000)));
        }
      }
      return b.build();
    }
  }

  /** E-mail addresses built from a person's names, such as {@code chiara.castellano42@example.org}. */
  public static String emailOf(String given, String family, int n) {
    return (given + "." + family).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "x") + n + "@example.org";
  }

  /** Phone numbers in E.164 form from the reserved drama range. */
  public static Gen<String> phoneNumbers() {
    return integers().between(0, 999).map(i -> String.format(java.util.Locale.ROOT, "+447700900%03d", i));
  }

  /** Contact points of every kind; verified ones carry their verification instant. */
  public static Gen<ContactPoint> contactPoints() {
    return in -> contactPoint(in, any(in, GIVEN_NAMES), any(in, FAMILY_NAMES));
  }

  static ContactPoint contactPoint(RandomnessSource in, String given, String family) {
    ContactKind kind = any(in, List.of(ContactKind.values()));
    String value;
    switch (kind) {
      case EMAIL:
        value = emailOf(given, family, between(in, 1, 99));
        break;
      case PHONE:
        value = draw(phoneNumbers(), in);
        break;
      case POSTAL:
        value = any(in, List.of("home", "work", "holiday-home"));
        break;
      default:
        value = "acct-" + between(in, 1000, 99999);
        break;
    }
    Verification v = any(in, List.of(Verification.values()));
    var b = ContactPoint.builder().kind(kind).value(value).verification(v).preferred(chance(in, 30));
    if (v == Verification.VERIFIED || (v == Verification.FAILED && chance(in, 50))) {
      b.verifiedAt(draw(instants(), in));
    }
    return b.build();
  }

  /** Customers: people and organisations. */
  public static Gen<Customer> customers() {
    return in -> chance(in, 75) ? person(in, draw(customerIds(), in)) : organisation(in, draw(customerIds(), in));
  }

  /** People with the given id. */
  public static Gen<Customer> persons(CustomerId id) {
    return in -> person(in, id);
  }

  /** People. */
  public static Gen<Customer> persons() {
    return in -> person(in, draw(customerIds(), in));
  }

  /** Organisations. */
  public static Gen<Customer> organisations() {
    return in -> organisation(in, draw(customerIds(), in));
  }

  /** Customers with the given id, person or organisation. */
  public static Gen<Customer> customers(CustomerId id) {
    return in -> chance(in, 75) ? person(in, id) : organisation(in, id);
  }

  static Customer person(RandomnessSource in, CustomerId id) {
    String given = any(in, GIVEN_NAMES);
    String family = any(in, FAMILY_NAMES);
    var b = Customer.builder().id(id).kind(PartyKind.PERSON);
    int names = between(in, 0, 9);
    if (names > 0) {
      b.givenName(given);
    }
    if (names != 1) {
      b.familyName(family);
    }
    if (chance(in, 70)) {
      b.birthDate(draw(birthDates(), in));
    }
    Contacts k = contacts(in, given, family);
    return b.addresses(k.addresses()).contactPoints(k.contactPoints()).sourceIdentities(k.sources()).build();
  }

  static Customer organisation(RandomnessSource in, CustomerId id) {
    String a = any(in, FAMILY_NAMES);
    String c = any(in, FAMILY_NAMES);
    var b = Customer.builder().id(id).kind(PartyKind.ORGANISATION)
        .organisationName(a + " & " + c + " " + any(in, List.of("Ltd", "GmbH", "S.p.A.", "AB")));
    if (chance(in, 60)) {
      b.foundingDate(LocalDate.ofEpochDay(between(in, -20000, 19000)));
    }
    Contacts k = contacts(in, a, c);
    return b.addresses(k.addresses()).contactPoints(k.contactPoints()).sourceIdentities(k.sources()).build();
  }

  private record Contacts(List<PostalAddress> addresses, List<ContactPoint> contactPoints, List<SourceIdentity> sources) {}

  private static Contacts contacts(RandomnessSource in, String given, String family) {
    List<PostalAddress> addresses = new ArrayList<>();
    List<ContactPoint> points = new ArrayList<>();
    List<SourceIdentity> sources = new ArrayList<>();
    int n = between(in, 0, 2);
    for (int i = 0; i < n; i++) {
      addresses.add(postalAddress(in));
    }
    n = between(in, 0, 4);
    for (int i = 0; i < n; i++) {
      points.add(contactPoint(in, given, family));
    }
    n = between(in, 0, 3);
    for (int i = 0; i < n; i++) {
      sources.add(draw(sourceIdentities(), in));
    }
    return new Contacts(addresses, points, sources);
  }

  // ------------------------------------------------------------------ households

  /** Membership periods, open or closed. */
  public static Gen<Membership> memberships() {
    return in -> {
      Instant since = draw(instants(), in);
      var b = Membership.builder().customer(draw(customerIds(), in))
          .role(any(in, List.of(HouseholdRole.values()))).since(since);
      if (chance(in, 50)) {
        b.until(since.plusSeconds(between(in, 1, 100_000_000)));
      }
      return b.build();
    };
  }

  /** Random sequences of household operations, to be run through {@link HouseholdWorld}. */
  public static Gen<List<HouseholdOp>> householdOps(int maxOps) {
    return listOf(householdOp(), 0, maxOps);
  }

  /** One household operation with abstract operands (indices into the world's customers and households). */
  public static Gen<HouseholdOp> householdOp() {
    return in -> new HouseholdOp(
        any(in, List.of(HouseholdOp.Kind.values())),
        between(in, 0, HouseholdWorld.CUSTOMERS - 1),
        between(in, 0, 15),
        between(in, 0, 15),
        any(in, List.of(HouseholdRole.values())),
        between(in, 1, 255),
        between(in, 1, 400) * 3600L);
  }

  /** Sets of households with realistic histories, built through the operations (no customer in two at once). */
  public static Gen<List<Household>> householdWorlds() {
    return householdOps(40).map(ops -> HouseholdWorld.start(EPOCH).applyAll(ops).households());
  }

  /** One household with a realistic history, built through the operations; it has at least one member. */
  public static Gen<Household> households() {
    return householdWorlds().map(hs -> hs.stream()
        .filter(h -> !h.memberships().isEmpty())
        .findFirst()
        .orElseGet(() -> HouseholdFixtures.aCoupleWithOneDependant(EPOCH)));
  }

  // ------------------------------------------------------------------ channels and consent

  /** Time zones with and without daylight-saving time. */
  public static Gen<ZoneId> zones() {
    return pick(ZONES);
  }

  /** Local times to the minute. */
  public static Gen<LocalTime> localTimes() {
    return integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
  }

  /** Quiet hours in {@code zone}, some wrapping past midnight. */
  public static Gen<QuietHours> quietHours(ZoneId zone) {
    return localTimes().zip(localTimes(), (a, b) -> a.equals(b) ? null : QuietHours.of(a, b, zone))
        .assuming(java.util.Objects::nonNull);
  }

  /** Quiet hours in any zone. */
  public static Gen<QuietHours> quietHours() {
    return in -> draw(quietHours(draw(zones(), in)), in);
  }

  /** Contact frequencies. */
  public static Gen<ContactFrequency> contactFrequencies() {
    return in -> ContactFrequency.of(between(in, 0, 30), Duration.ofDays(between(in, 1, 365)));
  }

  /** Channel preferences: a ranking of distinct channels, a zone and optional quiet hours, frequency, language. */
  public static Gen<ChannelPreferences> channelPreferences() {
    return in -> {
      ZoneId zone = draw(zones(), in);
      List<Channel> pool = new ArrayList<>(List.of(Channel.values()));
      var b = ChannelPreferences.builder().zone(zone);
      int ranked = between(in, 0, 4);
      for (int i = 0; i < ranked; i++) {
        b.addRankedChannels(pool.remove(between(in, 0, pool.size() - 1)));
      }
      if (chance(in, 60)) {
        b.quietHours(draw(quietHours(zone), in));
      }
      if (chance(in, 50)) {
        b.frequency(draw(contactFrequencies(), in));
      }
      if (chance(in, 60)) {
        b.language(any(in, LANGUAGES));
      }
      return b.build();
    };
  }

  /** Consent entries of {@code customer}, recorded at instants drawn from {@code instants}. */
  public static Gen<ConsentEntry> consentEntries(CustomerId customer, Gen<Instant> instants) {
    return in -> {
      ConsentAction action = chance(in, 60) ? ConsentAction.GRANTED : ConsentAction.WITHDRAWN;
      Instant at = draw(instants, in);
      var b = ConsentEntry.builder().customer(customer)
          .channel(any(in, List.of(Channel.values())))
          .purpose(any(in, List.of(Purpose.values())))
          .action(action)
          .recordedAt(at)
          .source(any(in, List.of("web-preference-centre", "branch-form", "call-recording", "app-settings")))
          .evidence("ev-" + between(in, 1, 9999));
      if (action == ConsentAction.GRANTED && chance(in, 40)) {
        b.expiresAt(at.plusSeconds(between(in, 1, 60_000_000)));
      }
      return b.build();
    };
  }

  /** Consent entries of any customer. */
  public static Gen<ConsentEntry> consentEntries() {
    return in -> draw(consentEntries(draw(customerIds(), in), instants()), in);
  }

  /**
   * Consent ledgers of {@code customer} with up to {@code maxEntries} entries; instants come from a
   * small set half the time, so grants and withdrawals often share an instant.
   */
  public static Gen<ConsentLedger> consentLedgers(CustomerId customer, int maxEntries) {
    Gen<Instant> coarse = integers().between(0, 12).map(i -> EPOCH.plus(Duration.ofDays(30L * i)));
    Gen<Instant> mixed = oneOf(List.of(coarse, instants()));
    return listOf(consentEntries(customer, mixed), 0, maxEntries)
        .map(es -> ConsentLedger.builder().customer(customer).entries(es).build());
  }

  /** Consent ledgers of any customer. */
  public static Gen<ConsentLedger> consentLedgers() {
    return in -> draw(consentLedgers(draw(customerIds(), in), 12), in);
  }

  // ------------------------------------------------------------------ timeline events

  /** Cost drivers of interactions. */
  public static Gen<CostDriver> costDrivers() {
    return in -> chance(in, 30)
        ? CostDriver.once(any(in, List.of("statement-posted", "email-handled", "branch-visit")))
        : CostDriver.of(any(in, List.of("inbound-call", "outbound-call", "chat-session")),
            BigDecimal.valueOf(between(in, 0, 6000), 1), "minute");
  }

  /** Free-text attributes; some values mention {@code mention} (personal data in free text). */
  static Map<String, String> attributes(RandomnessSource in, String mention) {
    Map<String, String> m = new TreeMap<>();
    int n = between(in, 0, 3);
    for (int i = 0; i < n; i++) {
      m.put(any(in, List.of("agent-note", "queue", "campaign-cell", "device")),
          chance(in, 30) ? "spoke to " + mention : "value-" + between(in, 1, 99));
    }
    return m;
  }

  static Optional<SourceIdentity> source(RandomnessSource in) {
    return chance(in, 85) ? Optional.of(draw(sourceIdentities(), in)) : Optional.empty();
  }

  /** Interactions of {@code customer} at {@code at}. */
  public static Interaction interaction(RandomnessSource in, EventId id, CustomerId customer, Instant at, String mention) {
    Channel channel = any(in, List.of(Channel.values()));
    var b = Interaction.builder().id(id).customer(customer).at(at).source(source(in))
        .channel(channel)
        .direction(channel.supportsOutbound() && chance(in, 50) ? Direction.OUTBOUND : Direction.INBOUND)
        .type(any(in, List.of("call", "e-mail", "statement", "web-session", "visit", "chat")))
        .attributes(attributes(in, mention));
    if (chance(in, 60)) {
      b.purpose(any(in, List.of(Purpose.values())));
    }
    if (chance(in, 50)) {
      b.outcome(any(in, List.of("resolved", "no-answer", "transferred")));
    }
    if (chance(in, 40)) {
      b.sentiment(any(in, List.of(Sentiment.values())));
    }
    if (chance(in, 60)) {
      b.team(TeamId.of(any(in, TEAMS)));
    }
    if (chance(in, 70)) {
      b.costDriver(draw(costDrivers(), in));
    }
    return b.build();
  }

  /** Transactions of {@code customer} at {@code at}. */
  public static Transaction transaction(RandomnessSource in, EventId id, CustomerId customer, Instant at) {
    Currency currency = Currency.getInstance(any(in, List.of("EUR", "GBP", "JPY")));
    Money amount = draw(nonNegativeMoney(currency), in);
    var b = Transaction.builder().id(id).customer(customer).at(at).source(source(in))
        .amount(amount)
        .kind(chance(in, 85) ? TransactionKind.PURCHASE : TransactionKind.REFUND)
        .attributes(attributes(in, "order"));
    if (chance(in, 70)) {
      b.product(any(in, PRODUCTS));
    }
    if (chance(in, 40)) {
      b.margin(draw(moneyIn(currency, -1_000_000, 1_000_000), in));
    }
    if (chance(in, 60)) {
      b.channel(any(in, List.of(Channel.WEB, Channel.BRANCH, Channel.PHONE, Channel.APP_PUSH)));
    }
    return b.build();
  }

  /** Offers presented to {@code customer} at {@code at}. */
  public static OfferPresented offerPresented(RandomnessSource in, EventId id, CustomerId customer, Instant at) {
    var b = OfferPresented.builder().id(id).customer(customer).at(at).source(source(in))
        .offer(draw(offerIds(), in))
        .channel(any(in, List.of(Channel.values())))
        .purpose(chance(in, 80) ? Purpose.MARKETING : Purpose.SERVICE);
    if (chance(in, 60)) {
      b.campaign(draw(campaignIds(), in));
    }
    if (chance(in, 50)) {
      b.expiresAt(at.plusSeconds(between(in, 3600, 60 * 86400)));
    }
    return b.build();
  }

  /** A response to {@code presented} at {@code at}. */
  public static OfferResponded offerResponded(RandomnessSource in, EventId id, OfferPresented presented, Instant at) {
    return OfferResponded.builder().id(id).customer(presented.customer()).at(at).source(source(in))
        .presentation(presented.id()).offer(presented.offer())
        .response(any(in, List.of(OfferResponse.values()))).build();
  }

  /** A case update of {@code caseId}. */
  public static CaseUpdated caseUpdated(
      RandomnessSource in, EventId id, CustomerId customer, Instant at, CaseId caseId, CaseKind kind,
      CaseStatus status, String mention) {
    var b = CaseUpdated.builder().id(id).customer(customer).at(at).source(source(in))
        .caseId(caseId).kind(kind).severity(any(in, List.of(Severity.values()))).status(status);
    if (chance(in, 70)) {
      b.team(TeamId.of(any(in, TEAMS)));
    }
    if (chance(in, 60)) {
      b.summary(any(in, List.of("Letter to ", "Call from ", "Visit by ")) + mention);
    }
    return b.build();
  }

  /** Feedback of {@code customer} at {@code at}. */
  public static FeedbackReceived feedback(
      RandomnessSource in, EventId id, CustomerId customer, Instant at, Optional<EventId> about, String mention) {
    SurveyKind survey = any(in, List.of(SurveyKind.values()));
    var b = FeedbackReceived.builder().id(id).customer(customer).at(at).source(source(in))
        .survey(survey).about(about);
    if (survey != SurveyKind.TEXT) {
      b.score(between(in, survey.minScore(), survey.maxScore()));
    }
    if (chance(in, 60)) {
      b.topic(any(in, List.of("billing", "web-site", "store", "staff")));
    }
    if (survey == SurveyKind.TEXT || chance(in, 40)) {
      b.comment("I am " + mention + " and I want to say thanks");
    }
    return b.build();
  }

  /** A flag raised or cleared. */
  public static FlagChanged flagChanged(RandomnessSource in, EventId id, CustomerId customer, Instant at, String flag, boolean raised) {
    return FlagChanged.builder().id(id).customer(customer).at(at).source(source(in))
        .flag(flag).raised(raised).reason(raised ? "reported by the customer" : "no longer applies").build();
  }

  /** An override recorded. */
  public static OverrideRecorded overrideRecorded(RandomnessSource in, EventId id, CustomerId customer, Instant at, String mention) {
    var b = OverrideRecorded.builder().id(id).customer(customer).at(at).source(source(in))
        .team(TeamId.of(any(in, TEAMS))).action("goodwill-credit")
        .reason("Long wait; " + mention + " was upset");
    if (chance(in, 70)) {
      Currency eur = Currency.getInstance("EUR");
      b.amount(draw(nonNegativeMoney(eur), in)).limit(draw(nonNegativeMoney(eur), in));
    }
    return b.build();
  }

  /** A commitment made at {@code at}. */
  public static CommitmentMade commitmentMade(
      RandomnessSource in, EventId id, CustomerId customer, Instant at, CommitmentId commitment, String mention) {
    Instant dueBy = at.plusSeconds(between(in, 60, 14 * 86400));
    var b = CommitmentMade.builder().id(id).customer(customer).at(at).source(source(in))
        .commitment(commitment).kind(any(in, List.of(CommitmentKind.values())))
        .owner(TeamId.of(any(in, TEAMS))).dueBy(dueBy)
        .description("Call " + mention + " back about the statement");
    if (chance(in, 40)) {
      long span = dueBy.getEpochSecond() - at.getEpochSecond();
      b.dueFrom(at.plusSeconds(between(in, 0, (int) Math.max(0, span - 1))));
    }
    if (chance(in, 30)) {
      b.caseId(draw(caseIds(), in));
    }
    return b.build();
  }

  /** Every kind of timeline event, each valid on its own (responses and fulfilments refer to generated ids). */
  public static Gen<TimelineEvent> timelineEvents() {
    return in -> {
      EventId id = draw(eventIds(), in);
      CustomerId c = draw(customerIds(), in);
      Instant at = draw(instants(), in);
      String mention = any(in, GIVEN_NAMES);
      switch (between(in, 0, 10)) {
        case 0:
          return interaction(in, id, c, at, mention);
        case 1:
          return transaction(in, id, c, at);
        case 2:
          return offerPresented(in, id, c, at);
        case 3:
          return offerResponded(in, id, offerPresented(in, draw(eventIds(), in), c, at.minusSeconds(60)), at);
        case 4:
          return caseUpdated(in, id, c, at, draw(caseIds(), in), any(in, List.of(CaseKind.values())),
              any(in, List.of(CaseStatus.values())), mention);
        case 5:
          return feedback(in, id, c, at, optional(eventIds()).generate(in), mention);
        case 6:
          return flagChanged(in, id, c, at, any(in, FLAGS), chance(in, 50));
        case 7:
          return overrideRecorded(in, id, c, at, mention);
        case 8:
          return commitmentMade(in, id, c, at, draw(commitmentIds(), in), mention);
        case 9:
          return CommitmentFulfilled.builder().id(id).customer(c).at(at).source(source(in))
              .commitment(draw(commitmentIds(), in)).build();
        default:
          return CommitmentCancelled.builder().id(id).customer(c).at(at).source(source(in))
              .commitment(draw(commitmentIds(), in)).reason("customer no longer needs it").build();
      }
    };
  }

  /**
   * A consistent timeline of up to {@code maxEvents} events for {@code customer} from {@code start}:
   * in time order, unique ids, responses to earlier presentations, case updates of opened cases,
   * fulfilments and cancellations of commitments made earlier (at most one each), flags cleared
   * only after being raised. {@code mention} is personal data that free text may contain.
   */
  public static Gen<List<TimelineEvent>> timelines(CustomerId customer, Instant start, int maxEvents, String mention) {
    return in -> {
      int n = between(in, 0, maxEvents);
      List<TimelineEvent> out = new ArrayList<>();
      List<OfferPresented> presented = new ArrayList<>();
      Map<CaseId, CaseKind> cases = new LinkedHashMap<>();
      List<CommitmentId> pending = new ArrayList<>();
      Set<String> flags = new LinkedHashSet<>();
      Instant t = start;
      String prefix = customer.value() + "-e";
      for (int i = 0; i < n; i++) {
        t = t.plusSeconds(between(in, 1, 5 * 86400));
        EventId id = EventId.of(prefix + i);
        int kind = between(in, 0, 10);
        TimelineEvent e;
        if (kind == 0 || kind == 1) {
          e = interaction(in, id, customer, t, mention);
        } else if (kind == 2) {
          e = transaction(in, id, customer, t);
        } else if (kind == 3) {
          OfferPresented p = offerPresented(in, id, customer, t);
          presented.add(p);
          e = p;
        } else if (kind == 4 && !presented.isEmpty()) {
          e = offerResponded(in, id, presented.remove(between(in, 0, presented.size() - 1)), t);
        } else if (kind == 5) {
          CaseId caseId;
          CaseStatus status;
          if (cases.isEmpty() || chance(in, 40)) {
            caseId = CaseId.of(customer.value() + "-case" + i);
            cases.put(caseId, any(in, List.of(CaseKind.values())));
            status = CaseStatus.OPEN;
          } else {
            caseId = any(in, new ArrayList<>(cases.keySet()));
            status = any(in, List.of(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED));
          }
          e = caseUpdated(in, id, customer, t, caseId, cases.get(caseId), status, mention);
        } else if (kind == 6) {
          Optional<EventId> about = out.isEmpty() || chance(in, 50)
              ? Optional.empty() : Optional.of(any(in, out).id());
          e = feedback(in, id, customer, t, about, mention);
        } else if (kind == 7) {
          String flag = any(in, FLAGS);
          boolean raised = !flags.contains(flag);
          if (raised) {
            flags.add(flag);
          } else {
            flags.remove(flag);
          }
          e = flagChanged(in, id, customer, t, flag, raised);
        } else if (kind == 8) {
          e = overrideRecorded(in, id, customer, t, mention);
        } else if (kind == 9 || pending.isEmpty()) {
          CommitmentId cid = CommitmentId.of(customer.value() + "-cm" + i);
          pending.add(cid);
          e = commitmentMade(in, id, customer, t, cid, mention);
        } else {
          CommitmentId cid = pending.remove(between(in, 0, pending.size() - 1));
          e = chance(in, 70)
              ? CommitmentFulfilled.builder().id(id).customer(customer).at(t).source(source(in)).commitment(cid).build()
              : CommitmentCancelled.builder().id(id).customer(customer).at(t).source(source(in)).commitment(cid)
                  .reason("no longer wanted by " + mention).build();
        }
        out.add(e);
      }
      return out;
    };
  }

  // ------------------------------------------------------------------ holdings, scores

  /** Holdings of {@code customer}. */
  public static Gen<Holding> holdings(CustomerId customer) {
    return in -> Holding.of(customer, any(in, PRODUCTS),
        draw(nonNegativeMoney(Currency.getInstance(any(in, List.of("EUR", "GBP")))), in), draw(instants(), in));
  }

  /** Holdings of any customer. */
  public static Gen<Holding> holdings() {
    return in -> draw(holdings(draw(customerIds(), in)), in);
  }

  /** Scores with finite values and labels. */
  public static Gen<Scores> scores() {
    return in -> {
      var b = Scores.builder();
      if (chance(in, 70)) {
        b.putValues(Scores.CLV, between(in, -100_000, 1_000_000) / 100.0);
      }
      if (chance(in, 70)) {
        b.putValues(Scores.P_ALIVE, between(in, 0, 1000) / 1000.0);
      }
      if (chance(in, 50)) {
        b.putLabels(Scores.SEGMENT, any(in, List.of("loyal", "at-risk", "new", "dormant")));
      }
      return b.build();
    };
  }

  // ------------------------------------------------------------------ views

  /** Everything a view is folded from, so that tests can fold it again in another order. */
  public record ViewInputs(
      Customer customer,
      Optional<Household> household,
      ConsentLedger consent,
      ChannelPreferences preferences,
      List<TimelineEvent> events,
      Instant at) {
    /** Folds the inputs into a view. */
    public CustomerView fold() {
      return CustomerViews.fold(customer, household, consent, preferences, events, at);
    }

    /** The same inputs with other events. */
    public ViewInputs withEvents(List<TimelineEvent> other) {
      return new ViewInputs(customer, household, consent, preferences, other, at);
    }
  }

  /**
   * View inputs: a person with consent, preferences and a consistent timeline; half the time a
   * household with a partner whose own timeline is included, from events of several systems.
   */
  public static Gen<ViewInputs> viewInputs() {
    return in -> {
      CustomerId id = draw(customerIds(), in);
      Customer customer = person(in, id);
      String mention = customer.displayName();
      Instant start = EPOCH.plusSeconds(between(in, 0, 365 * 86400));
      List<TimelineEvent> events = new ArrayList<>(draw(timelines(id, start, 30, mention), in));
      Optional<Household> household = Optional.empty();
      if (chance(in, 50)) {
        CustomerId partner = CustomerId.of(id.value() + "-partner");
        Instant joined = start.plusSeconds(between(in, 0, 30 * 86400));
        Household h = Household.empty(HouseholdId.of("h-" + id.value()))
            .join(id, HouseholdRole.PRIMARY, start)
            .join(partner, HouseholdRole.PARTNER, joined);
        if (chance(in, 40)) {
          h = h.leave(partner, joined.plusSeconds(between(in, 1, 60 * 86400)));
        }
        household = Optional.of(h);
        events.addAll(draw(timelines(partner, start, 10, "partner"), in));
      }
      Instant last = events.stream().map(TimelineEvent::at).max(Instant::compareTo).orElse(start);
      Instant at = chance(in, 20)
          ? start.plusSeconds(between(in, 0, (int) Math.max(1, last.getEpochSecond() - start.getEpochSecond())))
          : last.plusSeconds(between(in, 0, 30 * 86400));
      return new ViewInputs(customer, household, draw(consentLedgers(id, 8), in),
          draw(channelPreferences(), in), events, at);
    };
  }

  /** Customer views folded from {@link #viewInputs()}. */
  public static Gen<CustomerView> customerViews() {
    return viewInputs().map(ViewInputs::fold);
  }

  /**
   * Everything a host holds on one person, for data-subject requests: a person with contact data,
   * consent, preferences, a consistent timeline whose free text mentions them, holdings, up to
   * two households (the second after moving out of the first) with other members, and identity
   * source records (for most of the customer's source identities) carrying their names, date of
   * birth, address, contact points, national and account ids and free text.
   */
  public static Gen<CustomerData> customerData() {
    return in -> {
      CustomerId id = draw(customerIds(), in);
      Customer customer = person(in, id);
      Instant start = EPOCH.plusSeconds(between(in, 0, 365 * 86400));
      List<TimelineEvent> events = draw(timelines(id, start, 30, customer.displayName()), in);
      List<Household> households = new ArrayList<>();
      if (chance(in, 70)) {
        Household first = Household.empty(HouseholdId.of("h-" + between(in, 1, 999)))
            .join(CustomerId.of("other-1"), HouseholdRole.PRIMARY, start.minusSeconds(86400))
            .join(id, HouseholdRole.PARTNER, start);
        if (chance(in, 50)) {
          Households.Pair moved = Households.move(first, Household.empty(HouseholdId.of("h-new-" + between(in, 1, 999))),
              id, HouseholdRole.PRIMARY, start.plusSeconds(between(in, 1, 200 * 86400)));
          households.add(moved.first());
          households.add(moved.second());
        } else {
          households.add(first);
        }
      }
      var b = CustomerData.builder().customer(customer).consent(draw(consentLedgers(id, 8), in))
          .households(households).events(events).holdings(listOf(holdings(id), 0, 3).generate(in));
      if (chance(in, 70)) {
        b.preferences(draw(channelPreferences(), in));
      }
      for (int i = between(in, 0, 2); i > 0; i--) {
        IdeaId idea = IdeaId.of("idea-" + i);
        b.addIdeas(Idea.submit(idea, "billing", "From " + customer.displayName() + ": idea " + i, Optional.of(id), start));
        b.addVotes(Vote.builder().idea(idea).customer(id).direction(chance(in, 50) ? VoteDirection.UP : VoteDirection.DOWN)
            .at(start.plusSeconds(between(in, 1, 86400))).build());
      }
      for (int i = between(in, 0, 2); i > 0; i--) {
        b.addTrades(Trade.builder().customer(id).outcome("yes").side(TradeSide.BUY).shares(between(in, 1, 40) / 4.0)
            .amount(Money.of(between(in, 1, 9) + ".00", "EUR")).at(start.plusSeconds(between(in, 1, 86400))).priceAfter(0.5)
            .build());
      }
      if (chance(in, 50)) {
        org.completecrm.core.interest.TopicLedger topics = org.completecrm.core.interest.TopicLedger.empty(id);
        for (int i = between(in, 1, 3); i > 0; i--) {
          topics = topics.append(org.completecrm.core.interest.TopicEntry.builder().customer(id)
              .topic(i % 2 == 0 ? "pensions" : "savings")
              .action(chance(in, 50) ? org.completecrm.core.interest.TopicAction.INTERESTED
                  : org.completecrm.core.interest.TopicAction.OPTED_OUT)
              .recordedAt(start.plusSeconds(between(in, 1, 86400))).source("preference-centre")
              .evidence("asked by " + customer.displayName()).build());
        }
        b.topics(topics);
      }
      for (SourceIdentity s : customer.sourceIdentities()) {
        if (chance(in, 80)) {
          b.addSourceRecords(sourceRecord(in, s, customer));
        }
      }
      return b.build();
    };
  }

  /** A source record about the customer, with personal data in every kind of attribute. */
  static SourceRecord sourceRecord(RandomnessSource in, SourceIdentity identity, Customer customer) {
    String given = customer.givenName().orElseGet(() -> any(in, GIVEN_NAMES));
    String family = customer.familyName().orElseGet(() -> any(in, FAMILY_NAMES));
    Map<AttributeType, String> a = new TreeMap<>();
    if (chance(in, 50)) {
      a.put(AttributeType.FULL_NAME, given + " " + family);
    } else {
      a.put(AttributeType.GIVEN_NAME, given);
      a.put(AttributeType.FAMILY_NAME, family);
    }
    a.put(AttributeType.BIRTH_DATE, customer.birthDate().orElseGet(() -> draw(birthDates(), in)).toString());
    a.put(AttributeType.EMAIL, given.toLowerCase(java.util.Locale.ROOT) + "." + between(in, 1, 999) + "@example.org");
    a.put(AttributeType.PHONE, "+44 7700 9" + between(in, 10_000, 99_999));
    a.put(AttributeType.STREET_NUMBER, between(in, 1, 300) + "b");
    a.put(AttributeType.STREET, any(in, FAMILY_NAMES) + " Lane " + between(in, 1, 99));
    a.put(AttributeType.ADDRESS_LINE, "Flat " + between(in, 1, 40) + " c/o " + family);
    a.put(AttributeType.LOCALITY, "Town of " + family);
    a.put(AttributeType.POSTCODE, "ZZ" + between(in, 1, 99) + " " + between(in, 1, 9) + "QX");
    a.put(AttributeType.REGION, "County of " + given);
    a.put(AttributeType.COUNTRY, "GB");
    a.put(AttributeType.NATIONAL_ID, "QQ" + between(in, 100_000, 999_999) + "C");
    a.put(AttributeType.ACCOUNT_ID, "acct-" + between(in, 100_000, 999_999));
    var b = SourceRecord.builder().identity(identity).attributes(a)
        .freeAttributes(Map.of("notes", "Spoke to " + given + " " + family + " about their order"))
        .addVerified(AttributeType.EMAIL);
    if (chance(in, 70)) {
      b.updatedAt(EPOCH.plusSeconds(between(in, 0, 365 * 86400)));
    }
    return b.build();
  }
}
