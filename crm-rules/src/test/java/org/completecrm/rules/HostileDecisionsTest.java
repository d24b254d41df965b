package org.completecrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.CapPolicy;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.QuietHoursPolicy;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;
import org.junit.jupiter.api.Test;

/** The decision reproducers of issue 23: planned sends count towards caps, deferral finds a free hour, deep conditions are refused. */
class HostileDecisionsTest {
  private static final DecisionEvent CAMPAIGN = DecisionEvent.of(EventKind.CAMPAIGN_RUN);

  private static RuleSet newsletter(List<QuietHoursPolicy> quiet) {
    return RuleSet.builder().id("newsletter").version(1)
        .addActions(ActionDefinition.builder().id(OfferId.of("newsletter")).kind(ActionKind.OFFER)
            .purpose(Purpose.MARKETING).channels(java.util.Set.of(Channel.EMAIL)).value(10).build())
        .addRules(Rule.builder().id("always").priority(1).when(Condition.alwaysTrue())
            .addThen(Effect.propose("newsletter")).build())
        .policies(PolicySettings.builder().addCaps(CapPolicy.builder().id("one-email-a-week").channel(Channel.EMAIL)
            .purpose(Purpose.MARKETING).max(1).window(Duration.ofDays(7)).build()).addAllQuietHours(quiet).build())
        .build();
  }

  private static Decision decide(RuleSet rules, List<TimelineEvent> events, Instant at) {
    CustomerView view = CustomerViews.fold(Customers.ana(), Customers.anasConsent(), Customers.anasPreferences(), events, at);
    return Decisions.decide(CAMPAIGN, view, Scores.none(), rules, at);
  }

  @Test
  void aSendDeferredOutOfQuietHoursCountsTowardsTheCapFromWhenItIsPlanned() {
    RuleSet rules = newsletter(List.of(QuietHoursPolicy.builder().id("night").start(LocalTime.of(21, 0))
        .end(LocalTime.of(8, 0)).build()));
    List<TimelineEvent> events = new ArrayList<>();
    Decision first = decide(rules, events, Instant.parse("2026-11-23T22:00:00Z"));
    ChosenAction sent = first.actions().stream().filter(a -> a.channel() == Channel.EMAIL).findFirst().orElseThrow();
    assertEquals(Instant.parse("2026-11-24T08:00:00Z"), sent.sendAt(), sent::explanation);
    events.add(Interaction.builder().id(EventId.of("planned-newsletter")).customer(Customers.ANA).at(sent.sendAt())
        .channel(Channel.EMAIL).direction(Direction.OUTBOUND).type("newsletter").purpose(Purpose.MARKETING).build());
    Decision second = decide(rules, events, Instant.parse("2026-11-23T23:00:00Z"));
    assertTrue(second.actions().stream().noneMatch(a -> a.channel() == Channel.EMAIL),
        () -> "a second e-mail at 08:00: " + second.actions());
  }

  @Test
  void withSeventeenQuietWindowsTheContactIsDeferredToTheFreeHourNotDropped() {
    List<QuietHoursPolicy> quiet = new ArrayList<>();
    // 17 back-to-back windows of one hour from 21:00 to 14:00; 14:00-21:00 is free
    for (int i = 0; i < 17; i++) {
      quiet.add(QuietHoursPolicy.builder().id("q" + i).start(LocalTime.of((21 + i) % 24, 0))
          .end(LocalTime.of((22 + i) % 24, 0)).build());
    }
    Decision d = decide(newsletter(quiet), List.of(), Instant.parse("2026-11-23T21:30:00Z"));
    ChosenAction a = d.actions().stream().filter(x -> x.channel() == Channel.EMAIL).findFirst()
        .orElseThrow(() -> new AssertionError("dropped: " + d.candidates()));
    assertEquals(Instant.parse("2026-11-24T14:00:00Z"), a.sendAt(), a::explanation);
  }

  @Test
  void quietHoursCoveringTheWholeDayAreProvedToLeaveNoHour() {
    List<QuietHoursPolicy> quiet = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      quiet.add(QuietHoursPolicy.builder().id("q" + i).start(LocalTime.ofSecondOfDay(i * 2880L))
          .end(LocalTime.ofSecondOfDay(((i + 1) % 30) * 2880L + 60)).build());
    }
    Decision d = decide(newsletter(quiet), List.of(), Instant.parse("2026-11-23T21:30:00Z"));
    assertFalse(d.actions().stream().anyMatch(x -> x.channel() == Channel.EMAIL));
    assertTrue(d.summary().contains("quiet hours cover the whole day"), d.summary());
  }

  @Test
  void nineHundredNestedNotsAreATypedErrorNotAStackOverflow() {
    String deep = "{\"not\":".repeat(900) + "{\"always\":true}" + "}".repeat(900);
    String json = "{\"id\":\"rs\",\"version\":1,\"actions\":[{\"id\":\"a\",\"kind\":\"OFFER\",\"purpose\":\"MARKETING\","
        + "\"channels\":[\"EMAIL\"]}],\"rules\":[{\"id\":\"r\",\"when\":" + deep + ",\"then\":[{\"propose\":\"a\"}]}]}";
    assertThrows(InvalidValueException.class, () -> RuleSets.fromJson(json));
    Condition c = Condition.alwaysTrue();
    for (int i = 1; i < Condition.MAX_DEPTH; i++) {
      c = Condition.negate(c);
    }
    Condition deepest = c;
    assertEquals(Condition.MAX_DEPTH, deepest.depth());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> {
      Condition x = deepest;
      for (int i = 0; i < 5_000; i++) {
        x = Condition.negate(x);
      }
    });
    assertTrue(e.getMessage().contains("nested"), e.getMessage());
  }

  @Test
  void arbitrationWeightsThatOverflowAreRefusedWhenTheRuleSetIsValidated() {
    RuleSet ok = newsletter(List.of());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RuleSet.builder().from(ok)
        .arbitration(org.completecrm.rules.ruleset.Arbitration.builder().valueWeight(400).build()).build());
    assertTrue(e.getMessage().contains("arbitration"), e.getMessage());
  }

  @Test
  void instantsAtTheEndsOfTheSupportedRangeAreTypedErrors() {
    RuleSet rules = newsletter(List.of(QuietHoursPolicy.builder().id("night").start(LocalTime.of(21, 0))
        .end(LocalTime.of(8, 0)).build()));
    for (Instant extreme : List.of(Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z"))) {
      assertThrows(InvalidValueException.class, () -> decide(rules, List.of(), extreme));
      CustomerView view = CustomerViews.fold(Customers.ana(), Customers.anasConsent(), Customers.anasPreferences(),
          List.of(), Instant.parse("2026-11-23T22:00:00Z"));
      assertThrows(InvalidValueException.class, () -> Decisions.decide(CAMPAIGN, view, Scores.none(), rules, extreme));
      assertThrows(InvalidValueException.class, () -> Interaction.builder().id(EventId.of("x")).customer(Customers.ANA)
          .at(extreme).channel(Channel.EMAIL).direction(Direction.OUTBOUND).type("mail").build());
    }
    Decision latest = decide(rules, List.of(), Instant.parse("9999-12-31T23:00:00Z"));
    assertTrue(latest.actions().stream().allMatch(a -> a.sendAt().isAfter(Instant.parse("9999-12-31T22:59:59Z"))));
  }
}
