package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.Locale;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.rekey.HeldData;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.HeldByHousehold;
import org.completecrm.rules.explain.HouseholdHarmSignal;
import org.junit.jupiter.api.Test;

/** The household story does what its Javadoc promises. */
class HouseholdStoryExampleTest {
  private static CandidateOutcome candidate(Decision d, String action) {
    return d.candidates().stream().filter(c -> c.action().value().equals(action)).findFirst().orElseThrow();
  }

  @Test
  void theHouseholdDecidesTogetherAndTheMergeIsUndoneExactly() {
    StringWriter text = new StringWriter();
    HouseholdStoryExample.Result r = HouseholdStoryExample.run(new PrintWriter(text));

    Decision first = r.firstCall();
    assertEquals("household-call-back", first.actions().get(0).action().value());
    assertTrue(first.actions().stream().noneMatch(a -> a.purpose() == Purpose.MARKETING));
    HouseholdHarmSignal harm = (HouseholdHarmSignal) candidate(first, "family-fund-plan").decisive();
    assertEquals(2, harm.position());
    assertEquals(HouseholdRole.PARTNER, harm.role());
    assertTrue(first.notes().stream().anyMatch(n -> n.startsWith("Promise to member 2 (partner) of the household")));

    assertTrue(r.secondCall().actions().stream().anyMatch(a -> a.action().value().equals("family-fund-plan")
        && a.message().orElseThrow().contains("für die ganze Familie")));
    HeldByHousehold held = (HeldByHousehold) candidate(r.sonCalls(), "family-fund-plan").decisive();
    assertEquals(1, held.position());
    assertTrue(held.response().isEmpty());

    assertTrue(text.toString().contains("Keine Werbung an Mitglieder des Haushalts: Mitglied 2 (Partner/in)"));
    assertTrue(text.toString().contains("No marketing to any member of the household: member 2 (partner)"));
    assertEquals(Locale.GERMAN, org.completecrm.rules.explain.Explanations.in(Locale.GERMANY).language());

    HeldData before = r.before();
    HeldData after = r.after();
    assertEquals(new HashSet<>(before.ledgers()), new HashSet<>(after.ledgers()));
    assertEquals(new HashSet<>(before.events()), new HashSet<>(after.events()));
    assertEquals(new HashSet<>(before.holdings()), new HashSet<>(after.holdings()));
    assertEquals(before.households(), after.households());
    assertEquals(before.holdings().size() + 0, r.merged().holdings().size());
    for (String name : new String[] {"Okafor", "Ana", "Ben ", "Benjamin", "Mensah", "Dan ", "Chloe"}) {
      assertFalse(text.toString().contains(name), "no name printed: " + name);
    }
  }
}
