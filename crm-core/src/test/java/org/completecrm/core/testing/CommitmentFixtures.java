package org.completecrm.core.testing;

import java.time.Duration;
import java.time.Instant;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.EventId;
import org.completecrm.core.TeamId;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.timeline.CommitmentMade;

/** Named commitments for example tests. */
public final class CommitmentFixtures {
  /** The contact centre, owner of the fixtures' commitments. */
  public static final TeamId CONTACT_CENTRE = TeamId.of("contact-centre");

  private CommitmentFixtures() {}

  /** A call-back to Alice promised at {@code at}, due between 2 and 4 hours later, not yet kept. */
  public static Commitment aCallBack(Instant at) {
    return Commitment.builder().id(CommitmentId.of("cm-call-back")).customer(CustomerFixtures.ALICE)
        .kind(CommitmentKind.CALL_BACK).owner(CONTACT_CENTRE).promisedAt(at)
        .dueFrom(at.plus(Duration.ofHours(2))).dueBy(at.plus(Duration.ofHours(4)))
        .description("call back about the statement").build();
  }

  /** The event that makes {@link #aCallBack(Instant)}. */
  public static CommitmentMade aCallBackPromised(Instant at) {
    Commitment c = aCallBack(at);
    return CommitmentMade.builder().id(EventId.of("e-call-back")).customer(c.customer()).at(at)
        .commitment(c.id()).kind(c.kind()).owner(c.owner()).dueFrom(c.dueFrom()).dueBy(c.dueBy())
        .description(c.description()).build();
  }
}
