package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.completecrm.core.CrmException;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;

class CampaignCandidatesTest {
  private static final RuleSet RULES = CampaignInstances.rules(8, 1);
  private static final List<DecisionContext> CONTEXTS = CampaignInstances.contexts(600, 8, 2);

  @Test
  void aPlanFromSerializedBatchesInAnyOrderEqualsThePlanFromTheContexts() throws Exception {
    CampaignSettings settings = CampaignInstances.settings(600, 8, true, 3);
    CampaignPlan direct = CampaignPlans.plan(RULES, settings, CONTEXTS, CampaignInstances.AT, 7L);
    CampaignPlanner planner = CampaignPlans.planner(RULES, settings, CampaignInstances.AT, 7L);
    for (int from : new int[] {400, 0, 170}) {
      int to = from == 400 ? 600 : from == 0 ? 170 : 400;
      CampaignCandidates batch = CampaignCandidates.decide(RULES, settings, CampaignInstances.AT,
          CONTEXTS.subList(from, to).iterator());
      assertEquals(to - from, batch.customers());
      planner.addCandidates(roundTrip(batch));
    }
    CampaignPlan batched = planner.plan();
    assertEquals(direct.lines(), batched.lines());
    assertEquals(direct.summary(), batched.summary());
  }

  @Test
  void aBatchDecidedUnderOtherSettingsIsRefused() {
    CampaignSettings settings = CampaignInstances.settings(600, 8, true, 3);
    CampaignSettings other = CampaignInstances.settings(600, 8, false, 3);
    CampaignCandidates batch = CampaignCandidates.decide(RULES, other, CampaignInstances.AT,
        CONTEXTS.subList(0, 10).iterator());
    CampaignPlanner planner = CampaignPlans.planner(RULES, settings, CampaignInstances.AT, 7L);
    assertThrows(CrmException.class, () -> planner.addCandidates(batch));
  }

  private static CampaignCandidates roundTrip(CampaignCandidates batch) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(batch);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (CampaignCandidates) in.readObject();
    }
  }
}
