package org.completecrm.core.timeline;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A contact between the customer and the firm on a channel: a call, an e-mail, a visit, a web session, a statement posted. */
@Value.Immutable
@JsonSerialize(as = ImmutableInteraction.class)
@JsonDeserialize(as = ImmutableInteraction.class)
public abstract class Interaction implements TimelineEvent {
  Interaction() {}

  /** A builder. */
  public static ImmutableInteraction.Builder builder() {
    return ImmutableInteraction.builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract CustomerId customer();

  @Override
  public abstract Instant at();

  @Override
  public abstract Optional<SourceIdentity> source();

  /** The channel it happened on. */
  public abstract Channel channel();

  /** Who started it. */
  public abstract Direction direction();

  /** What kind of interaction, in the source system's words: {@code "call"}, {@code "statement"}, {@code "web-session"}. */
  public abstract String type();

  /** Why the firm made the contact (outbound), or what it was about. */
  public abstract Optional<Purpose> purpose();

  /** How it ended: {@code "resolved"}, {@code "no-answer"}, {@code "transferred"}. */
  public abstract Optional<String> outcome();

  /** The customer's sentiment, where measured. */
  public abstract Optional<Sentiment> sentiment();

  /** The team that handled it. */
  public abstract Optional<TeamId> team();

  /** The activity and quantity that drive its cost (activity-based costing). */
  public abstract Optional<CostDriver> costDriver();

  /** Further attributes from the source system. */
  public abstract Map<String, String> attributes();

  @Value.Check
  void check() {
    Checks.present(id(), "Interaction.id");
    Checks.present(customer(), "Interaction.customer");
    Checks.instant(at(), "Interaction.at");
    Checks.present(channel(), "Interaction.channel");
    Checks.present(direction(), "Interaction.direction");
    Checks.notBlank(type(), "Interaction.type");
    Checks.noNulls(attributes(), "Interaction.attributes");
  }

  @Override
  public String toString() {
    return "Interaction{" + id() + ", " + customer() + ", " + at() + "}";
  }
}
