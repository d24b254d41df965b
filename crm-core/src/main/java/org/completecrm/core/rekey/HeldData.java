package org.completecrm.core.rekey;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.Market;
import org.immutables.value.Value;

/**
 * Everything the library holds that is keyed by customer id, across customers: what {@link Rekey}
 * moves when identities are merged or unmerged. A host gathers the parts it keeps; absent parts
 * are empty lists.
 *
 * <p>Checked on construction: at most one consent ledger per customer, and event and commitment
 * ids unique.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHeldData.class)
@JsonDeserialize(as = ImmutableHeldData.class)
public abstract class HeldData {
  HeldData() {}

  /** A builder. */
  public static ImmutableHeldData.Builder builder() {
    return ImmutableHeldData.builder();
  }

  /** Consent ledgers, at most one per customer. */
  public abstract List<ConsentLedger> ledgers();

  /** Topic ledgers (interests and topic opt-outs), at most one per customer. */
  public abstract List<TopicLedger> topics();

  /** Timeline events of every customer. */
  public abstract List<TimelineEvent> events();

  /** Commitments made to every customer. */
  public abstract List<Commitment> commitments();

  /** Products held by every customer. */
  public abstract List<Holding> holdings();

  /** Households, with their membership periods. */
  public abstract List<Household> households();

  /** Ballots on ideas, with the votes cast. */
  public abstract List<Ballot> ballots();

  /** Ideas customers submitted. */
  public abstract List<Idea> ideas();

  /** Prediction markets, with each customer's account (position) and trades. */
  public abstract List<Market> markets();

  /** Loyalty, value and other scores per customer. */
  public abstract Map<CustomerId, Scores> scores();

  @Value.Check
  void check() {
    Checks.noNulls(ledgers(), "HeldData.ledgers");
    Checks.noNulls(events(), "HeldData.events");
    Checks.noNulls(commitments(), "HeldData.commitments");
    Checks.noNulls(holdings(), "HeldData.holdings");
    Checks.noNulls(households(), "HeldData.households");
    Checks.noNulls(ballots(), "HeldData.ballots");
    Checks.noNulls(ideas(), "HeldData.ideas");
    Checks.noNulls(markets(), "HeldData.markets");
    Checks.noNulls(scores(), "HeldData.scores");
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < ledgers().size(); i++) {
      if (!seen.add(ledgers().get(i).customer())) {
        throw new InvalidValueException("HeldData.ledgers[" + i + "].customer", ledgers().get(i).customer(), "one ledger per customer");
      }
    }
    seen.clear();
    Checks.noNulls(topics(), "HeldData.topics");
    for (int i = 0; i < topics().size(); i++) {
      if (!seen.add(topics().get(i).customer())) {
        throw new InvalidValueException("HeldData.topics[" + i + "].customer", topics().get(i).customer(), "one topic ledger per customer");
      }
    }
    seen.clear();
    for (int i = 0; i < events().size(); i++) {
      if (!seen.add(events().get(i).id())) {
        throw new InvalidValueException("HeldData.events[" + i + "].id", events().get(i).id(), "event ids that are unique");
      }
    }
    seen.clear();
    for (int i = 0; i < commitments().size(); i++) {
      if (!seen.add(commitments().get(i).id())) {
        throw new InvalidValueException(
            "HeldData.commitments[" + i + "].id", commitments().get(i).id(), "commitment ids that are unique");
      }
    }
  }

  @Override
  public String toString() {
    return "HeldData{ledgers=" + ledgers().size() + ", events=" + events().size() + ", commitments=" + commitments().size()
        + ", holdings=" + holdings().size() + ", households=" + households().size() + ", ballots=" + ballots().size()
        + ", ideas=" + ideas().size() + ", markets=" + markets().size() + ", scores=" + scores().size() + "}";
  }
}
