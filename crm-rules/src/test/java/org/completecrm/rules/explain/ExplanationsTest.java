package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import java.util.Optional;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.timeline.Severity;
import org.junit.jupiter.api.Test;

/** Explanations for staff in English or German, chosen by the host. */
class ExplanationsTest {
  @Test
  void everyKindOfReasonHasAGermanSentenceOfItsOwn() {
    Explanations de = Explanations.in(Locale.GERMANY);
    Explanations en = Explanations.in(Locale.UK);
    assertEquals(Locale.GERMAN, de.language());
    for (Reason r : ReasonTest.everyKind()) {
      assertEquals(r.text(), en.text(r));
      if (!(r instanceof StatedReason)) {
        assertNotEquals(r.text(), de.text(r), r.getClass().getSimpleName());
      }
    }
  }

  @Test
  void theHouseholdSignalNamesTheMemberByPositionAndRoleInBothLanguages() {
    Reason r = new HouseholdHarmSignal(2, HouseholdRole.PARTNER, Optional.empty(), Optional.of(Severity.HIGH));
    assertEquals("No marketing to any member of the household: member 2 (partner) has an open complaint of high severity.",
        Explanations.in(Locale.ENGLISH).text(r));
    assertEquals("Keine Werbung an Mitglieder des Haushalts: Mitglied 2 (Partner/in) hat eine offene Beschwerde mit"
        + " hoher Schwere.", Explanations.in(Locale.GERMAN).text(r));
    assertEquals(Locale.ENGLISH, Explanations.in(Locale.FRENCH).language());
  }
}
