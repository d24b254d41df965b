package org.completecrm.core.view;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponse;
import org.immutables.value.Value;

/** An offer presented to the customer and their response so far. */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferRecord.class)
@JsonDeserialize(as = ImmutableOfferRecord.class)
public abstract class OfferRecord {
  OfferRecord() {}

  /** The presentation: which offer, on which channel, when. */
  public abstract OfferPresented presented();

  /** The response, if any yet. */
  public abstract Optional<OfferResponse> response();

  /** When the customer responded, if they did. */
  public abstract Optional<Instant> respondedAt();

  /** Whether the offer still awaits a response at {@code at}: no response and not lapsed. */
  public boolean outstandingAt(Instant at) {
    Checks.present(at, "OfferRecord.outstandingAt.at");
    return response().isEmpty() && presented().expiresAt().map(at::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.present(presented(), "OfferRecord.presented");
  }
}
