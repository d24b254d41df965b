package org.completecrm.rules.response;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.TeamId;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.timeline.CommitmentMade;

/** Commitments created from a service-level definition: due a fixed time after the decision, owned by a team. */
public final class SlaCommitments {
  private SlaCommitments() {}

  /**
   * The commitment that service level {@code sla} makes to {@code customer} at {@code at}: due
   * {@code due} later, owned by {@code owner}. Its ids are derived from the service level, the
   * customer and the instant, so the same decision always makes the same commitment.
   */
  public static CommitmentMade create(String sla, CommitmentKind kind, TeamId owner, Duration due, String description,
      CustomerId customer, Optional<CaseId> caseId, Instant at) {
    String key = sla + "/" + at.getEpochSecond() + "/" + customer.value();
    if (key.length() > 190) {
      key = sla + "/" + at.getEpochSecond() + "/" + Integer.toHexString(customer.value().hashCode());
    }
    return CommitmentMade.builder().id(EventId.of("sla:" + key)).customer(customer).at(at)
        .commitment(CommitmentId.of(key)).kind(kind).owner(owner).dueBy(at.plus(due))
        .description(description).caseId(caseId).build();
  }
}
