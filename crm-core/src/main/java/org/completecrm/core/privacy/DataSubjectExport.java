package org.completecrm.core.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.Checks;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.voice.Trade;
import org.completecrm.core.voice.Vote;
import org.immutables.value.Value;

/**
 * Everything held on one customer as one document, for a subject-access or portability request:
 * the customer, consent ledger, preferences, the customer's own household membership periods (not
 * the other members'), timeline events in timeline order, holdings, votes, ideas, trades, topics
 * and the identity source records resolved into the customer, as each source system holds them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataSubjectExport.class)
@JsonDeserialize(as = ImmutableDataSubjectExport.class)
public abstract class DataSubjectExport {
  DataSubjectExport() {}

  /** A builder. */
  public static ImmutableDataSubjectExport.Builder builder() {
    return ImmutableDataSubjectExport.builder();
  }

  /** Whose data it is. */
  public abstract CustomerId subject();

  /** When the export was made. */
  public abstract Instant exportedAt();

  /** The customer record. */
  public abstract Customer customer();

  /** The consent ledger, every entry. */
  public abstract ConsentLedger consent();

  /** Channel preferences, if held. */
  public abstract Optional<ChannelPreferences> preferences();

  /** The customer's household membership periods, oldest first. */
  public abstract List<HouseholdMembership> memberships();

  /** The customer's timeline events in timeline order. */
  public abstract List<TimelineEvent> events();

  /** The customer's holdings. */
  public abstract List<Holding> holdings();

  /** Votes the customer cast (left out of the JSON when empty). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Vote> votes();

  /** Ideas the customer submitted (left out of the JSON when empty). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Idea> ideas();

  /** The customer's market trades (left out of the JSON when empty). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Trade> trades();

  /** The customer's topic ledger (interests and topic opt-outs), if the host keeps one (left out of the JSON when absent). */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<TopicLedger> topics();

  /**
   * The identity source records resolved into the customer, ordered by identity, every attribute as
   * the source holds it (left out of the JSON when empty).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SourceRecord> sourceRecords();

  /** The document as indented JSON, for the customer to read or take elsewhere. */
  public String toJson() {
    return CrmJson.writePretty(this);
  }

  @Value.Check
  void check() {
    Checks.present(subject(), "DataSubjectExport.subject");
    Checks.present(exportedAt(), "DataSubjectExport.exportedAt");
    Checks.present(customer(), "DataSubjectExport.customer");
    Checks.present(consent(), "DataSubjectExport.consent");
    Checks.noNulls(memberships(), "DataSubjectExport.memberships");
    Checks.noNulls(events(), "DataSubjectExport.events");
    Checks.noNulls(holdings(), "DataSubjectExport.holdings");
    Checks.noNulls(sourceRecords(), "DataSubjectExport.sourceRecords");
  }

  @Override
  public String toString() {
    return "DataSubjectExport{" + subject() + " at " + exportedAt() + ", events=" + events().size() + "}";
  }
}
