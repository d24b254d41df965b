package org.completecrm.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Scores: named finite numbers and named labels, as analytics hands them to rules. */
class ScoresTest {
  @Test
  void aScoreAndALabelAreReadByName() {
    Scores s = Scores.builder().putValues(Scores.CLV, 812.5).putLabels(Scores.SEGMENT, "loyal").build();
    assertEquals(Optional.of(812.5), s.value(Scores.CLV));
    assertEquals(Optional.of("loyal"), s.label(Scores.SEGMENT));
  }

  @Test
  void anAbsentScoreOrLabelIsEmpty() {
    assertEquals(Optional.empty(), Scores.none().value(Scores.P_ALIVE));
    assertEquals(Optional.empty(), Scores.none().label(Scores.VALUE_TIER));
    assertTrue(Scores.none().values().isEmpty() && Scores.none().labels().isEmpty());
  }

  @Test
  void aNonFiniteScoreIsRefusedNamingIt() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> Scores.builder().putValues(Scores.P_ALIVE, bad).build());
      assertEquals("Scores.values[pAlive]", e.field());
    }
  }

  @Test
  void aPropensityIsNamedAfterItsOffer() {
    assertEquals("propensity.gold-card", Scores.propensityOf("gold-card"));
    assertEquals("Scores.propensityOf.offerId",
        assertThrows(InvalidValueException.class, () -> Scores.propensityOf(" ")).field());
  }
}
