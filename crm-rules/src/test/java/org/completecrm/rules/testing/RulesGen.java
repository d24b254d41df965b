package org.completecrm.rules.testing;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.OfferId;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.DecisionEvent;
import org.completecrm.rules.condition.EventKind;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.CapPolicy;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.QuietHoursPolicy;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.VolumeLimits;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid rule sets and decision events, built with the Java builder. */
public final class RulesGen {
  private static final List<Condition> CONDITIONS = List.of(
      Condition.alwaysTrue(),
      Condition.on("event.kind").in("INBOUND_CALL", "WEB_VISIT"),
      Condition.on("event.kind").eq("CAMPAIGN_RUN"),
      Condition.on("commitments.overdue").gt(0),
      Condition.on("complaints.open").gt(0),
      Condition.on("offers.outstanding").gte(1),
      Condition.on("segment").in("loyal", "new"),
      Condition.on("clv").gt(100),
      Condition.on("pAlive").lt(0.5),
      Condition.on("contacts.outbound").within(Duration.ofDays(7)).lt(3),
      Condition.on("flags").notContains("hardship"),
      Condition.negate(Condition.on("cases.open").gt(0)),
      Condition.anyOf(Condition.on("purchases.count").gte(2), Condition.on("sinceLastPurchase").gt(Duration.ofDays(60))),
      Condition.allOf(Condition.on("time.localHour").gte(9), Condition.on("feedback.nps").absent()));

  private RulesGen() {}

  private static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private static <T> T any(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  private static boolean chance(RandomnessSource in, int percent) {
    return between(in, 1, 100) <= percent;
  }

  private static Set<Channel> channels(RandomnessSource in) {
    Set<Channel> out = EnumSet.noneOf(Channel.class);
    int n = between(in, 1, 4);
    for (int i = 0; i < n; i++) {
      out.add(any(in, List.of(Channel.values())));
    }
    return out;
  }

  /** Valid rule sets: up to 6 actions, up to 8 rules with distinct priorities, caps and quiet hours. */
  public static Gen<RuleSet> ruleSets() {
    return ruleSets(false);
  }

  /**
   * Valid rule sets as {@link #ruleSets()}, whose actions now and then also have eligibility,
   * applicability and suitability conditions and a cool-down of their own.
   */
  public static Gen<RuleSet> ruleSetsWithActionConditions() {
    return ruleSets(true);
  }

  private static Gen<RuleSet> ruleSets(boolean actionConditions) {
    return in -> {
      var b = RuleSet.builder().id("rs-" + between(in, 1, 99)).version(between(in, 1, 9));
      int nActions = between(in, 1, 6);
      for (int i = 0; i < nActions; i++) {
        var a = ActionDefinition.builder().id(OfferId.of("a" + i)).kind(any(in, List.of(ActionKind.values())))
            .purpose(any(in, List.of(Purpose.values()))).channels(channels(in)).value(between(in, 0, 200))
            .lever(between(in, 5, 20) / 10.0).propensity(between(in, 0, 100) / 100.0).upsell(chance(in, 30));
        if (chance(in, 25)) {
          a.maxPresentations(between(in, 1, 3)).presentationWindow(Duration.ofDays(between(in, 1, 60)));
        }
        if (actionConditions) {
          a.eligibility(chance(in, 20) ? Optional.of(any(in, CONDITIONS)) : Optional.empty())
              .applicability(chance(in, 15) ? Optional.of(any(in, CONDITIONS)) : Optional.empty())
              .suitability(chance(in, 15) ? Optional.of(any(in, CONDITIONS)) : Optional.empty())
              .coolDown(chance(in, 15) ? Optional.of(Duration.ofDays(between(in, 30, 120))) : Optional.empty());
        }
        if (chance(in, 20)) {
          a.message("Dear {customer.givenName|customer}, about {action.name} on {channel}.");
        }
        b.addActions(a.build());
      }
      int nRules = between(in, 1, 8);
      List<Integer> priorities = new ArrayList<>();
      for (int j = 0; j < nRules; j++) {
        priorities.add(j * 10);
      }
      Collections.shuffle(priorities, new java.util.Random(between(in, 0, 1_000_000)));
      for (int j = 0; j < nRules; j++) {
        var r = Rule.builder().id("r" + j).priority(priorities.get(j)).when(any(in, CONDITIONS));
        int nEffects = between(in, 1, 3);
        for (int k = 0; k < nEffects; k++) {
          String action = "a" + between(in, 0, nActions - 1);
          r.addThen(chance(in, 15) ? Effect.suppress(action, "not now") : Effect.propose(action));
        }
        b.addRules(r.build());
      }
      var p = PolicySettings.builder();
      int nCaps = between(in, 0, 3);
      for (int c = 0; c < nCaps; c++) {
        var cap = CapPolicy.builder().id("cap" + c).max(between(in, 0, 3)).window(Duration.ofHours(between(in, 1, 24 * 30)))
            .household(chance(in, 30));
        if (chance(in, 60)) {
          cap.channel(any(in, List.of(Channel.values())));
        }
        if (chance(in, 60)) {
          cap.purpose(any(in, List.of(Purpose.values())));
        }
        p.addCaps(cap.build());
      }
      if (chance(in, 40)) {
        int start = between(in, 0, 23);
        int end = (start + between(in, 1, 12)) % 24;
        var q = QuietHoursPolicy.builder().id("quiet").start(LocalTime.of(start, 0)).end(LocalTime.of(end, 30));
        if (chance(in, 50)) {
          q.addChannels(Channel.PHONE, Channel.SMS);
        }
        p.addQuietHours(q.build());
      }
      b.policies(p.build());
      b.volume(VolumeLimits.builder().maxActions(between(in, 1, 4)).maxPerChannel(between(in, 1, 2)).build());
      return b.build();
    };
  }

  /** Decision events of every kind, with a session channel now and then. */
  public static Gen<DecisionEvent> events() {
    return in -> {
      EventKind kind = any(in, List.of(EventKind.values()));
      var e = DecisionEvent.builder().kind(kind);
      if (chance(in, 30)) {
        e.channel(any(in, List.of(Channel.values())));
      }
      return e.build();
    };
  }

  /**
   * View inputs of customers a campaign can reach, so that the contact policies after consent
   * decide: consent granted on every channel and purpose (now and then withdrawn again on one),
   * and a recent contact history to meet caps and the customer's frequency (up to 12 outbound
   * contacts in the 30 days before the view's instant) and cool-downs (offers {@code a0..a5} of
   * {@link #ruleSets()} turned down in the 120 days before it).
   */
  public static Gen<CoreGen.ViewInputs> reachableViewInputs() {
    Gen<CoreGen.ViewInputs> base = CoreGen.viewInputs();
    return in -> {
      CoreGen.ViewInputs v = base.generate(in);
      CustomerId id = v.customer().id();
      var consent = ConsentLedger.builder().customer(id);
      for (Channel ch : Channel.values()) {
        for (Purpose p : Purpose.values()) {
          consent.addEntries(ConsentEntry.builder().customer(id).channel(ch).purpose(p).action(ConsentAction.GRANTED)
              .recordedAt(CoreGen.EPOCH).source("web-preference-centre").evidence("ev-all").build());
        }
      }
      if (chance(in, 30)) {
        consent.addEntries(ConsentEntry.builder().customer(id).channel(any(in, List.of(Channel.values())))
            .purpose(any(in, List.of(Purpose.values()))).action(ConsentAction.WITHDRAWN)
            .recordedAt(v.at().minusSeconds(between(in, 0, 90 * 86_400))).source("app-settings").evidence("ev-w")
            .build());
      }
      List<TimelineEvent> events = new ArrayList<>(v.events());
      int contacts = between(in, 0, 12);
      for (int i = 0; i < contacts; i++) {
        Channel ch = any(in, List.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.POST, Channel.APP_PUSH));
        events.add(Interaction.builder().id(EventId.of("reach-" + i)).customer(id)
            .at(v.at().minusSeconds(between(in, 60, 30 * 86_400))).channel(ch).direction(Direction.OUTBOUND)
            .type("campaign").purpose(any(in, List.of(Purpose.values()))).build());
      }
      int turnedDown = between(in, 0, 2);
      for (int i = 0; i < turnedDown; i++) {
        Instant shown = v.at().minusSeconds(between(in, 2 * 86_400, 120 * 86_400));
        OfferId offer = OfferId.of("a" + between(in, 0, 5));
        EventId presented = EventId.of("reach-offer-" + i);
        events.add(OfferPresented.builder().id(presented).customer(id).at(shown).offer(offer).channel(Channel.EMAIL)
            .purpose(Purpose.MARKETING).build());
        events.add(OfferResponded.builder().id(EventId.of("reach-reply-" + i)).customer(id).at(shown.plusSeconds(86_400))
            .presentation(presented).offer(offer).response(OfferResponse.REJECTED).build());
      }
      return new CoreGen.ViewInputs(v.customer(), v.household(), consent.build(), v.preferences(), events, v.at());
    };
  }
}
