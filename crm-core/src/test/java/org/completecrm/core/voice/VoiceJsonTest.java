package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** Decisions round-trip through JSON, and invalid JSON is rejected with the field and the path. */
class VoiceJsonTest {
  @Test
  void decisionsRoundTrip() {
    Idea idea = Idea.submit(IdeaId.of("i-1"), "store", "Longer Saturday hours", Optional.empty(), VoiceGen.T0);
    Ballot ballot = Ballot.open(idea.id(), VotingRule.ONE_PER_CUSTOMER);
    VoteDecision accepted = ballot.cast(idea, CustomerId.of("c-1"), VoteDirection.UP, VoiceGen.T0, List.of());
    VoteDecision refused = accepted.ballot().cast(idea, CustomerId.of("c-1"), VoteDirection.UP, VoiceGen.T0, List.of());
    for (VoteDecision d : List.of(accepted, refused)) {
      assertEquals(d, CrmJson.read(CrmJson.write(d), VoteDecision.class));
    }
    Market m = Market.open(MarketId.of("m-1"), "Q?", List.of("A", "B"), 10, Money.of("5.00", "EUR"), VoiceGen.T0);
    TradeDecision bought = m.buy(CustomerId.of("c-1"), "A", 3, VoiceGen.T0);
    TradeDecision tooDear = m.buy(CustomerId.of("c-1"), "A", 300, VoiceGen.T0);
    for (TradeDecision d : List.of(bought, tooDear)) {
      assertEquals(d, CrmJson.read(CrmJson.write(d), TradeDecision.class));
    }
  }

  @Test
  void aBallotWithASecondVoteByTheSameCustomerIsRejectedWithItsPath() {
    String vote = "{\"idea\":\"i-1\",\"customer\":\"c-1\",\"direction\":\"UP\",\"at\":\"2026-01-05T09:00:00Z\"}";
    String json = "{\"idea\":\"i-1\",\"rule\":\"ONE_PER_CUSTOMER\",\"votes\":[" + vote + "," + vote + "]}";
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CrmJson.read(json, Ballot.class));
    assertEquals("Ballot.votes[1].customer", e.field());
    assertTrue(e.jsonPath().isPresent());
  }

  @Test
  void aMarketWithABadLiquidityOrAnUnknownPropertyIsRejected() {
    Market m = Market.open(MarketId.of("m-1"), "Q?", List.of("A", "B"), 10, Money.of("5.00", "EUR"), VoiceGen.T0);
    String json = CrmJson.write(m);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CrmJson.read(json.replace("\"liquidity\":10.0", "\"liquidity\":-1.0"), Market.class));
    assertEquals("Market.liquidity", e.field());
    e = assertThrows(InvalidValueException.class,
        () -> CrmJson.read(json.replace("{\"accounts\"", "{\"bonus\":1,\"accounts\""), Market.class));
    assertEquals("bonus", e.rejectedValue());
  }
}
