package org.completecrm.rules.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.MemberRecord;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.HouseholdHarmSignal;
import org.completecrm.rules.household.HouseholdWorlds.World;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

/** Household suppression is on by default, and turning it off is explicit and noted. */
class HouseholdSuppressionTest {
  private static final CustomerId PRIMARY = CustomerId.of("c-p");
  private static final CustomerId PARTNER = CustomerId.of("c-q");

  private static MemberRecord member(CustomerId id, List<TimelineEvent> events) {
    ConsentLedger consent = ConsentLedger.empty(id).append(ConsentEntry.builder().customer(id).channel(Channel.EMAIL)
        .purpose(Purpose.MARKETING).action(ConsentAction.GRANTED).recordedAt(HouseholdWorlds.NOW.minus(Duration.ofDays(90)))
        .source("web").evidence("form").build());
    return MemberRecord.builder().customer(Customer.builder().id(id).kind(PartyKind.PERSON).givenName("M").build())
        .consent(consent).preferences(ChannelPreferences.none(ZoneOffset.UTC)).timeline(events).build();
  }

  private static World world() {
    Household h = Household.empty(HouseholdId.of("h-s")).join(PRIMARY, HouseholdRole.PRIMARY,
        HouseholdWorlds.NOW.minus(Duration.ofDays(400))).join(PARTNER, HouseholdRole.PARTNER,
        HouseholdWorlds.NOW.minus(Duration.ofDays(400)));
    FlagChanged bereaved = FlagChanged.builder().id(EventId.of("f")).customer(PARTNER)
        .at(HouseholdWorlds.NOW.minus(Duration.ofDays(2))).flag("bereavement").raised(true).reason("told us").build();
    return new World(h, List.of(member(PRIMARY, List.of()), member(PARTNER, List.of(bereaved))), HouseholdWorlds.NOW);
  }

  private static RuleSet rules(Optional<String> off) {
    return RuleSet.builder().id("s").version(1)
        .addActions(ActionDefinition.builder().id(OfferId.of("isa")).kind(ActionKind.OFFER).purpose(Purpose.MARKETING)
            .channels(EnumSet.of(Channel.EMAIL)).build())
        .addRules(Rule.builder().id("offer").when(Condition.alwaysTrue()).addThen(Effect.propose("isa")).build())
        .policies(PolicySettings.builder().householdSuppressionOff(off).build()).build();
  }

  @Test
  void aPartnersBereavementSuppressesMarketingToThePrimaryMember() {
    World w = world();
    Decision d = w.decide(w.records().get(0), DecisionEvent.of(org.completecrm.rules.event.EventKind.CAMPAIGN_RUN),
        rules(Optional.empty()));
    assertTrue(d.actions().isEmpty());
    HouseholdHarmSignal why = (HouseholdHarmSignal) d.candidates().get(0).decisive();
    assertEquals(2, why.position());
    assertEquals(Optional.of("bereavement"), why.flag());
    assertTrue(why.text().contains("member 2 (partner)") && !why.text().contains("c-q"), why.text());
  }

  @Test
  void turningItOffIsStatedAndNoted() {
    World w = world();
    Decision d = w.decide(w.records().get(0), DecisionEvent.of(org.completecrm.rules.event.EventKind.CAMPAIGN_RUN),
        rules(Optional.of("lodgers share the address, not their lives")));
    assertEquals("isa", d.actions().get(0).action().value());
    assertTrue(d.notes().contains("Household suppression is off in this rule set (lodgers share the address, not their"
        + " lives): member 2 (partner)'s 'bereavement' flag did not suppress marketing to the other members."),
        d.notes()::toString);
    InvalidRuleException blank = assertThrows(InvalidRuleException.class, () -> rules(Optional.of(" ")));
    assertTrue(blank.getMessage().contains("$.policies.householdSuppressionOff"), blank.getMessage());
  }
}
