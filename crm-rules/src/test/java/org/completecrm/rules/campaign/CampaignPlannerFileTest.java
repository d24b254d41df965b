package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan read from a contexts file by its path (the table sized from the file's size, {@link
 * TableForecast}) is the plan read from the same file's bytes as a stream, line for line; its
 * errors name the line as before.
 */
class CampaignPlannerFileTest {
  @TempDir
  Path dir;

  @Test
  void aPlanFromTheFileIsThePlanFromItsBytes() throws Exception {
    RuleSet rules = CampaignInstances.rules(8, 11);
    List<DecisionContext> contexts = CampaignInstances.contexts(3000, 8, 12);
    CampaignSettings settings = CampaignInstances.settings(3000, 8, true, 13);
    Path file = dir.resolve("contexts.jsonl");
    StringBuilder jsonl = new StringBuilder();
    for (DecisionContext c : contexts) {
      jsonl.append(ContextLines.write(c)).append('\n');
    }
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    assertTrue(Files.size(file) > 2 * ParallelLines.BATCH_BYTES, "several batches, the forecast made after the first");
    String fromPath = text(CampaignPlans.planner(rules, settings, CampaignInstances.AT, 11)
        .addJsonLines(file, 2, k -> { }).plan());
    String fromStream;
    try (InputStream in = Files.newInputStream(file)) {
      fromStream = text(CampaignPlans.planner(rules, settings, CampaignInstances.AT, 11)
          .addJsonLines(in, 2, k -> { }).plan());
    }
    assertEquals(fromStream, fromPath);
  }

  @Test
  void anInvalidLineIsNamedAndAMissingFileIsAnIoError() throws Exception {
    RuleSet rules = CampaignInstances.rules(4, 3);
    CampaignSettings settings = CampaignInstances.settings(10, 4, false, 4);
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, ContextLines.write(CampaignInstances.contexts(1, 4, 5).get(0)) + "\n{\"customer\":\n");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CampaignPlans.planner(rules, settings, CampaignInstances.AT, 1).addJsonLines(file, 1, k -> { }));
    assertTrue(e.field().startsWith("contexts line 2"), e.field());
    assertThrows(UncheckedIOException.class, () -> CampaignPlans.planner(rules, settings, CampaignInstances.AT, 1)
        .addJsonLines(dir.resolve("missing.jsonl"), 1, k -> { }));
  }

  private static String text(CampaignPlan plan) {
    StringBuilder sb = new StringBuilder();
    for (PlanLine l : plan.lines()) {
      sb.append(l).append('\n');
    }
    return sb.append(CrmJson.write(plan.summary())).toString();
  }
}
