package org.completecrm.core.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.testing.CommitmentFixtures;
import org.completecrm.core.testing.CustomerFixtures;
import org.completecrm.core.timeline.CommitmentCancelled;
import org.completecrm.core.timeline.CommitmentFulfilled;
import org.junit.jupiter.api.Test;

/** Commitment statuses derived for an instant: open, due, overdue, fulfilled on time or late, cancelled. */
class CommitmentTest {
  private static final Instant PROMISED = Instant.parse("2024-05-01T09:00:00Z");
  private static final Commitment CALL_BACK = CommitmentFixtures.aCallBack(PROMISED); // due 11:00-13:00

  @Test
  void aCallBackIsOpenThenDueThenOverdue() {
    assertEquals(CommitmentStatus.OPEN, CALL_BACK.statusAt(PROMISED));
    assertEquals(CommitmentStatus.OPEN, CALL_BACK.statusAt(Instant.parse("2024-05-01T10:59:59Z")));
    assertEquals(CommitmentStatus.DUE, CALL_BACK.statusAt(Instant.parse("2024-05-01T11:00:00Z")));
    assertEquals(CommitmentStatus.DUE, CALL_BACK.statusAt(Instant.parse("2024-05-01T12:59:59Z")));
    assertEquals(CommitmentStatus.OVERDUE, CALL_BACK.statusAt(Instant.parse("2024-05-01T13:00:00Z")));
  }

  @Test
  void keptByTheDeadlineIsOnTimeAfterItIsLate() {
    Commitment onTime = Commitment.builder().from(CALL_BACK).fulfilledAt(Instant.parse("2024-05-01T13:00:00Z")).build();
    assertEquals(CommitmentStatus.DUE, onTime.statusAt(Instant.parse("2024-05-01T12:00:00Z")));
    assertEquals(CommitmentStatus.FULFILLED_ON_TIME, onTime.statusAt(Instant.parse("2024-05-01T13:00:00Z")));
    Commitment late = Commitment.builder().from(CALL_BACK).fulfilledAt(Instant.parse("2024-05-02T09:00:00Z")).build();
    assertEquals(CommitmentStatus.OVERDUE, late.statusAt(Instant.parse("2024-05-01T18:00:00Z")));
    assertEquals(CommitmentStatus.FULFILLED_LATE, late.statusAt(Instant.parse("2024-05-03T00:00:00Z")));
  }

  @Test
  void aCancelledCommitmentStaysCancelled() {
    Commitment c = Commitment.builder().from(CALL_BACK).cancelledAt(PROMISED.plus(Duration.ofMinutes(30)))
        .cancelReason("customer called in").build();
    assertEquals(CommitmentStatus.OPEN, c.statusAt(PROMISED));
    assertEquals(CommitmentStatus.CANCELLED, c.statusAt(PROMISED.plus(Duration.ofDays(30))));
  }

  @Test
  void statusIsNotStoredSoItIsNeverStale() {
    assertEquals(CommitmentStatus.OVERDUE, CALL_BACK.statusAt(Instant.parse("2030-01-01T00:00:00Z")));
    assertEquals("call-back 'call back about the statement' owned by contact-centre, due by 2024-05-01T13:00:00Z: overdue",
        CALL_BACK.describe(Instant.parse("2030-01-01T00:00:00Z")));
  }

  @Test
  void aCommitmentCannotBeBothKeptAndCancelled() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Commitment.builder().from(CALL_BACK)
        .fulfilledAt(PROMISED.plusSeconds(60)).cancelledAt(PROMISED.plusSeconds(120)).build());
    assertEquals("Commitment.cancelledAt", e.field());
  }

  @Test
  void deadlinesMustFollowThePromise() {
    assertEquals("Commitment.dueBy", assertThrows(InvalidValueException.class,
        () -> Commitment.builder().from(CALL_BACK).dueFrom(java.util.Optional.empty()).dueBy(PROMISED).build()).field());
    assertEquals("Commitment.fulfilledAt", assertThrows(InvalidValueException.class,
        () -> Commitment.builder().from(CALL_BACK).fulfilledAt(PROMISED.minusSeconds(1)).build()).field());
  }

  @Test
  void theFirstFulfilmentOrCancellationWins() {
    CommitmentFulfilled kept = CommitmentFulfilled.builder().id(EventId.of("e-2")).customer(CustomerFixtures.ALICE)
        .at(PROMISED.plus(Duration.ofHours(3))).commitment(CALL_BACK.id()).build();
    CommitmentCancelled cancelled = CommitmentCancelled.builder().id(EventId.of("e-3")).customer(CustomerFixtures.ALICE)
        .at(PROMISED.plus(Duration.ofHours(5))).commitment(CALL_BACK.id()).reason("duplicate").build();
    List<Commitment> folded = Commitments.fold(List.of(cancelled, kept, CommitmentFixtures.aCallBackPromised(PROMISED)));
    assertEquals(1, folded.size());
    assertEquals(CommitmentStatus.FULFILLED_ON_TIME, folded.get(0).statusAt(PROMISED.plus(Duration.ofDays(1))));
  }

  @Test
  void fulfillingAnUnknownCommitmentIsRejected() {
    CommitmentFulfilled kept = CommitmentFulfilled.builder().id(EventId.of("e-2")).customer(CustomerFixtures.ALICE)
        .at(PROMISED).commitment(CommitmentId.of("cm-unknown")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Commitments.fold(List.of(kept)));
    assertEquals("CommitmentFulfilled.commitment", e.field());
    assertEquals("cm-unknown", e.rejectedValue());
  }
}
