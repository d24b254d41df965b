package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoyaltyCommandTest {
  static final String LEDGER = """
      entry_id,member,household,at,kind,points,spend
      1,ana,h-1,2025-02-01T12:00:00Z,EARN,2500,250
      2,ana,h-1,2025-03-01T12:00:00Z,REDEEM,1000,
      3,ben,h-1,2025-04-01T12:00:00Z,EARN,400,40
      4,ben,h-1,2025-04-02T12:00:00Z,BONUS,200,
      5,cy,,2025-09-01T12:00:00Z,EARN,900,90
      """;
  static final String VALUES = """
      customer_id,p_alive,expected_purchases,clv
      ana,0.9,6,500
      ben,0.5,1,50
      cy,0.2,0.5,20
      """;

  @Test
  void membersBalancesTiersAndExpectedRedemptionAsCsvAndTheLiabilityAsJson(@TempDir Path dir) throws Exception {
    Path programme = CliRun.copyResource("loyalty/spend-programme.json", dir);
    Path ledger = Files.writeString(dir.resolve("ledger.csv"), LEDGER);
    Path values = Files.writeString(dir.resolve("scores.csv"), VALUES);
    Path json = dir.resolve("liability.json");
    CliRun run = CliRun.of("loyalty", "--programme", programme.toString(), "--ledger", ledger.toString(),
            "--at", "2025-10-01T00:00:00Z", "--values", values.toString(), "--liability", json.toString())
        .expectExit(0)
        .expectOut("member,household,balance,expiring_next_points,expiring_next_at,tier,tier_basis,tier_reason,"
            + "expected_redemption,expected_breakage,liability\n");
    List<String> rows = run.out.lines().toList();
    assertEquals(4, rows.size());
    assertTrue(rows.get(1).startsWith("ana,h-1,1500,1500,2026-02-01T12:00:00Z,gold,EARNED,"), rows.get(1));
    assertTrue(rows.get(2).startsWith("ben,h-1,600,400,2026-04-01T12:00:00Z,member,"), rows.get(2));
    assertTrue(rows.get(3).startsWith("cy,,900,900,2026-09-01T12:00:00Z,silver,UPGRADED,"), rows.get(3));
    JsonNode summary = CrmJson.mapper().readTree(Files.readString(json));
    assertEquals(3000, summary.path("total").path("outstandingPoints").asLong());
    assertEquals(2100, summary.path("byHousehold").path("h-1").path("outstandingPoints").asLong());
    assertEquals(1500, summary.path("byTier").path("gold").path("outstandingPoints").asLong());
    assertEquals(8, summary.path("runOff").size());
    double total = summary.path("total").path("expectedRedemption").asDouble()
        + summary.path("total").path("expectedBreakage").asDouble();
    assertEquals(3000, total, 0.02);
    assertEquals("USD", summary.path("currency").asText());
  }

  @Test
  void withoutValuesTheMembersOwnPurchaseRateIsUsed(@TempDir Path dir) throws Exception {
    Path programme = CliRun.copyResource("loyalty/spend-programme.json", dir);
    Path ledger = Files.writeString(dir.resolve("ledger.csv"), LEDGER);
    Path json = dir.resolve("l.json");
    CliRun.of("loyalty", "--programme", programme.toString(), "--ledger", ledger.toString(),
        "--at", "2025-10-01T00:00:00Z", "--liability", json.toString()).expectExit(0);
    assertTrue(Files.readString(json).contains("each member's own purchase rate"));
  }

  @Test
  void aValueProgrammeNeedsValues(@TempDir Path dir) throws Exception {
    Path programme = CliRun.copyResource("loyalty/value-programme.json", dir);
    Path ledger = Files.writeString(dir.resolve("ledger.csv"), LEDGER);
    CliRun.of("loyalty", "--programme", programme.toString(), "--ledger", ledger.toString(),
        "--at", "2025-10-01T00:00:00Z", "--liability", dir.resolve("l.json").toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("the programme's tiers are earned by PROFIT");
  }

  @Test
  void badRowsAreNamedByFileLineAndColumn(@TempDir Path dir) throws Exception {
    Path programme = CliRun.copyResource("loyalty/spend-programme.json", dir);
    String l = dir.resolve("l.json").toString();
    Path kind = Files.writeString(dir.resolve("kind.csv"), LEDGER.replace("BONUS", "GIFT"));
    CliRun.of("loyalty", "--programme", programme.toString(), "--ledger", kind.toString(), "--at", "2025-10-01T00:00:00Z",
        "--liability", l).expectExit(CrmCli.BAD_INPUT).expectErr("kind.csv line 5 column kind");
    Path overdrawn = Files.writeString(dir.resolve("over.csv"), LEDGER.replace("REDEEM,1000", "REDEEM,3000"));
    CliRun.of("loyalty", "--programme", programme.toString(), "--ledger", overdrawn.toString(), "--at",
        "2025-10-01T00:00:00Z", "--liability", l).expectExit(CrmCli.BAD_INPUT).expectErr("ana's balance");
    Path badProgramme = Files.writeString(dir.resolve("p.json"),
        Files.readString(programme).replace("\"SPEND\": 200", "\"SPEND\": 20"));
    CliRun.of("loyalty", "--programme", badProgramme.toString(), "--ledger", kind.toString(), "--at",
        "2025-10-01T00:00:00Z", "--liability", l).expectExit(CrmCli.BAD_INPUT).expectErr("$.tiers[2].thresholds.SPEND");
    CliRun.of("loyalty", "--programme", programme.toString(), "--ledger", kind.toString(), "--at", "yesterday",
        "--liability", l).expectExit(CrmCli.USAGE).expectErr("--at");
  }
}
