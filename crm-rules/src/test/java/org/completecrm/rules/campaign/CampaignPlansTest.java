package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.completecrm.core.InvalidValueException;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

class CampaignPlansTest {
  private static final RuleSet RULES = CampaignInstances.rules(8, 1);
  private static final List<DecisionContext> CONTEXTS = CampaignInstances.contexts(1000, 8, 2);

  @Test
  void aPlanOfAThousandCustomersKeepsItsBudgetsAndSaysWhyForEveryoneLeftOut() {
    CampaignSettings settings = CampaignInstances.settings(1000, 8, true, 3);
    CampaignPlan plan = CampaignPlans.plan(RULES, settings, CONTEXTS, CampaignInstances.AT, 7L);
    PlanSummary s = plan.summary();
    assertEquals(1000, plan.lines().size());
    assertTrue(s.planned() > 100 && s.leftOut() > 100, s.toString());
    PlanChecks.withinBudgets(plan, settings);
    Set<String> households = new HashSet<>();
    for (PlanLine line : plan.lines()) {
      assertTrue(!line.reason().isBlank());
      if (line.planned() && line.household().isPresent()) {
        assertTrue(households.add(line.household().get().value()), "two sends to " + line.household());
      }
    }
    assertTrue(s.relativeGap() < 0.01, "gap " + s.relativeGap());
  }

  @Test
  void reasonsNameTheBudgetAndTheExpectedValues() {
    CampaignPlan plan = CampaignPlans.plan(RULES, CampaignInstances.settings(1000, 8, true, 3), CONTEXTS,
        CampaignInstances.AT, 7L);
    assertTrue(plan.lines().stream().anyMatch(l -> l.reason().matches(
        "Left out: the budget of Offer \\d+ \\(\\d+ sends\\) was reached at an expected value of \\d+\\.\\d\\d; "
            + "this customer's best, Offer \\d+ by [A-Z_]+, was \\d+\\.\\d\\d\\.")));
    assertTrue(plan.lines().stream().anyMatch(l -> l.reason().startsWith(
        "Left out: one outbound contact per household: household h-")));
    assertTrue(plan.lines().stream().anyMatch(l -> l.reason().startsWith("No action allowed: ")));
  }

  @Test
  void theOrderOfTheContextsDoesNotMatter() {
    CampaignSettings settings = CampaignInstances.settings(1000, 8, false, 3);
    List<DecisionContext> shuffled = new ArrayList<>(CONTEXTS);
    Collections.shuffle(shuffled, new java.util.Random(5));
    assertEquals(CampaignPlans.plan(RULES, settings, CONTEXTS, CampaignInstances.AT, 7L).lines(),
        CampaignPlans.plan(RULES, settings, shuffled, CampaignInstances.AT, 7L).lines());
  }

  @Test
  void aCustomerGivenTwiceIsRefused() {
    List<DecisionContext> twice = List.of(CONTEXTS.get(0), CONTEXTS.get(1), CONTEXTS.get(0));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CampaignPlans.plan(RULES,
        CampaignInstances.settings(3, 8, false, 3), twice, CampaignInstances.AT, 7L));
    assertEquals("contexts.customer.id", e.field());
  }

  @Test
  void settingsThatBudgetAnUnknownOfferAreRefused() {
    CampaignSettings settings = CampaignSettings.fromJson(
        "{\"campaign\": \"c\", \"budgets\": {\"offers\": {\"o-99\": 3}}}");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CampaignPlans.plan(RULES, settings, CONTEXTS, CampaignInstances.AT, 7L));
    assertEquals("CampaignSettings.budgets.offers.o-99", e.field());
  }

  @Test
  void aTargetGapOutsideZeroToOneIsRefusedWithItsPath() {
    for (String bad : List.of("-0.001", "1", "1.5")) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> CampaignSettings.fromJson("{\"campaign\": \"c\", \"targetRelativeGap\": " + bad + "}"));
      assertTrue(e.getMessage().contains("CampaignSettings.targetRelativeGap") && e.getMessage().contains("[0, 1)"),
          e.getMessage());
    }
    assertEquals(CampaignSettings.DEFAULT_TARGET_RELATIVE_GAP, CampaignSettings.fromJson("{\"campaign\": \"c\"}")
        .targetRelativeGap());
  }

  @Test
  void theSearchStopsOnceThePlanIsWithinTheTargetGapAndTheGapStaysATrueBound() {
    CampaignSettings base = CampaignInstances.settings(1000, 8, true, 3);
    for (double target : new double[] {0.05, 0.01}) {
      CampaignSettings settings = CampaignSettings.builder().from(base).targetRelativeGap(target).build();
      PlanSummary s = CampaignPlans.plan(RULES, settings, CONTEXTS, CampaignInstances.AT, 7L).summary();
      assertTrue(s.relativeGap() <= target, target + ": gap " + s.relativeGap());
      assertTrue(s.upperBound() >= s.expectedValue(), s.toString());
    }
    PlanSummary loose = CampaignPlans.plan(RULES, CampaignSettings.builder().from(base).targetRelativeGap(0.5).build(),
        CONTEXTS, CampaignInstances.AT, 7L).summary();
    PlanSummary tight = CampaignPlans.plan(RULES, CampaignSettings.builder().from(base).targetRelativeGap(0).build(),
        CONTEXTS, CampaignInstances.AT, 7L).summary();
    assertTrue(tight.relativeGap() <= loose.relativeGap(), tight.relativeGap() + " against " + loose.relativeGap());
  }
}
