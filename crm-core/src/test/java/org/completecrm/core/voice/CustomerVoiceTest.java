package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** Folding a customer's voice: ideas voted for with their status, open markets' prices, JSON. */
class CustomerVoiceTest {
  private static final CustomerId ANA = CustomerId.of("c-ana");

  private static Idea idea(String id) {
    return Idea.submit(IdeaId.of(id), "store", "Idea " + id, Optional.empty(), VoiceGen.T0);
  }

  @Test
  void upVotesCountWithTheIdeasStatusAtTheInstantAndDownVotesDoNot() {
    Idea planned = idea("i-1").changeStatus(IdeaStatus.PLANNED, VoiceGen.T0.plusSeconds(100), Optional.empty());
    Idea disliked = idea("i-2");
    Ballot up = Ballot.open(planned.id(), VotingRule.ONE_PER_CUSTOMER)
        .cast(planned, ANA, VoteDirection.UP, VoiceGen.T0.plusSeconds(10), List.of()).ballot();
    Ballot down = Ballot.open(disliked.id(), VotingRule.ONE_PER_CUSTOMER)
        .cast(disliked, ANA, VoteDirection.DOWN, VoiceGen.T0.plusSeconds(10), List.of()).ballot();
    CustomerVoice early = CustomerVoices.fold(ANA, Optional.empty(), List.of(planned, disliked), List.of(up, down),
        List.of(), VoiceGen.T0.plusSeconds(50));
    assertEquals(Map.of("i-1", IdeaStatus.UNDER_REVIEW), early.votedFor());
    CustomerVoice later = CustomerVoices.fold(ANA, Optional.empty(), List.of(disliked, planned), List.of(down, up),
        List.of(), VoiceGen.T0.plusSeconds(100));
    assertEquals(Set.of("i-1"), later.votedFor(IdeaStatus.PLANNED));
    assertEquals(Map.of(), CustomerVoices.fold(ANA, Optional.empty(), List.of(planned, disliked), List.of(up, down),
        List.of(), VoiceGen.T0.plusSeconds(9)).votedFor());
  }

  @Test
  void aHouseholdVoteCountsForEveryMemberOnAHouseholdBallot() {
    Idea idea = idea("i-1");
    Vote byPartner = Vote.builder().idea(idea.id()).customer(CustomerId.of("c-bo")).direction(VoteDirection.UP)
        .at(VoiceGen.T0).household(HouseholdId.of("h-1")).build();
    Ballot ballot = Ballot.builder().idea(idea.id()).rule(VotingRule.ONE_PER_HOUSEHOLD).addVotes(byPartner).build();
    assertEquals(Set.of("i-1"), CustomerVoices.fold(ANA, Optional.of(HouseholdId.of("h-1")), List.of(idea),
        List.of(ballot), List.of(), VoiceGen.T0).votedFor().keySet());
    assertEquals(Map.of(), CustomerVoices.fold(ANA, Optional.empty(), List.of(idea), List.of(ballot), List.of(),
        VoiceGen.T0).votedFor());
  }

  @Test
  void aResolvedOrNotYetOpenMarketHasNoPriceAndTheVoiceRoundTrips() {
    Market m = Market.open(MarketId.of("m-1"), "Q?", List.of("yes", "no"), 10, Money.of("50.00", "EUR"), VoiceGen.T0)
        .buy(ANA, "yes", 4, VoiceGen.T0.plusSeconds(1)).market();
    CustomerVoice open = CustomerVoices.fold(ANA, Optional.empty(), List.of(), List.of(), List.of(m),
        VoiceGen.T0.plusSeconds(1));
    assertEquals(Set.of("m-1", "m-1.yes", "m-1.no"), open.marketPrices().keySet());
    assertEquals(m.price("yes"), open.marketPrices().get("m-1"), 1e-12);
    assertEquals(open, CrmJson.read(CrmJson.write(open), CustomerVoice.class));
    Market resolved = m.resolve("yes", VoiceGen.T0.plusSeconds(5));
    assertEquals(Map.of(), CustomerVoices.fold(ANA, Optional.empty(), List.of(), List.of(), List.of(resolved),
        VoiceGen.T0.plusSeconds(5)).marketPrices());
    assertEquals(open, CustomerVoices.fold(ANA, Optional.empty(), List.of(), List.of(), List.of(resolved),
        VoiceGen.T0.plusSeconds(1)));
    assertEquals(Map.of(), CustomerVoices.fold(ANA, Optional.empty(), List.of(), List.of(), List.of(m),
        VoiceGen.T0.minusSeconds(1)).marketPrices());
  }

  @Test
  void aBallotOnAnUnknownIdeaOrAPriceOutsideZeroAndOneIsRefused() {
    Ballot ballot = Ballot.open(IdeaId.of("i-9"), VotingRule.ONE_PER_CUSTOMER);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CustomerVoices.fold(ANA, Optional.empty(), List.of(), List.of(ballot), List.of(), VoiceGen.T0));
    assertEquals("CustomerVoices.fold.ballots", e.field());
    e = assertThrows(InvalidValueException.class,
        () -> CustomerVoice.builder().asOf(VoiceGen.T0).putMarketPrices("m-1", 1.5).build());
    assertEquals("CustomerVoice.marketPrices[m-1]", e.field());
  }
}
