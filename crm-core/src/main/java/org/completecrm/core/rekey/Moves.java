package org.completecrm.core.rekey;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.completecrm.core.CustomerId;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.voice.Account;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.Trade;
import org.completecrm.core.voice.Vote;

/** Copies of single values moved to another customer id, every other attribute unchanged. */
final class Moves {
  private static final ObjectMapper JSON = CrmJson.mapper();

  private Moves() {}

  /**
   * {@code event} moved to {@code to}. Timeline events come in many kinds whose implementations
   * are not public, so the event is rewritten through its JSON form, which every kind has.
   */
  static TimelineEvent event(TimelineEvent event, CustomerId to) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(JSON.writerFor(TimelineEvent.class).writeValueAsString(event));
      node.put("customer", to.value());
      return JSON.treeToValue(node, TimelineEvent.class);
    } catch (IOException e) {
      throw CrmJson.translate(e);
    }
  }

  static Commitment commitment(Commitment c, CustomerId to) {
    return Commitment.builder().from(c).customer(to).build();
  }

  static Holding holding(Holding h, CustomerId to) {
    return Holding.of(to, h.product(), h.value(), h.asOf());
  }

  static Idea idea(Idea i, CustomerId to) {
    return Idea.builder().from(i).submittedBy(to).build();
  }

  static Vote vote(Vote v, CustomerId to) {
    return Vote.builder().from(v).customer(to).build();
  }

  static Trade trade(Trade t, CustomerId to) {
    return Trade.builder().from(t).customer(to).build();
  }

  static Account account(Account a, CustomerId to) {
    return Account.builder().from(a).customer(to).build();
  }

  static Membership membership(Membership m, CustomerId to, HouseholdRole role) {
    return Membership.builder().from(m).customer(to).role(role).build();
  }
}
