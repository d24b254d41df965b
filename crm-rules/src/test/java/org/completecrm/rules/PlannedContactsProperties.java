package org.completecrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.completecrm.core.EventId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.score.Scores;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.testing.CoreGen.ViewInputs;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.Contact;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.ruleset.CapPolicy;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.QuietHoursPolicy;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Decisions as hosts really take them (issue 23): every outbound action is fed back into the
 * timeline at its planned send instant, and the next decision comes at any instant, also between a
 * deferral and its send; rule sets carry any number of quiet windows. Over the seeded run (at least
 * 100,000 decisions) no cap, contact frequency, cool-down or quiet hour is ever violated.
 */
class PlannedContactsProperties {
  private static final int SEQUENCES = Integer.getInteger("plannedContacts.sequences", 2_600);
  private static final int DECISIONS_PER_SEQUENCE = 40;
  private static final AtomicLong DECISIONS = new AtomicLong();
  private static final Scores NO_SCORES = Scores.builder().build();

  /** Up to 24 extra quiet windows at quarter hours, some for a few channels only. */
  static Gen<List<QuietHoursPolicy>> quietWindows() {
    return in -> {
      List<QuietHoursPolicy> out = new ArrayList<>();
      int n = (int) in.next(org.quicktheories.impl.Constraint.between(0, 24));
      for (int i = 0; i < n; i++) {
        int start = (int) in.next(org.quicktheories.impl.Constraint.between(0, 95));
        int length = (int) in.next(org.quicktheories.impl.Constraint.between(1, 24));
        var q = QuietHoursPolicy.builder().id("q" + i).start(LocalTime.ofSecondOfDay(start * 900L))
            .end(LocalTime.ofSecondOfDay(((start + length) % 96) * 900L));
        if (in.next(org.quicktheories.impl.Constraint.between(0, 3)) == 0) {
          q.addChannels(Channel.values()[(int) in.next(org.quicktheories.impl.Constraint.between(0, Channel.values().length - 1))]);
        }
        out.add(q.build());
      }
      return out;
    };
  }

  @Test
  void noCapFrequencyCoolDownOrQuietHourIsViolatedWhenPlannedSendsAreFedBack() {
    Gen<List<Integer>> gaps = CoreGen.listOf(Generate.range(0, 36 * 60), DECISIONS_PER_SEQUENCE, DECISIONS_PER_SEQUENCE);
    qt().withFixedSeed(20_261_204L).withExamples(SEQUENCES)
        .forAll(CoreGen.viewInputs(), RulesGen.ruleSets(), quietWindows(), gaps)
        .checkAssert((inputs, generated, windows, minutes) -> {
          PolicySettings p = generated.policies();
          RuleSet rules = RuleSet.builder().from(generated)
              .policies(PolicySettings.builder().from(p).addAllQuietHours(windows).build()).build();
          List<TimelineEvent> events = new ArrayList<>(inputs.events());
          List<Contact> added = new ArrayList<>();
          java.util.Map<EventId, Integer> decidedIn = new java.util.HashMap<>();
          Instant at = inputs.at();
          for (int k = 0; k < minutes.size(); k++) {
            at = at.plus(Duration.ofMinutes(minutes.get(k)));
            CustomerView view = new ViewInputs(inputs.customer(), inputs.household(), inputs.consent(),
                inputs.preferences(), events, at).fold();
            Decision d = Decisions.decide(DecisionEvent.of(EventKind.CAMPAIGN_RUN), view, NO_SCORES, rules, at);
            DECISIONS.incrementAndGet();
            for (ChosenAction a : d.actions()) {
              if (a.delivery() != Delivery.OUTBOUND) {
                continue;
              }
              assertNotInQuietHours(a, view, rules);
              assertNoCoolDownBroken(a, view, rules, at);
              EventId id = EventId.of("planned-" + k + "-" + a.rank());
              events.add(Interaction.builder().id(id).customer(inputs.customer().id()).at(a.sendAt())
                  .channel(a.channel()).direction(Direction.OUTBOUND).type("decision").purpose(a.purpose()).build());
              added.add(Contact.builder().event(id).customer(inputs.customer().id()).channel(a.channel())
                  .direction(Direction.OUTBOUND).purpose(a.purpose()).at(a.sendAt()).build());
              decidedIn.put(id, k);
            }
          }
          Instant end = added.stream().map(Contact::at).max(Instant::compareTo).orElse(at);
          CustomerView last = new ViewInputs(inputs.customer(), inputs.household(), inputs.consent(),
              inputs.preferences(), events, end.isAfter(at) ? end : at).fold();
          for (Contact n : added) {
            for (CapPolicy cap : rules.policies().caps()) {
              if (cap.channel().map(c -> c == n.channel()).orElse(true)
                  && cap.purpose().map(pp -> pp == n.purpose().get()).orElse(true)) {
                List<Contact> pool = new ArrayList<>(last.contacts());
                if (cap.household()) {
                  pool.addAll(last.householdContacts());
                }
                assertWithinCap(n, pool, cap.channel(), cap.purpose(), cap.max(), cap.window(), cap.id());
              }
            }
            Optional<ContactFrequency> f = last.preferences().frequency();
            if (f.isPresent() && (n.purpose().get() == Purpose.MARKETING || n.purpose().get() == Purpose.RESEARCH)) {
              // The frequency limits marketing and research but counts every outbound contact: a
              // service contact decided later may fill the window; those known when n was decided may not.
              int when = decidedIn.get(n.event());
              List<Contact> known = last.contacts().stream()
                  .filter(c -> decidedIn.getOrDefault(c.event(), -1) <= when).toList();
              assertWithinCap(n, known, Optional.empty(), Optional.empty(), f.get().maxContacts(),
                  f.get().window(), "customer frequency");
            }
          }
        });
  }

  /** Every sequence ran to its end: 104,000 decisions in the default (CI) run, about 80 s on two busy cores. */
  @AfterAll
  static void everyDecisionOfEverySequenceWasChecked() {
    assertEquals((long) SEQUENCES * DECISIONS_PER_SEQUENCE, DECISIONS.get());
  }

  private static void assertNotInQuietHours(ChosenAction a, CustomerView view, RuleSet rules) {
    view.preferences().quietHours().ifPresent(q -> assertFalse(q.contains(a.sendAt()), a::explanation));
    for (QuietHoursPolicy p : rules.policies().quietHours()) {
      if (p.channels().isEmpty() || p.channels().contains(a.channel())) {
        assertFalse(QuietHours.of(p.start(), p.end(), view.preferences().zone()).contains(a.sendAt()),
            () -> p + ": " + a.explanation());
      }
    }
  }

  /** An offer the customer turned down is not proposed again within the cool-down. */
  private static void assertNoCoolDownBroken(ChosenAction a, CustomerView view, RuleSet rules, Instant at) {
    Duration coolDown = rules.policies().effectiveCoolDown();
    for (var action : rules.actions()) {
      if (action.id().equals(a.action()) && action.coolDown().isPresent() && action.coolDown().get().compareTo(coolDown) > 0) {
        coolDown = action.coolDown().get();
      }
    }
    Duration cd = coolDown;
    view.timeline().lastRejection(a.action(), at).ifPresent(rejected ->
        assertFalse(at.isBefore(rejected.plus(cd)), () -> "offered again " + a.action() + " turned down " + rejected));
  }

  /** Every window of length {@code w} holding {@code n} holds at most {@code max} matching outbound contacts. */
  static void assertWithinCap(Contact n, List<Contact> pool, Optional<Channel> channel, Optional<Purpose> purpose,
      int max, Duration w, String name) {
    List<Instant> times = new ArrayList<>();
    for (Contact c : pool) {
      boolean matches = c.direction() == Direction.OUTBOUND && channel.map(ch -> ch == c.channel()).orElse(true)
          && (purpose.isEmpty() || c.purpose().isEmpty() || c.purpose().get() == purpose.get());
      if (matches) {
        times.add(c.at());
      }
    }
    Instant t = n.at();
    List<Instant> ends = new ArrayList<>(List.of(t));
    for (Instant x : times) {
      if (!x.isBefore(t) && x.isBefore(t.plus(w))) {
        ends.add(x);
      }
    }
    for (Instant e : ends) {
      long count = times.stream().filter(x -> x.isAfter(e.minus(w)) && !x.isAfter(e)).count();
      assertTrue(count <= max, () -> name + ": " + count + " contacts in the window ending " + e + " (max " + max + ")");
    }
  }
}
