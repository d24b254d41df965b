package org.completecrm.rules.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * The event that asks for a decision: its kind, the channel it happened on, and what it carries
 * (an amount for a purchase, a campaign for a campaign run, a commitment that fell due).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecisionEvent.class)
@JsonDeserialize(as = ImmutableDecisionEvent.class)
public abstract class DecisionEvent {
  DecisionEvent() {}

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code DecisionEvent}, checked when built. */
  public static final class Builder extends ImmutableDecisionEvent.Builder {
    Builder() {}
  }

  /** An event of {@code kind} with nothing else. */
  public static DecisionEvent of(EventKind kind) {
    return builder().kind(kind).build();
  }

  /** An inbound call to the contact centre. */
  public static DecisionEvent inboundCall() {
    return of(EventKind.INBOUND_CALL);
  }

  /** A scheduled campaign run. */
  public static DecisionEvent campaignRun(CampaignId campaign) {
    return builder().kind(EventKind.CAMPAIGN_RUN).campaign(campaign).build();
  }

  /** What happened. */
  public abstract EventKind kind();

  /** The channel it happened on, if it names one. */
  public abstract Optional<Channel> channel();

  /** The amount it carries (a purchase), if any. */
  public abstract Optional<Money> amount();

  /** The campaign of a campaign run, if any. */
  public abstract Optional<CampaignId> campaign();

  /** The commitment that fell due, if any. */
  public abstract Optional<CommitmentId> commitment();

  /** Further attributes from the host. */
  public abstract Map<String, String> attributes();

  /** The channel of the customer's live session (a call, a visit), if the customer is present. */
  public Optional<Channel> sessionChannel() {
    if (!kind().isSession()) {
      return Optional.empty();
    }
    return channel().isPresent() ? channel() : kind().defaultChannel();
  }

  @Value.Check
  void check() {
    Checks.present(kind(), "DecisionEvent.kind");
    Checks.noNulls(attributes(), "DecisionEvent.attributes");
  }
}
