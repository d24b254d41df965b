package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.OfferId;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** The customer's response to a presented offer. */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferResponded.class)
@JsonDeserialize(as = ImmutableOfferResponded.class)
public abstract class OfferResponded implements TimelineEvent {
  OfferResponded() {}

  /** A builder. */
  public static ImmutableOfferResponded.Builder builder() {
    return ImmutableOfferResponded.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** The {@link OfferPresented} event responded to. */
  public abstract EventId presentation();

  /** The offer. */
  public abstract OfferId offer();

  /** Accepted, rejected or ignored. */
  public abstract OfferResponse response();

  @Value.Check
  void check() {
    Checks.present(id(), "OfferResponded.id");
    Checks.present(customer(), "OfferResponded.customer");
    Checks.instant(at(), "OfferResponded.at");
    Checks.present(presentation(), "OfferResponded.presentation");
    Checks.present(offer(), "OfferResponded.offer");
    Checks.present(response(), "OfferResponded.response");
  }

  @Override
  public String toString() {
    return "OfferResponded{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
