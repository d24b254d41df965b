package org.completecrm.rules.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.completecrm.core.EventId;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.view.Contact;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.policy.ContactPermission;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.internal.CompiledRuleSet;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The contact policies apply in the order the business states them. */
class ContactPoliciesTest {
  @Test
  void thePoliciesApplyInTheirStatedOrder() {
    assertEquals(List.of("Suppression", "HouseholdSuppression", "CoolDown", "OutboundChannel", "Consent", "QuietHoursDeferral",
        "ConsentWhenSent", "ChannelVolume", "CustomerFrequency", "Caps"),
        ContactPolicies.IN_ORDER.stream().map(p -> p.getClass().getSimpleName()).toList());
  }

  @Test
  void thePoliciesAskedOncePerChannelAndPurposeAreTheFirstFour() {
    assertEquals(4, ContactPolicies.SETTLED);
    for (int i = ContactPolicies.SETTLED; i < ContactPolicies.EACH_CHANNEL.size(); i++) {
      assertEquals(false, ContactPolicies.EACH_CHANNEL.get(i).byChannelAndPurpose());
    }
  }

  /**
   * One decision's policies, which keep what the first per-channel policies made of each channel
   * and purpose, answer a sequence of contacts (with the allowed outbound ones planned in turn)
   * exactly as fresh policies answer each contact: the same permission, channel, send instant,
   * verdicts and reasons.
   */
  @Test
  void aDecisionsPoliciesAnswerEveryContactAsFreshPoliciesDo() {
    forDecisions(300, (view, facts, rules, rs, shared, r, seed) -> {
      List<Contact> planned = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Proposed c = Proposed.random(r, rules);
        Optional<Duration> coolDown = r.nextBoolean() ? Optional.empty() : Optional.of(Duration.ofDays(r.nextInt(60)));
        ContactPermission fresh = ContactPolicies.of(facts, rules.policies(), rs::cost)
            .permission(c.purpose(), c.supported(), c.offer(), coolDown, planned, c.maxPerChannel());
        ContactPermission kept = shared.permission(c.purpose(), c.supported(), c.offer(), coolDown, planned,
            c.maxPerChannel());
        assertEquals(fresh, kept, "seed " + seed + " contact " + i);
        if (kept.allowed() && kept.delivery().orElseThrow() == Delivery.OUTBOUND) {
          planned.add(c.planned(i, view, kept.channel().orElseThrow(), kept.sendAt().orElseThrow()));
        }
      }
    });
  }

  /**
   * A decision's policies keep one answer and overwrite it with each contact ({@link
   * ContactPolicies#answer}): read at once, as a decision reads it, it says what fresh policies'
   * permission says (allowed, channel, delivery, send instant, decisive reason).
   */
  @Test
  void theAnswerReadAtOnceSaysWhatFreshPoliciesPermit() {
    forDecisions(200, (view, facts, rules, rs, shared, r, seed) -> {
      List<Contact> planned = new ArrayList<>();
      ContactPolicies.ContactAnswer first = null;
      for (int i = 0; i < 16; i++) {
        Proposed c = Proposed.random(r, rules);
        ContactPermission fresh = ContactPolicies.of(facts, rules.policies(), rs::cost)
            .permission(c.purpose(), c.supported(), c.offer(), Optional.empty(), planned, c.maxPerChannel());
        ContactPolicies.ContactAnswer answer = shared.answer(c.purpose(), ContactPolicies.channelMask(c.supported()),
            c.offer(), Optional.empty(), planned, c.maxPerChannel());
        first = first == null ? answer : first;
        assertSame(first, answer, "one answer per decision's policies");
        assertEquals(fresh.allowed(), answer.allowed(), "seed " + seed + " contact " + i);
        assertEquals(fresh.decisive(), answer.decisive(), "seed " + seed + " contact " + i);
        assertEquals(fresh, answer.permission(), "seed " + seed + " contact " + i);
        if (answer.allowed()) {
          assertEquals(fresh.channel().orElseThrow(), answer.channel());
          assertEquals(fresh.delivery().orElseThrow(), answer.delivery());
          assertEquals(fresh.sendAt().orElseThrow(), answer.sendAt());
          if (answer.delivery() == Delivery.OUTBOUND) {
            planned.add(c.planned(i, view, answer.channel(), answer.sendAt()));
          }
        }
      }
    });
  }

  /** A contact proposed at random: its purpose, one to four supported channels, maybe an offer, the most per channel. */
  private record Proposed(Purpose purpose, Set<Channel> supported, Optional<OfferId> offer, int maxPerChannel) {
    static Proposed random(Random r, RuleSet rules) {
      Channel[] channels = Channel.values();
      Purpose[] purposes = Purpose.values();
      Purpose purpose = purposes[r.nextInt(purposes.length)];
      Set<Channel> supported = EnumSet.noneOf(Channel.class);
      for (int k = r.nextInt(4); k >= 0; k--) {
        supported.add(channels[r.nextInt(channels.length)]);
      }
      Optional<OfferId> offer = rules.actions().isEmpty() || r.nextInt(4) == 0 ? Optional.empty()
          : Optional.of(rules.actions().get(r.nextInt(rules.actions().size())).id());
      return new Proposed(purpose, supported, offer, 1 + r.nextInt(4));
    }

    /** This contact planned outbound on {@code channel} at {@code at}, the {@code i}th of the sequence. */
    Contact planned(int i, CustomerView view, Channel channel, java.time.Instant at) {
      return Contact.builder().event(EventId.of("planned-" + i)).customer(view.customerId()).channel(channel)
          .direction(Direction.OUTBOUND).purpose(purpose).at(at).build();
    }
  }

  /** A check of one decision's policies ({@code shared}) on a view, its facts and a rule set, with a seeded random. */
  private interface DecisionCheck {
    void check(CustomerView view, Facts facts, RuleSet rules, CompiledRuleSet rs, ContactPolicies shared, Random r,
        long seed);
  }

  /** Runs {@code check} on {@code examples} generated views, rule sets and events. */
  private static void forDecisions(int examples, DecisionCheck check) {
    qt().withExamples(examples).forAll(RulesGen.reachableViewInputs(), RulesGen.ruleSets(), RulesGen.events(),
        Generate.longRange(0, Long.MAX_VALUE)).checkAssert((inputs, rules, event, seed) -> {
          CustomerView view = inputs.fold();
          Facts facts = Facts.of(event, view, Scores.builder().build(), view.asOf());
          CompiledRuleSet rs = CompiledRuleSet.of(rules);
          check.check(view, facts, rules, rs, ContactPolicies.of(facts, rules.policies(), rs::cost), new Random(seed),
              seed);
        });
  }
}
