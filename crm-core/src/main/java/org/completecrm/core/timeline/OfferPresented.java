package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** An offer or service action presented to the customer on a channel. */
@Value.Immutable
@JsonSerialize(as = ImmutableOfferPresented.class)
@JsonDeserialize(as = ImmutableOfferPresented.class)
public abstract class OfferPresented implements TimelineEvent {
  OfferPresented() {}

  /** A builder. */
  public static ImmutableOfferPresented.Builder builder() {
    return ImmutableOfferPresented.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** The offer. */
  public abstract OfferId offer();

  /** The campaign it belonged to, if any. */
  public abstract Optional<CampaignId> campaign();

  /** The channel it was presented on. */
  public abstract Channel channel();

  /** The purpose of the contact (usually MARKETING). */
  public abstract Purpose purpose();

  /** When the offer lapses, if it does. */
  public abstract Optional<Instant> expiresAt();

  @Value.Check
  void check() {
    Checks.present(id(), "OfferPresented.id");
    Checks.present(customer(), "OfferPresented.customer");
    Checks.instant(at(), "OfferPresented.at");
    Checks.present(offer(), "OfferPresented.offer");
    Checks.present(channel(), "OfferPresented.channel");
    Checks.present(purpose(), "OfferPresented.purpose");
    expiresAt().ifPresent(e -> {
      if (!e.isAfter(at())) {
        throw new InvalidValueException("OfferPresented.expiresAt", e, "an instant after the offer was presented " + at());
      }
    });
  }

  @Override
  public String toString() {
    return "OfferPresented{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
