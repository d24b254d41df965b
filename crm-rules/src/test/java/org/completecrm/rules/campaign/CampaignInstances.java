package org.completecrm.rules.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
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
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;

/** Seeded campaign instances for tests: a rule set of offers, customers in households, settings whose budgets bind. */
final class CampaignInstances {
  static final Instant AT = Instant.parse("2026-11-23T06:00:00Z");
  static final List<String> SEGMENTS = List.of("savers", "families", "young", "retired");
  static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
      ZoneId.of("Asia/Tokyo"), ZoneId.of("Europe/Berlin"));
  static final List<Channel> OUTBOUND = List.of(Channel.EMAIL, Channel.SMS, Channel.POST, Channel.PHONE,
      Channel.APP_PUSH);

  private CampaignInstances() {}

  /**
   * A rule set of {@code offers} offers, each proposed in campaign runs for some segments (written
   * as JSON, the form authors use).
   */
  static RuleSet rules(int offers, long seed) {
    Random r = new Random(seed);
    StringBuilder actions = new StringBuilder();
    StringBuilder rules = new StringBuilder();
    for (int o = 0; o < offers; o++) {
      EnumSet<Channel> chs = EnumSet.noneOf(Channel.class);
      chs.add(OUTBOUND.get(r.nextInt(OUTBOUND.size())));
      chs.add(OUTBOUND.get(r.nextInt(OUTBOUND.size())));
      String channels = chs.stream().map(c -> "\"" + c + "\"").collect(java.util.stream.Collectors.joining(","));
      actions.append(o == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
          "{\"id\":\"o-%d\",\"kind\":\"OFFER\",\"purpose\":\"MARKETING\",\"channels\":[%s],"
              + "\"name\":\"Offer %d\",\"value\":%d,\"lever\":%s}",
          o, channels, o, 20 + r.nextInt(180), r.nextInt(4) == 0 ? "1.5" : "1"));
      List<String> segs = new ArrayList<>(SEGMENTS.subList(0, 1 + r.nextInt(SEGMENTS.size())));
      java.util.Collections.rotate(segs, r.nextInt(4));
      String in = segs.stream().map(x -> "\"" + x + "\"").collect(java.util.stream.Collectors.joining(","));
      rules.append(o == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
          "{\"id\":\"r-%d\",\"priority\":%d,\"when\":{\"all\":[{\"field\":\"event.kind\",\"op\":\"eq\","
              + "\"value\":\"CAMPAIGN_RUN\"},{\"field\":\"segment\",\"op\":\"in\",\"value\":[%s]}]},"
              + "\"then\":[{\"propose\":\"o-%d\"}]}",
          o, r.nextInt(50), in, o));
    }
    String json = "{\"id\":\"campaign-test\",\"version\":1,\"actions\":[" + actions + "],\"rules\":[" + rules + "],"
        + "\"policies\":{\"caps\":[{\"id\":\"email-weekly\",\"channel\":\"EMAIL\",\"purpose\":\"MARKETING\",\"max\":2,"
        + "\"window\":\"P7D\"},{\"id\":\"household-post\",\"channel\":\"POST\",\"purpose\":\"MARKETING\",\"max\":1,"
        + "\"window\":\"P30D\",\"household\":true}],\"quietHours\":[{\"id\":\"no-calls-evenings\",\"start\":\"20:00\","
        + "\"end\":\"09:00\",\"channels\":[\"PHONE\",\"SMS\"]}]},"
        + "\"channelCosts\":{\"EMAIL\":0.05,\"SMS\":0.08,\"APP_PUSH\":0.01,\"POST\":0.9,\"PHONE\":4.5}}";
    return RuleSets.fromJson(json);
  }

  /** {@code n} customers, about {@code n / 2.5} households, seeded. */
  static List<DecisionContext> contexts(int n, int offers, long seed) {
    Random r = new Random(seed);
    List<DecisionContext> out = new ArrayList<>(n);
    int c = 0;
    int h = 0;
    while (c < n) {
      int size = Math.min(n - c, 1 + r.nextInt(4));
      HouseholdId hid = HouseholdId.of("h-" + h++);
      List<CustomerId> ids = new ArrayList<>();
      for (int m = 0; m < size; m++) {
        ids.add(CustomerId.of(String.format("c-%06d", c + m)));
      }
      var hb = Household.builder().id(hid);
      for (int m = 0; m < size; m++) {
        hb.addMemberships(Membership.of(ids.get(m), m == 0 ? HouseholdRole.PRIMARY : HouseholdRole.PARTNER,
            AT.minus(Duration.ofDays(400))));
      }
      Household household = hb.build();
      for (CustomerId id : ids) {
        out.add(context(id, size > 1 || r.nextBoolean() ? household : null, offers, r));
      }
      c += size;
    }
    return out;
  }

  static DecisionContext context(CustomerId id, Household household, int offers, Random r) {
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    ConsentLedger consent = ConsentLedger.empty(id);
    for (Channel ch : OUTBOUND) {
      if (r.nextInt(10) < 7) {
        var e = ConsentEntry.builder().customer(id).channel(ch).purpose(Purpose.MARKETING)
            .action(ConsentAction.GRANTED).recordedAt(AT.minus(Duration.ofDays(10 + r.nextInt(500))))
            .source("preference-centre").evidence("form");
        if (r.nextInt(20) == 0) {
          e.expiresAt(AT.plus(Duration.ofMinutes(30 + r.nextInt(20 * 60))));
        }
        consent = consent.append(e.build());
        if (r.nextInt(5) == 0) {
          // recorded before the run, effective during its window (issue 17's future start): the customer
          // pauses marketing on this channel for some hours of the window and then resumes it
          Instant pause = AT.plus(Duration.ofMinutes(30 + r.nextInt(12 * 60)));
          Instant recorded = AT.minus(Duration.ofDays(1));
          consent = consent.append(ConsentEntry.builder().customer(id).channel(ch).purpose(Purpose.MARKETING)
              .action(ConsentAction.WITHDRAWN).recordedAt(recorded).startsAt(pause)
              .source("preference-centre").evidence("pause").build());
          consent = consent.append(ConsentEntry.builder().customer(id).channel(ch).purpose(Purpose.MARKETING)
              .action(ConsentAction.GRANTED).recordedAt(recorded.plusSeconds(1))
              .startsAt(pause.plus(Duration.ofHours(1 + r.nextInt(6)))).source("preference-centre")
              .evidence("resume").build());
        }
      }
    }
    var prefs = ChannelPreferences.builder().zone(zone);
    if (r.nextBoolean()) {
      prefs.quietHours(QuietHours.of(LocalTime.of(19 + r.nextInt(4), 30 * r.nextInt(2)),
          LocalTime.of(6 + r.nextInt(4), 0), zone));
    }
    List<TimelineEvent> timeline = new ArrayList<>();
    for (int e = r.nextInt(4); e > 0; e--) {
      timeline.add(OfferPresented.builder().id(EventId.of(id.value() + "-p" + e)).customer(id)
          .at(AT.minus(Duration.ofHours(2 + r.nextInt(24 * 10)))).offer(OfferId.of("o-" + r.nextInt(offers)))
          .campaign(CampaignId.of("autumn")).channel(r.nextBoolean() ? Channel.EMAIL : Channel.POST)
          .purpose(Purpose.MARKETING).build());
    }
    if (r.nextInt(30) == 0) {
      timeline.add(FlagChanged.builder().id(EventId.of(id.value() + "-f")).customer(id).at(AT.minus(Duration.ofDays(3)))
          .flag("hardship").raised(true).reason("reported").build());
    }
    var scores = Scores.builder().putLabels(Scores.SEGMENT, SEGMENTS.get(r.nextInt(SEGMENTS.size())));
    for (int o = 0; o < offers; o++) {
      scores.putValues(Scores.propensityOf("o-" + o), 0.01 + 0.4 * r.nextDouble() * r.nextDouble());
    }
    var b = DecisionContext.builder().event(DecisionEvent.campaignRun(CampaignId.of("test")))
        .customer(Customer.builder().id(id).kind(PartyKind.PERSON).familyName("Member " + id.value()).build()).consent(consent)
        .preferences(prefs.build()).timeline(timeline).scores(scores.build());
    if (household != null) {
      b.household(household);
    }
    return b.build();
  }

  /** Settings whose budgets bind for {@code n} customers. */
  static CampaignSettings settings(int n, int offers, boolean perHousehold, long seed) {
    Random r = new Random(seed);
    var budgets = Budgets.builder();
    for (int o = 0; o < offers; o++) {
      if (r.nextInt(3) > 0) {
        budgets.putOffers(OfferId.of("o-" + o), Math.max(1, n / (offers * (1 + r.nextInt(3)))));
      }
    }
    budgets.putChannelsPerDay(Channel.PHONE, Math.max(1, n / 50)).putChannelsPerDay(Channel.EMAIL, Math.max(1, n / 4))
        .totalCost(Money.of(java.math.BigDecimal.valueOf(Math.max(5, n / 10)), Money.currency("GBP")))
        .putSegments("young", Math.max(1, n / 20));
    return CampaignSettings.builder().campaign(CampaignId.of("test")).budgets(budgets.build())
        .addTeams(TeamCapacity.builder().team(TeamId.of("contact-centre")).capacityPerDay(Math.max(1, n / 100.0))
            .putResponseShares(Channel.PHONE, 0.9).putResponseShares(Channel.POST, 0.3)
            .putResponseShares(Channel.EMAIL, 0.05).build())
        .oneOutboundPerHousehold(perHousehold)
        .sendWindow(SendWindow.builder().hours(24).putThroughputPerHour(Channel.EMAIL, Math.max(1, n / 20))
            .putThroughputPerHour(Channel.PHONE, Math.max(1, n / 200)).build())
        .build();
  }
}
