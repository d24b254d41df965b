package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.policy.ContactGate;
import org.completecrm.rules.policy.ContactPermission;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.QuietHoursPolicy;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.VolumeLimits;
import org.junit.jupiter.api.Test;

/**
 * Properties of campaign plans over seeded instances (QuickTheories draws the seeds, sizes and
 * household setting): every budget and capacity holds, one send per customer and per household
 * where configured, no send in quiet hours, every send allowed exactly as a single decision allows
 * it, the plan independent of the order of the contexts, and a reason for everyone left out.
 */
class CampaignPlanProperties {
  private record Instance(RuleSet rules, List<DecisionContext> contexts, CampaignSettings settings, long seed) {
    CampaignPlan plan() {
      return CampaignPlans.plan(rules, settings, contexts, CampaignInstances.AT, seed);
    }
  }

  private static Instance instance(long seed, int customers, int offers, boolean perHousehold) {
    return new Instance(CampaignInstances.rules(offers, seed), CampaignInstances.contexts(customers, offers, seed + 1),
        CampaignInstances.settings(customers, offers, perHousehold, seed + 2), seed);
  }

  private static void forInstances(int examples, java.util.function.Consumer<Instance> check) {
    qt().withExamples(examples).forAll(longs().between(0, 1_000_000), integers().between(1, 400),
        integers().between(1, 8), booleans().all())
        .checkAssert((seed, n, offers, household) -> check.accept(instance(seed, n, offers, household)));
  }

  @Test
  void noBudgetOrCapacityIsExceeded() {
    forInstances(25, in -> {
      CampaignPlan plan = in.plan();
      PlanChecks.withinBudgets(plan, in.settings);
      Map<String, DecisionContext> byId = byId(in.contexts);
      double cost = 0;
      Map<String, Double> load = new HashMap<>();
      for (PlanLine l : plan.lines()) {
        if (l.planned()) {
          Channel ch = l.channel().get();
          cost += in.settings.costOf(ch, in.rules);
          double p = byId.get(l.customer().value()).scores().value(Scores.propensityOf(l.action().get().value()))
              .orElseThrow();
          long day = java.time.Duration.between(CampaignInstances.AT, l.sendAt().get()).toDays();
          for (TeamCapacity t : in.settings.teams()) {
            load.merge(t.team() + "/" + day, p * t.shareOf(ch), Double::sum);
          }
        }
      }
      double spent = cost;
      in.settings.budgets().totalCost().ifPresent(m -> assertTrue(spent <= m.amount().doubleValue() + 1e-6));
      for (TeamCapacity t : in.settings.teams()) {
        load.forEach((k, v) -> assertTrue(!k.startsWith(t.team() + "/") || v <= t.capacityPerDay() + 1e-6, k));
      }
    });
  }

  @Test
  void atMostOneSendPerCustomerAndPerHouseholdWhereConfigured() {
    forInstances(25, in -> {
      CampaignPlan plan = in.plan();
      Set<String> customers = new HashSet<>();
      Set<String> households = new HashSet<>();
      Map<String, Integer> householdPost = new HashMap<>();
      for (PlanLine l : plan.lines()) {
        assertTrue(customers.add(l.customer().value()));
        if (l.planned() && l.household().isPresent()) {
          if (in.settings.oneOutboundPerHousehold()) {
            assertTrue(households.add(l.household().get().value()), "two sends to " + l.household().get());
          }
          if (l.channel().get() == Channel.POST) {
            householdPost.merge(l.household().get().value(), 1, Integer::sum);
          }
        }
      }
      assertEquals(in.contexts.size(), customers.size());
      householdPost.forEach((h, n) -> assertTrue(n <= 1, "household cap household-post: " + n + " sends to " + h));
    });
  }

  @Test
  void everySendIsAllowedAsForASingleDecisionAndOutsideQuietHours() {
    forInstances(20, in -> {
      CampaignPlan plan = in.plan();
      Map<String, DecisionContext> byId = byId(in.contexts);
      int n = in.rules.actions().size();
      RuleSet wide = RuleSet.builder().from(in.rules).volume(VolumeLimits.builder().maxActions(n).maxPerChannel(n)
          .build()).build();
      for (PlanLine l : plan.lines()) {
        if (!l.planned()) {
          continue;
        }
        DecisionContext c = byId.get(l.customer().value());
        CustomerView view = c.viewAt(CampaignInstances.AT);
        Decision d = Decisions.decide(DecisionEvent.campaignRun(in.settings.campaign()), view, c.scores(), wide,
            CampaignInstances.AT);
        assertTrue(d.actions().stream().anyMatch(a -> a.action().equals(l.action().get())
            && a.channel() == l.channel().get()), "not a decision's action: " + l);
        Purpose purpose = in.rules.actions().stream().filter(a -> a.id().equals(l.action().get())).findFirst()
            .map(ActionDefinition::purpose).orElseThrow();
        ContactPermission gate = ContactGate.check(view, purpose, Set.of(l.channel().get()), l.sendAt().get(),
            in.rules.policies());
        assertTrue(gate.allowed() && gate.sendAt().get().equals(l.sendAt().get()),
            "the gate at the send instant: " + gate.explanation() + " for " + l);
        view.preferences().quietHours().ifPresent(q -> assertTrue(!q.contains(l.sendAt().get()), "quiet: " + l));
        for (QuietHoursPolicy q : in.rules.policies().quietHours()) {
          if (q.channels().isEmpty() || q.channels().contains(l.channel().get())) {
            assertTrue(!QuietHours.of(q.start(), q.end(), view.preferences().zone()).contains(l.sendAt().get()),
                "quiet " + q.id() + ": " + l);
          }
        }
      }
    });
  }

  @Test
  void thePlanDoesNotDependOnTheOrderOfTheContexts() {
    forInstances(15, in -> {
      List<DecisionContext> shuffled = new ArrayList<>(in.contexts);
      Collections.shuffle(shuffled, new Random(in.seed));
      assertEquals(in.plan().lines(), new Instance(in.rules, shuffled, in.settings, in.seed).plan().lines());
      assertEquals(in.plan().summary(), new Instance(in.rules, shuffled, in.settings, in.seed).plan().summary());
    });
  }

  @Test
  void everyoneLeftOutHasAReasonAndEveryoneIsInThePlan() {
    forInstances(25, in -> {
      CampaignPlan plan = in.plan();
      assertEquals(in.contexts.size(), plan.lines().size());
      for (PlanLine l : plan.lines()) {
        assertTrue(l.reason().startsWith(l.planned() ? "Planned: " : "Left out: ")
            || !l.planned() && (l.reason().startsWith("No action allowed: ") || l.reason().startsWith("No rule ")
            || l.reason().startsWith("No send slot: ")), l.reason());
      }
      assertTrue(plan.summary().gap() >= 0 && plan.summary().upperBound() >= plan.summary().expectedValue());
    });
  }

  private static Map<String, DecisionContext> byId(List<DecisionContext> contexts) {
    return contexts.stream().collect(Collectors.toMap(c -> c.customer().id().value(), Function.identity()));
  }

}
