package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.ruleset.ActionKind;
import org.junit.jupiter.api.Test;

class CandidateOutcomeTest {
  private static final Reason PROPOSED = Reason.of(Stage.RULES, "rule:r1", "Proposed by rule r1.");
  private static final Reason DROPPED = Reason.of(Stage.VOLUME, "policy:volume.max-actions", "Ranked 4.");

  private static CandidateOutcome outcome(List<Reason> trail, Optional<Double> score) {
    return new CandidateOutcome(OfferId.of("gold-card"), ActionKind.OFFER, Purpose.MARKETING, false, Stage.VOLUME, DROPPED,
        trail, score);
  }

  @Test
  void anImmutableTrailIsKeptAsGivenAndAnyOtherIsCopied() {
    List<Reason> immutable = List.of(PROPOSED, DROPPED);
    assertSame(immutable, outcome(immutable, Optional.empty()).trail());
    List<Reason> mutable = new ArrayList<>(immutable);
    CandidateOutcome o = outcome(mutable, Optional.of(1.5));
    mutable.clear();
    assertEquals(immutable, o.trail());
    assertThrows(UnsupportedOperationException.class, () -> o.trail().add(PROPOSED));
  }

  @Test
  void roundTripsThroughJsonWithAndWithoutAScore() {
    for (CandidateOutcome o : List.of(outcome(List.of(PROPOSED, DROPPED), Optional.empty()),
        new CandidateOutcome(OfferId.of("call-back"), ActionKind.SERVICE, Purpose.SERVICE, true, Stage.CHOSEN,
            PROPOSED, List.of(PROPOSED), Optional.of(31.711)))) {
      CandidateOutcome back = CrmJson.read(CrmJson.write(o), CandidateOutcome.class);
      assertEquals(o, back);
      assertEquals(o.hashCode(), back.hashCode());
      assertEquals(o.toString(), back.toString());
    }
    assertNotEquals(outcome(List.of(DROPPED), Optional.of(1.0)), outcome(List.of(DROPPED), Optional.empty()));
  }

  @Test
  void badPartsAreNamed() {
    InvalidValueException nullReason = assertThrows(InvalidValueException.class,
        () -> outcome(Arrays.asList(PROPOSED, null), Optional.empty()));
    assertTrue(nullReason.getMessage().contains("CandidateOutcome.trail[1]"), nullReason.getMessage());
    InvalidValueException nan = assertThrows(InvalidValueException.class, () -> outcome(List.of(DROPPED), Optional.of(Double.NaN)));
    assertTrue(nan.getMessage().contains("CandidateOutcome.score"), nan.getMessage());
    assertThrows(InvalidValueException.class, () -> new CandidateOutcome(null, ActionKind.OFFER, Purpose.MARKETING, false,
        Stage.VOLUME, DROPPED, List.of(DROPPED), Optional.empty()));
  }
}
