package org.completecrm.rules.override;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.completecrm.core.timeline.OverrideRecorded;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The override report: order-free, every override in the period counted once, suggestions above the limit. */
class GuardrailOverridesProperties {
  private static Gen<List<OverrideRecorded>> overrides() {
    Gen<OverrideRecorded> one = integers().between(0, 2).zip(integers().between(0, 3), integers().between(1, 20_000),
        integers().between(-5, 40), (c, team, cents, day) -> GuardrailOverridesTest.override(cents * 31 + day,
            c == 0 ? "c-gold" : c == 1 ? "c-bronze" : "c-" + team, "desk-" + team,
            String.format(java.util.Locale.ROOT, "%d.%02d", 10 + cents / 100, cents % 100), "10.00",
            GuardrailOverridesTest.FROM.plusSeconds(day * 86_400L)));
    return lists().of(one).ofSizeBetween(0, 40);
  }

  @Test
  void theReportIsOrderFreeCountsThePeriodOnceAndSuggestsOnlyAboveTheLimit() {
    qt().withExamples(200).forAll(overrides(), integers().between(1, 10)).checkAssert((list, min) -> {
      OverrideReport r = GuardrailOverrides.summarise(List.of(GuardrailOverridesTest.GOODWILL), list,
          GuardrailOverridesTest.tiers(), GuardrailOverridesTest.FROM, GuardrailOverridesTest.TO, 0.8, min);
      List<OverrideRecorded> reversed = new ArrayList<>(list);
      Collections.reverse(reversed);
      assertEquals(r, GuardrailOverrides.summarise(List.of(GuardrailOverridesTest.GOODWILL), reversed,
          GuardrailOverridesTest.tiers(), GuardrailOverridesTest.FROM, GuardrailOverridesTest.TO, 0.8, min));
      Instant from = GuardrailOverridesTest.FROM;
      Instant to = GuardrailOverridesTest.TO;
      long inPeriod = list.stream().filter(o -> !o.at().isBefore(from) && o.at().isBefore(to)).count();
      assertEquals(inPeriod, r.summaries().stream().mapToLong(OverrideSummary::overrides).sum());
      for (OverrideSummary s : r.summaries()) {
        s.suggestedLimit().ifPresent(l -> {
          assertTrue(s.overrides() >= min);
          assertTrue(l.compareTo(s.limit()) > 0, l + " above " + s.limit());
          assertTrue(l.compareTo(s.largest().orElseThrow().times(2)) <= 0, l + " no more than twice the largest");
        });
      }
    });
  }
}
