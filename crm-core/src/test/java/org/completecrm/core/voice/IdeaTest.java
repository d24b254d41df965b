package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** An idea's status history: allowed moves, declines with a reason, history kept. */
class IdeaTest {
  private static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

  private static Idea idea() {
    return Idea.submit(IdeaId.of("i-1"), "billing", "Paperless statements", Optional.of(CustomerId.of("c-1")), T0);
  }

  @Test
  void statusChangesKeepTheHistory() {
    Idea planned = idea().changeStatus(IdeaStatus.PLANNED, T0.plusSeconds(10), Optional.empty());
    Idea done = planned.changeStatus(IdeaStatus.DONE, T0.plusSeconds(20), Optional.of("live since today"));
    assertEquals(IdeaStatus.DONE, done.status());
    assertEquals(3, done.history().size());
    assertEquals(Optional.of(IdeaStatus.PLANNED), done.statusAt(T0.plusSeconds(15)));
    assertEquals(Optional.empty(), done.statusAt(T0.minusSeconds(1)));
    assertEquals(IdeaStatus.UNDER_REVIEW, idea().status());
  }

  @Test
  void aDeclineNeedsAReason() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> idea().changeStatus(IdeaStatus.DECLINED, T0.plusSeconds(1), Optional.empty()));
    assertEquals("StatusChange.reason", e.field());
    Idea declined = idea().changeStatus(IdeaStatus.DECLINED, T0.plusSeconds(1), Optional.of("too costly"));
    assertEquals(Optional.of("too costly"), declined.latest().reason());
  }

  @Test
  void doneIsFinalAndTimeMovesForward() {
    Idea done = idea().changeStatus(IdeaStatus.DONE, T0.plusSeconds(10), Optional.empty());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> done.changeStatus(IdeaStatus.PLANNED, T0.plusSeconds(20), Optional.empty()));
    assertEquals("no further change: DONE is final", e.expected());
    assertThrows(InvalidValueException.class,
        () -> idea().changeStatus(IdeaStatus.PLANNED, T0.minusSeconds(1), Optional.empty()));
    assertThrows(InvalidValueException.class,
        () -> idea().changeStatus(IdeaStatus.UNDER_REVIEW, T0.plusSeconds(1), Optional.empty()));
  }

  @Test
  void ideasRoundTripThroughJson() {
    Idea declined = idea().changeStatus(IdeaStatus.DECLINED, T0.plusSeconds(1), Optional.of("too costly"));
    assertEquals(declined, CrmJson.read(CrmJson.write(declined), Idea.class));
  }
}
