package org.completecrm.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CrmException;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.rekey.HeldData;
import org.completecrm.core.rekey.Rekey;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CommitmentFulfilled;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.HouseholdView;
import org.completecrm.core.view.HouseholdViews;
import org.completecrm.core.view.MemberRecord;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Explanations;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;

/**
 * The fund company's household story, end to end. A household of four: the primary member calls
 * while the partner has an open complaint of high severity and an overdue promise. Marketing is
 * suppressed for every member, the partner's promise is known and kept first, and the staff read
 * why in English and German. Once the complaint is resolved, the household-scoped fund plan is
 * offered once: to the primary member, in German (her preferred language), and not again to the
 * adult son who calls two days later. Then the partner and the son turn out to have duplicate
 * records in the fund platform: a data steward merges them (consent, timeline, commitments,
 * holdings and memberships carried to the surviving ids with {@code Rekey}) and later unmerges
 * them, every entry going back where it came from.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.HouseholdStoryExample}.
 * Members are printed by position and role, never by name.
 */
public final class HouseholdStoryExample {
  /** The example rule set on the class path. */
  public static final String RULES = "rules/household-rules.json";
  /** When the primary member calls. */
  public static final Instant CALL = Instant.parse("2026-11-23T10:15:00Z");
  /** When she calls again, the complaint resolved. */
  public static final Instant SECOND_CALL = Instant.parse("2026-12-07T10:00:00Z");
  /** When the adult son calls. */
  public static final Instant SON_CALLS = Instant.parse("2026-12-09T11:00:00Z");
  /** When the duplicates are merged. */
  public static final Instant MERGED = Instant.parse("2026-12-10T09:00:00Z");
  /** When the merges are undone. */
  public static final Instant UNMERGED = Instant.parse("2027-01-10T09:00:00Z");

  private static final TeamId CARE = TeamId.of("client-care");

  private HouseholdStoryExample() {}

  /**
   * What the story produced.
   *
   * @param firstContext the context of the primary member's first call (the household's members in it)
   * @param firstCall the primary member's first call
   * @param secondCall her second call
   * @param sonCalls the son's call
   * @param before everything held before the merges
   * @param merged after both merges
   * @param after after both unmerges
   */
  public record Result(DecisionContext firstContext, Decision firstCall, Decision secondCall, Decision sonCalls, HeldData before, HeldData merged,
      HeldData after) {}

  /** Runs the story, writing what happens to {@code out}. */
  public static Result run(PrintWriter out) {
    List<SourceRecord> records = List.of(
        record("crm", "m-1", "Ana", "Okafor", "1978-05-02"), record("crm", "m-2", "Ben", "Okafor", "1976-11-30"),
        record("crm", "m-3", "Chloe", "Okafor", "2012-07-19"), record("crm", "m-4", "Dan", "Okafor", "2003-02-11"),
        record("funds", "f-88", "Benjamin", "Mensah", "1976-11-03"),
        record("funds", "f-91", "Daniel", "Mensah", "2003-02-21"));
    Resolution resolved = Resolver.resolve(records, ResolverSettings.builder().model(MatchModel.typical()).build(),
        CALL.minus(Duration.ofDays(30)));
    List<CustomerId> ids = new ArrayList<>();
    for (SourceRecord r : records) {
      ids.add(resolved.customerOf(r.identity()).orElseThrow());
    }
    CustomerId ana = ids.get(0);
    CustomerId ben = ids.get(1);
    CustomerId chloe = ids.get(2);
    CustomerId dan = ids.get(3);
    Instant since = Instant.parse("2019-01-01T00:00:00Z");
    Household household = Household.empty(HouseholdId.of("h-okafor")).join(ana, HouseholdRole.PRIMARY, since)
        .join(ben, HouseholdRole.PARTNER, since).join(chloe, HouseholdRole.DEPENDANT, since.plus(Duration.ofDays(400)))
        .join(dan, HouseholdRole.OTHER, since.plus(Duration.ofDays(800)));
    out.printf("household h-okafor: 4 members; the fund platform holds 2 more records (%d customers resolved)%n",
        resolved.clusters().size());

    List<TimelineEvent> benEvents = new ArrayList<>(List.of(
        CaseUpdated.builder().id(EventId.of("case-7-open")).customer(ben).at(Instant.parse("2026-11-18T09:41:00Z"))
            .caseId(CaseId.of("case-7")).kind(CaseKind.COMPLAINT).severity(Severity.HIGH).status(CaseStatus.OPEN)
            .team(CARE).build(),
        CommitmentMade.builder().id(EventId.of("promise-3")).customer(ben).at(Instant.parse("2026-11-18T09:45:00Z"))
            .commitment(CommitmentId.of("callback-3")).kind(CommitmentKind.CALL_BACK).owner(CARE)
            .dueBy(Instant.parse("2026-11-20T17:00:00Z")).description("Call back with the fee refund decision").build()));
    Map<CustomerId, MemberRecord> members = new java.util.LinkedHashMap<>();
    for (CustomerId id : List.of(ana, ben, chloe, dan)) {
      members.put(id, member(id, id.equals(ben) ? benEvents : List.of(), id.equals(ana) ? "de-DE" : "en-GB"));
    }
    RuleSet rules = rules();

    Decision first = decide(out, "The primary member calls", household, members, ana, DecisionEvent.inboundCall(), rules, CALL);
    for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN)) {
      out.printf("  for staff (%s):%n", l.getLanguage());
      for (String line : Explanations.in(l).lines(first)) {
        out.println("    " + line);
      }
    }

    benEvents.add(CommitmentFulfilled.builder().id(EventId.of("promise-3-kept")).customer(ben).at(CALL.plusSeconds(600))
        .commitment(CommitmentId.of("callback-3")).build());
    benEvents.add(CaseUpdated.builder().id(EventId.of("case-7-resolved")).customer(ben)
        .at(Instant.parse("2026-12-01T12:00:00Z")).caseId(CaseId.of("case-7")).kind(CaseKind.COMPLAINT)
        .severity(Severity.HIGH).status(CaseStatus.RESOLVED).team(CARE).build());
    members.put(ben, member(ben, benEvents, "en-GB"));
    Decision second = decide(out, "The complaint resolved, the primary member calls again", household, members, ana,
        DecisionEvent.inboundCall(), rules, SECOND_CALL);
    if (second.actions().stream().anyMatch(a -> a.action().value().equals("family-fund-plan"))) {
      members.put(ana, member(ana, List.of(OfferPresented.builder().id(EventId.of("plan-1")).customer(ana)
          .at(SECOND_CALL).offer(org.completecrm.core.OfferId.of("family-fund-plan")).channel(Channel.PHONE)
          .purpose(Purpose.MARKETING).expiresAt(SECOND_CALL.plus(Duration.ofDays(30))).build()), "de-DE"));
    }
    Decision son = decide(out, "The adult son calls", household, members, dan, DecisionEvent.inboundCall(), rules,
        SON_CALLS);
    for (Locale l : List.of(Locale.ENGLISH, Locale.GERMAN)) {
      out.printf("  for staff (%s): %s%n", l.getLanguage(), Explanations.in(l).explain(son.candidates().stream()
          .filter(c -> c.action().value().equals("family-fund-plan")).findFirst().orElseThrow()));
    }

    HeldData before = held(household, members, ids, ben, dan);
    Rekey.Merged m1 = Rekey.merge(before, resolved, ben, ids.get(4), MERGED);
    Resolution r1 = resolved.merge(ben, ids.get(4), "steward-2", "same person in the fund platform", MERGED);
    Rekey.Merged m2 = Rekey.merge(m1.held(), r1, dan, ids.get(5), MERGED);
    Resolution r2 = r1.merge(dan, ids.get(5), "steward-2", "same person in the fund platform", MERGED);
    HeldData merged = m2.held();
    out.printf("merged the fund platform's duplicates into member 2 (partner) and member 4 (other):%n");
    describe(out, merged, List.of(ben, dan), MERGED);
    HouseholdView hv = HouseholdViews.fold(household, recordsOf(merged, household, List.of(ana, ben, chloe, dan)),
        Optional.empty(), MERGED);
    out.printf("  household value now %s (the duplicates' holdings now count for the household)%n",
        hv.value().map(Money::toString).orElse("none"));

    Resolution s1 = r2.unmerge(dan, Set.of(records.get(5).identity()), "steward-7", "two people after all", UNMERGED);
    HeldData back1 = Rekey.unmerge(merged, m2.record(), s1);
    Resolution s2 = s1.unmerge(ben, Set.of(records.get(4).identity()), "steward-7", "two people after all", UNMERGED);
    HeldData after = Rekey.unmerge(back1, m1.record(), s2);
    out.printf("unmerged both:%n");
    describe(out, after, List.of(ben, ids.get(4), dan, ids.get(5)), UNMERGED);
    out.flush();
    return new Result(context(household, members, ana, DecisionEvent.inboundCall()), first, second, son, before, merged, after);
  }

  /** The context of a decision about member {@code who}: their own record, the household and the others' records. */
  private static DecisionContext context(Household household, Map<CustomerId, MemberRecord> members, CustomerId who,
      DecisionEvent event) {
    MemberRecord self = members.get(who);
    List<MemberRecord> others = new ArrayList<>();
    members.forEach((id, r) -> {
      if (!id.equals(who)) {
        others.add(r);
      }
    });
    return DecisionContext.builder().event(event).customer(self.customer()).household(household)
        .consent(self.consent()).preferences(self.preferences()).timeline(self.timeline()).holdings(self.holdings())
        .members(others).build();
  }

  private static Decision decide(PrintWriter out, String title, Household household, Map<CustomerId, MemberRecord> members,
      CustomerId who, DecisionEvent event, RuleSet rules, Instant at) {
    Decision d = context(household, members, who, event).decide(rules, at);
    int position = HouseholdViews.fold(household, new ArrayList<>(members.values()), Optional.empty(), at).member(who)
        .orElseThrow().position();
    out.printf("%s (member %d, %s):%n", title, position, at);
    for (String line : d.summary().split("\n")) {
      if (!line.startsWith("Decision for")) {
        out.println(line);
      }
    }
    return d;
  }

  private static MemberRecord member(CustomerId id, List<TimelineEvent> events, String language) {
    ConsentLedger consent = ConsentLedger.empty(id);
    for (Channel ch : List.of(Channel.PHONE, Channel.EMAIL)) {
      consent = consent.append(ConsentEntry.builder().customer(id).channel(ch).purpose(Purpose.MARKETING)
          .action(ConsentAction.GRANTED).recordedAt(Instant.parse("2024-03-01T10:00:00Z")).source("account-opening")
          .evidence("form-" + id.value()).build());
    }
    return MemberRecord.builder().customer(Customer.builder().id(id).kind(PartyKind.PERSON).givenName("Member").build())
        .consent(consent).preferences(ChannelPreferences.builder().zone(ZoneId.of("Europe/Berlin")).language(language)
            .build())
        .timeline(events).addHoldings(Holding.of(id, "fund", Money.of("10000.00", "EUR"), Instant.parse("2026-10-31T00:00:00Z")))
        .build();
  }

  private static HeldData held(Household household, Map<CustomerId, MemberRecord> members, List<CustomerId> ids,
      CustomerId ben, CustomerId dan) {
    var b = HeldData.builder().addHouseholds(household);
    for (MemberRecord r : members.values()) {
      b.addLedgers(r.consent()).addAllEvents(r.timeline()).addAllHoldings(r.holdings());
    }
    for (int i = 4; i < 6; i++) {
      CustomerId dup = ids.get(i);
      b.addLedgers(ConsentLedger.empty(dup).append(ConsentEntry.builder().customer(dup).channel(Channel.EMAIL)
          .purpose(Purpose.MARKETING).action(ConsentAction.WITHDRAWN).recordedAt(Instant.parse("2025-09-01T08:00:00Z"))
          .source("fund-platform").evidence("unsubscribe-" + i).build()));
      b.addHoldings(Holding.of(dup, "platform-fund", Money.of("2500.00", "EUR"), Instant.parse("2026-10-31T00:00:00Z")));
    }
    return b.build();
  }

  private static List<MemberRecord> recordsOf(HeldData held, Household household, List<CustomerId> ids) {
    List<MemberRecord> out = new ArrayList<>();
    for (CustomerId id : ids) {
      ConsentLedger l = held.ledgers().stream().filter(x -> x.customer().equals(id)).findFirst().orElseThrow();
      out.add(MemberRecord.builder().customer(Customer.builder().id(id).kind(PartyKind.PERSON).givenName("Member").build()).consent(l)
          .preferences(ChannelPreferences.none(ZoneId.of("Europe/Berlin")))
          .timeline(held.events().stream().filter(e -> e.customer().equals(id)).toList())
          .holdings(held.holdings().stream().filter(h -> h.customer().equals(id)).toList()).build());
    }
    return out;
  }

  private static void describe(PrintWriter out, HeldData held, List<CustomerId> ids, Instant at) {
    for (CustomerId id : ids) {
      ConsentLedger l = held.ledgers().stream().filter(x -> x.customer().equals(id)).findFirst().orElse(null);
      long events = held.events().stream().filter(e -> e.customer().equals(id)).count();
      long holdings = held.holdings().stream().filter(h -> h.customer().equals(id)).count();
      String role = held.households().get(0).roleAt(id, at).map(Enum::name).orElse("no member");
      out.printf("  %s: %s, consent entries %d, e-mail marketing %s, events %d, holdings %d%n", id, role,
          l == null ? 0 : l.entries().size(), l == null ? "-" : l.effective(Channel.EMAIL, Purpose.MARKETING, at).status(),
          events, holdings);
    }
  }

  private static SourceRecord record(String system, String key, String given, String family, String born) {
    Map<AttributeType, String> a = new EnumMap<>(AttributeType.class);
    a.put(AttributeType.GIVEN_NAME, given);
    a.put(AttributeType.FAMILY_NAME, family);
    a.put(AttributeType.BIRTH_DATE, born);
    return SourceRecord.builder().identity(SourceIdentity.of(system, key)).attributes(a).build();
  }

  /** The example's rule set, read from the class path. */
  public static RuleSet rules() {
    try (InputStream in = HouseholdStoryExample.class.getClassLoader().getResourceAsStream(RULES)) {
      if (in == null) {
        throw new CrmException("the example rule set " + RULES + " is missing from the class path");
      }
      return RuleSets.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
  }
}
