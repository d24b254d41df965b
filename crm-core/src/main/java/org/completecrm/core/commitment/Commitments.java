package org.completecrm.core.commitment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CommitmentCancelled;
import org.completecrm.core.timeline.CommitmentFulfilled;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.TimelineEvent;

/** Folds timeline events into the commitments they made, kept and cancelled. */
public final class Commitments {
  private Commitments() {}

  /**
   * The commitments made by the events, each with its first fulfilment or cancellation (whichever
   * came first), ordered by id. Fulfilments or cancellations of unknown commitments are rejected.
   */
  public static List<Commitment> fold(Collection<? extends TimelineEvent> events) {
    Checks.noNulls(Checks.present(events, "Commitments.events"), "Commitments.events");
    if (events.isEmpty()) {
      return List.of(); // what the fold below gives: most views fold no commitment events
    }
    List<TimelineEvent> ordered = new ArrayList<>(events);
    TimelineEvent.sortInOrder(ordered); // a view folds its events already in order: no sort then
    Map<CommitmentId, Commitment> byId = new TreeMap<>();
    for (TimelineEvent e : ordered) {
      if (e instanceof CommitmentMade) {
        CommitmentMade m = (CommitmentMade) e;
        if (byId.containsKey(m.commitment())) {
          throw new InvalidValueException("CommitmentMade.commitment", m.commitment(), "a commitment id made only once");
        }
        byId.put(m.commitment(), Commitment.builder()
            .id(m.commitment()).customer(m.customer()).kind(m.kind()).owner(m.owner())
            .promisedAt(m.at()).dueFrom(m.dueFrom()).dueBy(m.dueBy()).description(m.description())
            .caseId(m.caseId()).build());
      }
    }
    for (TimelineEvent e : ordered) {
      if (e instanceof CommitmentFulfilled) {
        CommitmentFulfilled f = (CommitmentFulfilled) e;
        Commitment c = require(byId, f.commitment(), "CommitmentFulfilled.commitment");
        if (c.fulfilledAt().isEmpty() && c.cancelledAt().isEmpty()) {
          byId.put(c.id(), Commitment.builder().from(c).fulfilledAt(f.at()).build());
        }
      } else if (e instanceof CommitmentCancelled) {
        CommitmentCancelled x = (CommitmentCancelled) e;
        Commitment c = require(byId, x.commitment(), "CommitmentCancelled.commitment");
        if (c.fulfilledAt().isEmpty() && c.cancelledAt().isEmpty()) {
          byId.put(c.id(), Commitment.builder().from(c).cancelledAt(x.at()).cancelReason(x.reason()).build());
        }
      }
    }
    return List.copyOf(byId.values());
  }

  private static Commitment require(Map<CommitmentId, Commitment> byId, CommitmentId id, String field) {
    Commitment c = byId.get(id);
    if (c == null) {
      throw new InvalidValueException(field, id, "a commitment made earlier on the timeline");
    }
    return c;
  }
}
