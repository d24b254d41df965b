package org.completecrm.core.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A commitment's status only ever advances in time, and a final status never changes. */
class CommitmentProperties {
  private static final Gen<List<TimelineEvent>> TIMELINES =
      CoreGen.timelines(CustomerId.of("c-1"), CoreGen.EPOCH, 40, "Alice");

  @Test
  void statusStageIsMonotoneInTime() {
    qt().withExamples(300).forAll(TIMELINES, CoreGen.listOf(CoreGen.instantsWithin(CoreGen.EPOCH, java.time.Duration.ofDays(400)), 2, 30))
        .checkAssert((events, probes) -> {
          List<Instant> sorted = new ArrayList<>(probes);
          sorted.sort(null);
          for (Commitment c : Commitments.fold(events)) {
            CommitmentStatus previous = null;
            for (Instant at : sorted) {
              CommitmentStatus now = c.statusAt(at);
              if (previous != null) {
                assertTrue(now.stage() >= previous.stage(), () -> c + ": " + now + " after " + c.statusAt(at));
                if (!previous.isPending()) {
                  assertEquals(previous, now, c::toString);
                }
              }
              previous = now;
            }
          }
        });
  }

  @Test
  void foldingIsIndependentOfDeliveryOrder() {
    qt().withExamples(200).forAll(TIMELINES, org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((events, seed) -> {
          List<TimelineEvent> shuffled = new ArrayList<>(events);
          java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
          assertEquals(Commitments.fold(events), Commitments.fold(shuffled));
        });
  }

  @Test
  void aFulfilledCommitmentIsOnTimeExactlyWhenKeptByItsDeadline() {
    qt().withExamples(200).forAll(TIMELINES).checkAssert(events -> {
      for (Commitment c : Commitments.fold(events)) {
        c.fulfilledAt().ifPresent(f -> assertEquals(
            f.isAfter(c.dueBy()) ? CommitmentStatus.FULFILLED_LATE : CommitmentStatus.FULFILLED_ON_TIME,
            c.statusAt(Instant.MAX)));
      }
    });
  }
}
