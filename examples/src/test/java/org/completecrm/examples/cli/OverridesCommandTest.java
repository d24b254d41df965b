package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OverrideRecorded;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.campaign.ContextLines;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.override.OverrideReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm overrides}: the sample rule set's goodwill guardrail, overridden for gold customers. */
class OverridesCommandTest {
  private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");

  private static Path contexts(Path dir) throws Exception {
    StringBuilder lines = new StringBuilder();
    String[] amounts = {"55.00", "60.00", "62.50", "58.00", "75.00", "57.00", "12.00"};
    for (int i = 0; i < amounts.length; i++) {
      CustomerId c = CustomerId.of("c-" + i);
      boolean gold = i < 6;
      OverrideRecorded o = OverrideRecorded.builder().id(EventId.of("o-" + i)).customer(c).at(FROM.plusSeconds(86_400L * i))
          .team(TeamId.of(i % 2 == 0 ? "desk-a" : "desk-b")).action("goodwill-credit").reason("outage week")
          .amount(Money.of(amounts[i], "GBP")).limit(Money.of(gold ? "50.00" : "10.00", "GBP")).build();
      DecisionContext context = DecisionContext.builder().event(DecisionEvent.inboundCall())
          .customer(Customer.builder().id(c).kind(PartyKind.PERSON).givenName("Customer " + i).build()).consent(ConsentLedger.empty(c))
          .preferences(ChannelPreferences.builder().zone(ZoneId.of("Europe/London")).addRankedChannels(Channel.EMAIL).build())
          .addTimeline(o).scores(Scores.builder().putLabels(Scores.VALUE_TIER, gold ? "gold" : "bronze").build())
          .loyalty(Optional.empty()).build();
      lines.append(ContextLines.write(context)).append('\n');
    }
    return Files.writeString(dir.resolve("contexts.jsonl"), lines.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void summarisesPerGuardrailAndTierWithASuggestedLimitAndChangesNothing(@TempDir Path dir) throws Exception {
    Path rules = CliRun.copyResource("rules/rules.json", dir);
    String before = Files.readString(rules);
    Path contexts = contexts(dir);
    String[] period = {"--from", FROM.toString(), "--to", "2026-11-01T00:00:00Z"};
    CliRun text = CliRun.of("overrides", "--rules", rules.toString(), "--contexts", contexts.toString(), period[0],
        period[1], period[2], period[3], "--text").expectExit(0)
        .expectOut("goodwill (goodwill-credit), tier gold, limit GBP 50.00: 6 overrides for 6 customers by 2 teams")
        .expectOut("consider a limit of GBP 65.00: 80% of the 6 overridden amounts")
        .expectOut("tier (default), limit GBP 10.00: 1 override");
    assertTrue(text.out.contains("Nothing here changes a rule set"), text.out);
    CliRun json = CliRun.of("overrides", "--rules", rules.toString(), "--contexts", contexts.toString(), period[0],
        period[1], period[2], period[3], "--min-overrides", "7").expectExit(0);
    OverrideReport r = CrmJson.read(json.out, OverrideReport.class);
    assertEquals(2, r.summaries().size());
    assertTrue(r.summaries().stream().allMatch(s -> s.suggestedLimit().isEmpty()));
    assertEquals(before, Files.readString(rules));
  }

  @Test
  void aCoverageOutsideZeroAndOneIsRefused(@TempDir Path dir) throws Exception {
    Path rules = CliRun.copyResource("rules/rules.json", dir);
    CliRun r = CliRun.of("overrides", "--rules", rules.toString(), "--contexts", contexts(dir).toString(), "--from",
        FROM.toString(), "--to", "2026-11-01T00:00:00Z", "--coverage", "1.5");
    assertNotEquals(0, r.exitCode);
    assertTrue(r.err.contains("coverage") && r.err.contains("1.5"), r.err);
  }
}
