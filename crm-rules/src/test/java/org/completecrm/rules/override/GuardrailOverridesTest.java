package org.completecrm.rules.override;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OverrideRecorded;
import org.completecrm.rules.ruleset.Guardrail;
import org.junit.jupiter.api.Test;

/** Overrides summarised per guardrail and tier, with a suggested limit for people to decide on. */
class GuardrailOverridesTest {
  static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
  static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");
  static final Guardrail GOODWILL = Guardrail.builder().id("goodwill").action("goodwill-credit")
      .putLimitsByTier("gold", Money.of("50.00", "GBP")).putLimitsByTier("silver", Money.of("25.00", "GBP"))
      .defaultLimit(Money.of("10.00", "GBP")).build();

  static OverrideRecorded override(int i, String customer, String team, String amount, String limit, Instant at) {
    return OverrideRecorded.builder().id(EventId.of("o-" + i)).customer(CustomerId.of(customer)).at(at)
        .team(TeamId.of(team)).action("goodwill-credit").reason("long outage").amount(Money.of(amount, "GBP"))
        .limit(Money.of(limit, "GBP")).build();
  }

  static Map<CustomerId, Scores> tiers() {
    return Map.of(CustomerId.of("c-gold"), Scores.builder().putLabels(Scores.VALUE_TIER, "gold").build(),
        CustomerId.of("c-bronze"), Scores.builder().putLabels(Scores.VALUE_TIER, "bronze").build());
  }

  @Test
  void frequentOverridesOfTheGoldLimitSuggestARoundedLimitCoveringFourInFive() {
    List<OverrideRecorded> overrides = new ArrayList<>();
    String[] gold = {"55.00", "60.00", "57.30", "70.00", "52.00", "58.00", "90.00", "61.00", "56.00", "54.00"};
    for (int i = 0; i < gold.length; i++) {
      overrides.add(override(i, "c-gold", i % 2 == 0 ? "desk-a" : "desk-b", gold[i], "50.00", FROM.plusSeconds(i)));
    }
    overrides.add(override(20, "c-bronze", "desk-a", "15.00", "10.00", FROM));
    overrides.add(override(21, "c-new", "desk-a", "12.00", "10.00", FROM));
    overrides.add(override(22, "c-gold", "desk-a", "500.00", "50.00", TO));
    OverrideReport r = GuardrailOverrides.summarise(List.of(GOODWILL), overrides, tiers(), FROM, TO);
    assertEquals(2, r.summaries().size());
    OverrideSummary d = r.summaries().get(0);
    assertEquals(GuardrailOverrides.DEFAULT_TIER, d.tier());
    assertEquals(2, d.overrides());
    assertEquals(Optional.empty(), d.suggestedLimit());
    assertTrue(d.suggestion().startsWith("keep the limit of GBP 10.00: 2 overrides are too few"), d.suggestion());
    OverrideSummary g = r.summaries().get(1);
    assertEquals("gold", g.tier());
    assertEquals(10, g.overrides());
    assertEquals(1, g.customers());
    assertEquals(2, g.teams());
    assertEquals(Optional.of(Money.of("57.30", "GBP")), g.median());
    assertEquals(Optional.of(Money.of("70.00", "GBP")), g.percentile90());
    assertEquals(Optional.of(Money.of("90.00", "GBP")), g.largest());
    assertEquals(Money.of("613.30", "GBP"), g.total());
    // The 8th of 10 sorted amounts is 61.00, rounded up to 65.00; the override at TO is not counted.
    assertEquals(Optional.of(Money.of("65.00", "GBP")), g.suggestedLimit());
    assertTrue(r.words().contains("consider a limit of GBP 65.00: 80% of the 10 overridden amounts"), r.words());
    assertEquals(r, CrmJson.read(CrmJson.write(r), OverrideReport.class));
  }

  @Test
  void overridesWithinTodaysLimitKeepItAndUnknownActionsAreCounted() {
    List<OverrideRecorded> overrides = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      overrides.add(override(i, "c-gold", "desk-a", "40.00", "30.00", FROM.plusSeconds(i)));
    }
    overrides.add(OverrideRecorded.builder().id(EventId.of("v-1")).customer(CustomerId.of("c-gold")).at(FROM)
        .team(TeamId.of("desk-a")).action("fee-waiver").reason("bank error").build());
    OverrideReport r = GuardrailOverrides.summarise(List.of(GOODWILL), overrides, tiers(), FROM, TO);
    OverrideSummary g = r.summaries().get(0);
    assertEquals(6, g.withinLimit());
    assertEquals(Optional.empty(), g.suggestedLimit());
    assertTrue(g.suggestion().startsWith("keep the limit of GBP 50.00"), g.suggestion());
    assertEquals(Map.of("fee-waiver", 1), r.unmatched());
    assertTrue(r.words().contains("1 override of fee-waiver: no guardrail of the rule set limits it"), r.words());
  }

  @Test
  void anAmountInAnotherCurrencyOrAnEmptyPeriodIsRefused() {
    OverrideRecorded euros = OverrideRecorded.builder().id(EventId.of("o-1")).customer(CustomerId.of("c-gold"))
        .at(FROM).team(TeamId.of("desk-a")).action("goodwill-credit").reason("r").amount(Money.of("60.00", "EUR")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> GuardrailOverrides.summarise(List.of(GOODWILL), List.of(euros), tiers(), FROM, TO));
    assertEquals("GuardrailOverrides.overrides[o-1].amount", e.field());
    e = assertThrows(InvalidValueException.class,
        () -> GuardrailOverrides.summarise(List.of(GOODWILL), List.of(), tiers(), TO, FROM));
    assertEquals("GuardrailOverrides.to", e.field());
  }

  @Test
  void roundingUpGoesToAMultipleOfFiveInTheSecondSignificantDigit() {
    String[][] cases = {{"57.30", "60"}, {"123.00", "150"}, {"8.20", "8.5"}, {"60.00", "60"}, {"0.07", "0.07"}};
    for (String[] c : cases) {
      BigDecimal up = GuardrailOverrides.roundUp(new BigDecimal(c[0]));
      assertEquals(0, up.compareTo(new BigDecimal(c[1])), c[0] + " rounded up to " + up);
    }
  }
}
