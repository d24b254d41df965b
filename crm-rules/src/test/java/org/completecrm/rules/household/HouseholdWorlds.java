package org.completecrm.rules.household;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CaseId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.score.Scores;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.core.view.HouseholdView;
import org.completecrm.core.view.HouseholdViews;
import org.completecrm.core.view.MemberRecord;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.ActionScope;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.testing.RulesGen;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** Random households of two to four members (some of whom left) with timelines, consent and rule sets. */
final class HouseholdWorlds {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final OfferId FAMILY = OfferId.of("family-plan");
  static final List<String> FLAGS = List.of("hardship", "bereavement", "deceased", "vulnerable", "vip", "student");
  static final Set<String> HARM = Set.of("hardship", "bereavement", "deceased", "vulnerable");
  /** How a member's channel stands for marketing: granted, never, pending double opt-in, confirmed. */
  enum Marketing { GRANTED, NEVER, PENDING, CONFIRMED }

  private HouseholdWorlds() {}

  /** A household at an instant: the household's history and every member's record. */
  record World(Household household, List<MemberRecord> records, Instant at) {
    HouseholdView view() {
      return HouseholdViews.fold(household, records, Optional.empty(), at);
    }

    CustomerView viewOf(MemberRecord r) {
      return CustomerViews.fold(r.customer(), Optional.of(household), r.consent(), r.preferences(), r.timeline(), at);
    }

    List<MemberRecord> current() {
      return records.stream().filter(r -> household.membershipAt(r.customer().id(), at).isPresent()).toList();
    }

    Decision decide(MemberRecord r, DecisionEvent e, RuleSet rules) {
      return Decisions.decide(e, viewOf(r), view(), Scores.none(), rules, at);
    }

    World at(Instant t) {
      return new World(household, records, t);
    }

    World withEvent(TimelineEvent e) {
      List<MemberRecord> out = new ArrayList<>();
      for (MemberRecord r : records) {
        out.add(r.customer().id().equals(e.customer())
            ? MemberRecord.builder().from(r).addTimeline(e).build() : r);
      }
      return new World(household, out, at);
    }

    World withTimeline(CustomerId id, List<TimelineEvent> events) {
      List<MemberRecord> out = new ArrayList<>();
      for (MemberRecord r : records) {
        out.add(r.customer().id().equals(id) ? MemberRecord.builder().from(r).timeline(events).build() : r);
      }
      return new World(household, out, at);
    }
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

  /** How each member's marketing consent stands per channel, by member index then channel. */
  record Consents(List<List<Marketing>> byMember) {}

  /**
   * Households of 2 to 4 members; the first is primary, a later one may have left; flags (some
   * harmful, some cleared), complaints of any severity (some resolved), and the household offer
   * outstanding with, accepted or rejected by at most one member.
   */
  static Gen<World> worlds() {
    return in -> {
      int n = between(in, 2, 4);
      Household h = Household.empty(HouseholdId.of("h-1"));
      List<MemberRecord> records = new ArrayList<>();
      int familyHolder = chance(in, 40) ? between(in, 0, n - 1) : -1;
      for (int i = 0; i < n; i++) {
        CustomerId id = CustomerId.of("c-m" + (i + 1));
        HouseholdRole role = i == 0 ? HouseholdRole.PRIMARY
            : any(in, List.of(HouseholdRole.PARTNER, HouseholdRole.DEPENDANT, HouseholdRole.OTHER));
        Instant joined = NOW.minus(Duration.ofDays(between(in, 200, 600)));
        h = h.join(id, role, joined);
        if (i > 0 && chance(in, 30)) {
          h = h.leave(id, NOW.minus(Duration.ofDays(between(in, 1, 150))));
        }
        Customer c = CoreGen.persons(id).generate(in);
        records.add(MemberRecord.builder().customer(c).consent(consent(in, id))
            .preferences(ChannelPreferences.none(ZoneOffset.UTC)).timeline(events(in, id, i == familyHolder)).build());
      }
      return new World(h, records, NOW);
    };
  }

  private static ConsentLedger consent(RandomnessSource in, CustomerId id) {
    ConsentLedger l = ConsentLedger.empty(id);
    Instant t = NOW.minus(Duration.ofDays(700));
    for (Channel ch : Channel.values()) {
      for (Purpose p : Purpose.values()) {
        Marketing m = any(in, List.of(Marketing.values()));
        if (m == Marketing.NEVER) {
          continue;
        }
        l = l.append(entry(id, ch, p, m == Marketing.GRANTED ? ConsentAction.GRANTED : ConsentAction.REQUESTED, t));
        if (m == Marketing.CONFIRMED) {
          l = l.append(entry(id, ch, p, ConsentAction.CONFIRMED, t.plusSeconds(3600)));
        }
      }
    }
    return l;
  }

  private static ConsentEntry entry(CustomerId id, Channel ch, Purpose p, ConsentAction a, Instant t) {
    return ConsentEntry.builder().customer(id).channel(ch).purpose(p).action(a).recordedAt(t).source("test")
        .evidence("gen").build();
  }

  private static List<TimelineEvent> events(RandomnessSource in, CustomerId id, boolean family) {
    List<TimelineEvent> out = new ArrayList<>();
    String p = id.value() + "-";
    if (chance(in, 30)) {
      String flag = any(in, FLAGS);
      Instant raised = NOW.minus(Duration.ofDays(between(in, 2, 300)));
      out.add(FlagChanged.builder().id(EventId.of(p + "f1")).customer(id).at(raised).flag(flag).raised(true)
          .reason("gen").build());
      if (chance(in, 30)) {
        out.add(FlagChanged.builder().id(EventId.of(p + "f2")).customer(id).at(raised.plusSeconds(86_400))
            .flag(flag).raised(false).reason("gen").build());
      }
    }
    if (chance(in, 30)) {
      Instant opened = NOW.minus(Duration.ofDays(between(in, 2, 300)));
      Severity s = any(in, List.of(Severity.values()));
      out.add(CaseUpdated.builder().id(EventId.of(p + "c1")).customer(id).at(opened).caseId(CaseId.of(p + "case"))
          .kind(CaseKind.COMPLAINT).severity(s).status(CaseStatus.OPEN).build());
      if (chance(in, 30)) {
        out.add(CaseUpdated.builder().id(EventId.of(p + "c2")).customer(id).at(opened.plusSeconds(86_400))
            .caseId(CaseId.of(p + "case")).kind(CaseKind.COMPLAINT).severity(s).status(CaseStatus.RESOLVED).build());
      }
    }
    if (family) {
      Instant presented = NOW.minus(Duration.ofDays(between(in, 2, 120)));
      OfferPresented o = presented(id, EventId.of(p + "o1"), presented);
      out.add(o);
      int answer = between(in, 0, 2);
      if (answer > 0) {
        out.add(OfferResponded.builder().id(EventId.of(p + "o2")).customer(id).at(presented.plusSeconds(86_400))
            .presentation(o.id()).offer(FAMILY).response(answer == 1 ? OfferResponse.ACCEPTED : OfferResponse.REJECTED)
            .build());
      }
    }
    return out;
  }

  static OfferPresented presented(CustomerId id, EventId event, Instant at) {
    return OfferPresented.builder().id(event).customer(id).at(at).offer(FAMILY).channel(Channel.EMAIL)
        .purpose(Purpose.MARKETING).build();
  }

  /**
   * A rule set of {@link RulesGen#ruleSets()} with the household-scoped marketing offer {@code
   * family-plan} and a person-scoped one, both proposed by a rule that always fires; household
   * suppression on unless {@code suppressionOff}.
   */
  static Gen<RuleSet> ruleSets() {
    return RulesGen.ruleSets().map(r -> withHouseholdOffers(r, false));
  }

  static RuleSet withHouseholdOffers(RuleSet r, boolean suppressionOff) {
    Set<Channel> channels = EnumSet.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.APP_PUSH, Channel.POST);
    var b = RuleSet.builder().from(r)
        .addActions(ActionDefinition.builder().id(FAMILY).kind(ActionKind.OFFER).purpose(Purpose.MARKETING)
            .channels(channels).value(500).lever(5).propensity(0.9).scope(ActionScope.HOUSEHOLD).build())
        .addActions(ActionDefinition.builder().id(OfferId.of("own-fund")).kind(ActionKind.OFFER)
            .purpose(Purpose.MARKETING).channels(channels).value(400).lever(5).propensity(0.9).build())
        .addRules(Rule.builder().id("household-offers").priority(100_000).when(Condition.alwaysTrue())
            .addThen(Effect.propose(FAMILY.value()), Effect.propose("own-fund")).build());
    if (suppressionOff) {
      b.policies(org.completecrm.rules.ruleset.PolicySettings.builder().from(r.policies())
          .householdSuppressionOff("members are unrelated lodgers").build());
    }
    return b.build();
  }
}
