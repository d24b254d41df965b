package org.completecrm.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  private static final String AT = "2026-11-23T10:15:00Z";
  @TempDir static Path dir;
  private static Path rules;
  private static Path next;
  private static Path context;

  @BeforeAll
  static void writeSamples() throws IOException {
    rules = CliRun.copyResource("rules/rules.json", dir);
    context = CliRun.copyResource("rules/context.json", dir);
    // The next version: no overdue-promise rule, a larger goodwill limit for gold customers.
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode v2 = (ObjectNode) mapper.readTree(rules.toFile());
    v2.put("version", v2.get("version").asInt() + 1);
    ArrayNode kept = mapper.createArrayNode();
    v2.get("rules").forEach(r -> {
      if (!r.get("id").asText().equals("overdue-promise")) {
        kept.add(r);
      }
    });
    v2.set("rules", kept);
    ((ObjectNode) v2.get("guardrails").get(0).get("limitsByTier").get("gold")).put("amount", "75.00");
    next = Files.writeString(dir.resolve("rules-v2.json"), mapper.writeValueAsString(v2));
  }

  @Test
  void compareListsWhatTheNextRuleSetChangesAsJson() {
    CliRun.of("compare", "--rules", rules.toString(), "--with", next.toString(), "--context", context.toString(),
            "--at", AT)
        .expectExit(0)
        .expectOut("\"ruleSetAfter\" : \"contact-centre v4\"")
        .expectOut("\"subject\" : \"call-back-now\"")
        .expectOut("\"kind\" : \"REMOVED\"")
        .expectOut("Rule overdue-promise no longer fires.");
  }

  @Test
  void compareInPlainWords() {
    CliRun.of("compare", "--rules", rules.toString(), "--with", next.toString(), "--context", context.toString(),
            "--at", AT, "--text")
        .expectExit(0)
        .expectOut("contact-centre v3 at 2026-11-23T10:15:00Z -> contact-centre v4 at 2026-11-23T10:15:00Z: 5 changes.")
        .expectOut("- ACTION CHANGED: Resolve the open complaint: rank 2 -> 1.")
        .expectOut("- ACTION REMOVED: No longer chosen: Keep the overdue call-back now")
        .expectOut("- ALLOWANCE REMOVED: Room to act 'goodwill' is no longer given");
  }

  @Test
  void theSameRulesAtTheSameInstantGiveTheSameDecision() {
    CliRun.of("compare", "--rules", rules.toString(), "--context", context.toString(), "--at", AT, "--text")
        .expectExit(0).expectOut(": the same decision.");
  }

  @Test
  void laterTheSameDayThePromiseIsDueLaterAndTheNoteSaysHowLate() {
    CliRun.of("compare", "--rules", rules.toString(), "--context", context.toString(), "--at", AT,
            "--then", "2026-11-23T22:15:00Z", "--text")
        .expectExit(0)
        .expectOut("is now due by 2026-11-24T02:15:00Z (was 2026-11-23T14:15:00Z)")
        .expectOut("(3 days 5 hours late)");
  }

  @Test
  void aBadInstantIsAUsageErrorNamingTheOption() {
    CliRun.of("compare", "--rules", rules.toString(), "--context", context.toString(), "--at", AT, "--then", "tonight")
        .expectExit(CrmCli.USAGE).expectErr("--then").expectErr("tonight");
  }
}
