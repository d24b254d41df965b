package org.completecrm.rules.household;

import static org.completecrm.rules.household.HouseholdWorlds.FAMILY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.MemberRecord;
import org.completecrm.core.view.OfferRecord;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.household.HouseholdWorlds.World;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Invariants of household-aware decisions over random households (members who joined and left,
 * flags, complaints, the household offer's history), consent ledgers with pending double opt-ins,
 * events and rule sets. Counters make sure the properties are not vacuous: each must have seen
 * the situation it speaks of.
 */
class HouseholdDecisionProperties {
  private static final int EXAMPLES = 150;
  private static final AtomicInteger HARMED = new AtomicInteger();
  private static final AtomicInteger FAMILY_MADE = new AtomicInteger();
  private static final AtomicInteger LEFT = new AtomicInteger();
  private static final AtomicInteger MARKETED = new AtomicInteger();

  /** Whether a current member (by the crm-core fold of their own view) has a harm signal. */
  private static boolean harmSignal(World w) {
    for (MemberRecord r : w.current()) {
      CustomerView v = w.viewOf(r);
      if (v.flags().stream().anyMatch(HouseholdWorlds.HARM::contains)) {
        return true;
      }
      for (ServiceCase c : v.openComplaints()) {
        if (c.severity().compareTo(Severity.HIGH) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aHarmSignalOnAnyCurrentMemberMeansNoMarketingToAnyMember() {
    qt().withExamples(EXAMPLES).forAll(HouseholdWorlds.worlds(), HouseholdWorlds.ruleSets(), RulesGen.events())
        .checkAssert((w, rules, event) -> {
          boolean harm = harmSignal(w);
          for (MemberRecord r : w.current()) {
            Decision d = w.decide(r, event, rules);
            for (ChosenAction a : d.actions()) {
              if (a.purpose() == Purpose.MARKETING) {
                assertFalse(harm, () -> d.summary());
                MARKETED.incrementAndGet();
              }
            }
            if (harm) {
              HARMED.incrementAndGet();
            }
          }
        });
  }

  @Test
  void theHouseholdOfferIsNeverOutstandingWithTwoMembersNorRepresentedInCoolDown() {
    Gen<List<Integer>> steps = org.completecrm.core.testing.CoreGen.listOf(Generate.range(0, 999), 3, 8);
    qt().withExamples(EXAMPLES).forAll(HouseholdWorlds.worlds(), HouseholdWorlds.ruleSets(), steps)
        .checkAssert((start, rules, draws) -> {
          World w = start;
          Instant t = HouseholdWorlds.NOW;
          int n = 0;
          for (int draw : draws) {
            t = t.plus(Duration.ofHours(24 + draw % 24 * 24));
            w = w.at(t);
            List<MemberRecord> current = w.current();
            MemberRecord r = current.get(draw % current.size());
            Decision d = w.decide(r, draw % 2 == 0 ? DecisionEvent.inboundCall()
                : DecisionEvent.campaignRun(org.completecrm.core.CampaignId.of("c")), rules);
            boolean made = d.actions().stream().anyMatch(a -> a.action().equals(FAMILY));
            if (made) {
              FAMILY_MADE.incrementAndGet();
              assertHeldByNoOtherMember(w, r.customer().id(), rules, d);
              w = w.withEvent(HouseholdWorlds.presented(r.customer().id(), EventId.of("run-" + n++), t));
            }
            int outstanding = outstandingWith(w);
            assertTrue(outstanding <= 1, () -> "outstanding with " + outstanding + " members");
            if (draw % 3 == 0) {
              w = answerOutstanding(w, t.plusSeconds(3600), draw % 2 == 0 ? OfferResponse.REJECTED : OfferResponse.ACCEPTED);
            }
          }
        });
  }

  private static void assertHeldByNoOtherMember(World w, CustomerId to, RuleSet rules, Decision d) {
    Duration coolDown = rules.policies().effectiveCoolDown();
    for (MemberRecord other : w.current()) {
      if (other.customer().id().equals(to)) {
        continue;
      }
      for (OfferRecord o : w.viewOf(other).offers()) {
        if (!o.presented().offer().equals(FAMILY)) {
          continue;
        }
        assertFalse(o.outstandingAt(w.at()), d::summary);
        assertFalse(o.response().equals(java.util.Optional.of(OfferResponse.ACCEPTED)), d::summary);
        if (o.response().equals(java.util.Optional.of(OfferResponse.REJECTED))) {
          assertFalse(w.at().isBefore(o.respondedAt().orElseThrow().plus(coolDown)), d::summary);
        }
      }
    }
  }

  private static int outstandingWith(World w) {
    int n = 0;
    for (MemberRecord r : w.current()) {
      if (w.viewOf(r).offers().stream().anyMatch(o -> o.presented().offer().equals(FAMILY) && o.outstandingAt(w.at()))) {
        n++;
      }
    }
    return n;
  }

  private static World answerOutstanding(World w, Instant at, OfferResponse response) {
    for (MemberRecord r : w.current()) {
      for (OfferRecord o : w.viewOf(r).offers()) {
        if (o.presented().offer().equals(FAMILY) && o.outstandingAt(w.at())) {
          return w.withEvent(OfferResponded.builder().id(EventId.of(o.presented().id().value() + "-answer"))
              .customer(r.customer().id()).at(at).presentation(o.presented().id()).offer(FAMILY).response(response)
              .build());
        }
      }
    }
    return w;
  }

  @Test
  void aMemberWhoLeftIsNeverCounted() {
    qt().withExamples(EXAMPLES).forAll(HouseholdWorlds.worlds(), HouseholdWorlds.ruleSets(), RulesGen.events())
        .checkAssert((w, rules, event) -> {
          for (MemberRecord gone : w.records()) {
            if (w.household().membershipAt(gone.customer().id(), w.at()).isPresent()) {
              continue;
            }
            LEFT.incrementAndGet();
            CustomerId id = gone.customer().id();
            World harmed = w.withTimeline(id, List.of(
                org.completecrm.core.timeline.FlagChanged.builder().id(EventId.of("x-1")).customer(id)
                    .at(w.at().minusSeconds(60)).flag("deceased").raised(true).reason("gen").build(),
                org.completecrm.core.timeline.CaseUpdated.builder().id(EventId.of("x-2")).customer(id)
                    .at(w.at().minusSeconds(60)).caseId(org.completecrm.core.CaseId.of("x-case"))
                    .kind(org.completecrm.core.timeline.CaseKind.COMPLAINT).severity(Severity.CRITICAL)
                    .status(org.completecrm.core.timeline.CaseStatus.OPEN).build(),
                HouseholdWorlds.presented(id, EventId.of("x-3"), w.at().minusSeconds(60))));
            World blank = w.withTimeline(id, List.of());
            assertEquals(w.current().size(), harmed.view().members().size());
            for (MemberRecord r : w.current()) {
              assertEquals(blank.decide(r, event, rules), harmed.decide(r, event, rules));
            }
          }
        });
  }

  @Test
  void aPendingDoubleOptInNeverCountsAsConsent() {
    qt().withExamples(EXAMPLES).forAll(HouseholdWorlds.worlds(), HouseholdWorlds.ruleSets(), RulesGen.events())
        .checkAssert((w, rules, event) -> {
          for (MemberRecord r : w.current()) {
            for (ChosenAction a : w.decide(r, event, rules).actions()) {
              if (a.purpose() != Purpose.MARKETING && a.purpose() != Purpose.RESEARCH) {
                continue;
              }
              List<ConsentAction> trail = new ArrayList<>();
              for (ConsentEntry e : r.consent().entries()) {
                if (e.channel() == a.channel() && e.purpose() == a.purpose()) {
                  trail.add(e.action());
                }
              }
              assertTrue(trail.contains(ConsentAction.GRANTED) || trail.contains(ConsentAction.CONFIRMED),
                  () -> a.explanation() + " with consent " + trail);
            }
          }
        });
  }

  @AfterAll
  static void theSituationsWereSeen() {
    assertTrue(HARMED.get() > 0 && MARKETED.get() > 0 && LEFT.get() > 0 && FAMILY_MADE.get() > 0,
        "harmed " + HARMED + ", marketed " + MARKETED + ", left " + LEFT + ", household offers made " + FAMILY_MADE);
  }
}
