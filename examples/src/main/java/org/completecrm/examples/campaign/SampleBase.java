package org.completecrm.examples.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
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
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
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

/**
 * A seeded base of realistic decision contexts for campaign demos and benchmarks: customers in
 * households of one to four (about 2.5 on average), mostly in the UK, with consent given and
 * withdrawn per channel and purpose, quiet hours for about four in ten, recent offers on the
 * timeline, a few open complaints and overdue call-backs, hardship and bereavement flags, and the
 * scores the sample rules read (segment, value tier, pAlive, CLV, a propensity per offer).
 */
public final class SampleBase {
  /** The default run instant: a Monday morning before the first send. */
  public static final Instant AT = Instant.parse("2026-11-23T07:00:00Z");
  static final List<String> GIVEN = List.of("Ana", "Ben", "Chloe", "Dev", "Eva", "Femi", "Grace", "Hamid", "Isla",
      "Jon", "Kemi", "Liam", "Maya", "Nia", "Omar", "Priya", "Ravi", "Sara", "Tom", "Zoe");
  static final List<String> FAMILY = List.of("Okafor", "Smith", "Patel", "Jones", "Nowak", "Murphy", "Khan", "Evans",
      "Silva", "Brown", "Taylor", "Ahmed", "Wilson", "Kowalski", "Walker");
  static final String[] SEGMENTS = {"savers", "savers", "families", "families", "young", "retired", "dormant"};
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final List<ZoneId> ZONES = List.of(LONDON, LONDON, LONDON, LONDON, LONDON, LONDON, ZoneId.of("Europe/Dublin"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Singapore"));

  private SampleBase() {}

  /**
   * Generates {@code customers} contexts from {@code seed}, as of {@code at}, handing each to
   * {@code sink} in order (no list is kept).
   *
   * @param offers the offer ids whose propensities the scores carry
   */
  public static void generate(int customers, long seed, Instant at, List<String> offers, Consumer<DecisionContext> sink) {
    SplittableRandom r = new SplittableRandom(seed);
    int c = 0;
    int h = 0;
    while (c < customers) {
      int size = Math.min(customers - c, householdSize(r));
      HouseholdId hid = HouseholdId.of(String.format("h-%07d", h++));
      List<CustomerId> ids = new ArrayList<>(size);
      for (int m = 0; m < size; m++) {
        ids.add(CustomerId.of(String.format("c-%08d", c + m)));
      }
      Household household = null;
      if (size > 1) {
        var hb = Household.builder().id(hid);
        for (int m = 0; m < size; m++) {
          hb.addMemberships(Membership.of(ids.get(m), m == 0 ? HouseholdRole.PRIMARY : m == 1
              ? HouseholdRole.PARTNER : HouseholdRole.DEPENDANT, at.minus(Duration.ofDays(200 + r.nextInt(3000)))));
        }
        household = hb.build();
      }
      String family = FAMILY.get(r.nextInt(FAMILY.size()));
      ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
      String segment = SEGMENTS[r.nextInt(SEGMENTS.length)];
      for (CustomerId id : ids) {
        sink.accept(context(id, family, zone, segment, household, at, offers, r));
      }
      c += size;
    }
  }

  /** 1 to 4 members, each a quarter of the households: 2.5 on average, 400,000 households per 1,000,000 customers. */
  private static int householdSize(SplittableRandom r) {
    return 1 + r.nextInt(4);
  }

  private static DecisionContext context(CustomerId id, String family, ZoneId zone, String segment, Household household,
      Instant at, List<String> offers, SplittableRandom r) {
    ConsentLedger consent = ConsentLedger.empty(id);
    consent = grant(consent, id, Channel.EMAIL, Purpose.MARKETING, 65, at, r);
    consent = grant(consent, id, Channel.POST, Purpose.MARKETING, 40, at, r);
    consent = grant(consent, id, Channel.APP_PUSH, Purpose.MARKETING, 25, at, r);
    consent = grant(consent, id, Channel.PHONE, Purpose.MARKETING, 15, at, r);
    consent = grant(consent, id, Channel.PHONE, Purpose.SERVICE, 75, at, r);
    consent = grant(consent, id, Channel.EMAIL, Purpose.SERVICE, 85, at, r);
    consent = grant(consent, id, Channel.SMS, Purpose.RESEARCH, 20, at, r);
    if (r.nextInt(100) < 5 && !consent.entries().isEmpty()) {
      ConsentEntry first = consent.entries().get(0);
      consent = consent.append(ConsentEntry.builder().from(first).action(ConsentAction.WITHDRAWN)
          .recordedAt(at.minus(Duration.ofDays(1 + r.nextInt(60)))).expiresAt(java.util.Optional.empty())
          .source("contact-centre-call").evidence("call-" + id.value()).build());
    }
    var prefs = ChannelPreferences.builder().zone(zone);
    prefs.addRankedChannels(r.nextBoolean() ? Channel.EMAIL : Channel.APP_PUSH);
    if (r.nextInt(100) < 40) {
      prefs.quietHours(QuietHours.of(LocalTime.of(20 + r.nextInt(3), 0), LocalTime.of(7 + r.nextInt(3), 0), zone));
    }
    List<TimelineEvent> timeline = new ArrayList<>();
    for (int e = r.nextInt(4); e > 0; e--) {
      timeline.add(OfferPresented.builder().id(EventId.of(id.value() + "-o" + e)).customer(id)
          .at(at.minus(Duration.ofHours(6 + r.nextInt(24 * 40)))).offer(OfferId.of(offers.get(r.nextInt(offers.size()))))
          .campaign(CampaignId.of("autumn-2026")).channel(r.nextInt(3) == 0 ? Channel.POST : Channel.EMAIL)
          .purpose(Purpose.MARKETING).build());
    }
    if (r.nextInt(100) < 3) {
      CaseId caseId = CaseId.of(id.value() + "-case");
      timeline.add(CaseUpdated.builder().id(EventId.of(id.value() + "-c")).customer(id)
          .at(at.minus(Duration.ofDays(1 + r.nextInt(20)))).caseId(caseId).kind(CaseKind.COMPLAINT)
          .severity(Severity.MEDIUM).status(CaseStatus.OPEN).team(TeamId.of("billing-disputes")).build());
      if (r.nextBoolean()) {
        timeline.add(CommitmentMade.builder().id(EventId.of(id.value() + "-cm")).customer(id)
            .at(at.minus(Duration.ofDays(4))).commitment(CommitmentId.of(id.value() + "-callback"))
            .kind(CommitmentKind.CALL_BACK).owner(TeamId.of("billing-disputes")).dueBy(at.minus(Duration.ofDays(2)))
            .description("Call back with the outcome of the complaint").caseId(caseId).build());
      }
    }
    if (r.nextInt(100) < 2) {
      timeline.add(flag(id, "hardship", at, r));
    } else if (r.nextInt(200) == 0) {
      timeline.add(flag(id, "bereavement", at, r));
    }
    double pAlive = Math.min(1, 0.2 + 0.8 * Math.sqrt(r.nextDouble()));
    var scores = Scores.builder().putLabels(Scores.SEGMENT, segment)
        .putLabels(Scores.VALUE_TIER, r.nextInt(10) < 2 ? "gold" : r.nextInt(10) < 5 ? "silver" : "bronze")
        .putValues(Scores.P_ALIVE, pAlive).putValues(Scores.CLV, (double) Math.round(50 + 4000 * r.nextDouble() * pAlive));
    for (String offer : offers) {
      scores.putValues(Scores.propensityOf(offer), Math.round((0.01 + 0.45 * r.nextDouble() * r.nextDouble()) * 1e4) / 1e4);
    }
    var b = DecisionContext.builder().event(DecisionEvent.campaignRun(CampaignId.of("winter-2026")))
        .customer(Customer.builder().id(id).kind(PartyKind.PERSON).givenName(GIVEN.get(r.nextInt(GIVEN.size())))
            .familyName(family).build())
        .consent(consent).preferences(prefs.build()).timeline(timeline).scores(scores.build());
    if (household != null) {
      b.household(household);
    }
    return b.build();
  }

  private static ConsentLedger grant(ConsentLedger ledger, CustomerId id, Channel ch, Purpose p, int percent,
      Instant at, SplittableRandom r) {
    if (r.nextInt(100) >= percent) {
      return ledger;
    }
    return ledger.append(ConsentEntry.builder().customer(id).channel(ch).purpose(p).action(ConsentAction.GRANTED)
        .recordedAt(at.minus(Duration.ofDays(5 + r.nextInt(1500)))).source("preference-centre")
        .evidence("form-" + id.value()).build());
  }

  private static FlagChanged flag(CustomerId id, String flag, Instant at, SplittableRandom r) {
    return FlagChanged.builder().id(EventId.of(id.value() + "-" + flag)).customer(id)
        .at(at.minus(Duration.ofDays(1 + r.nextInt(90)))).flag(flag).raised(true).reason("reported by the customer")
        .build();
  }
}
