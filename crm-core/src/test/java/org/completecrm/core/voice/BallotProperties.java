package org.completecrm.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** One customer (or household), one vote: whatever the sequence of attempts. */
class BallotProperties {
  /** Customers c-0..c-9 in five households of two: c-0 and c-1 in h-0, c-2 and c-3 in h-1, ... */
  private static List<Household> households() {
    List<Household> hs = new ArrayList<>();
    for (int h = 0; h < 5; h++) {
      hs.add(Household.empty(HouseholdId.of("h-" + h))
          .join(CustomerId.of("c-" + (2 * h)), HouseholdRole.PRIMARY, VoiceGen.T0.minusSeconds(100))
          .join(CustomerId.of("c-" + (2 * h + 1)), HouseholdRole.PARTNER, VoiceGen.T0.minusSeconds(100)));
    }
    return hs;
  }

  private static Ballot castAll(Idea idea, VotingRule rule, List<VoteGenAttempt> attempts, List<Household> hs) {
    Ballot b = Ballot.open(idea.id(), rule);
    for (VoteGenAttempt a : attempts) {
      VoteDecision d = b.cast(idea, a.voter(), a.direction(), VoiceGen.T0.plusSeconds(a.secondsAfterStart()), hs);
      assertEquals(d.accepted(), d.refusal().isEmpty());
      if (!d.accepted()) {
        assertEquals(b, d.ballot());
      }
      b = d.ballot();
    }
    return b;
  }

  private record VoteGenAttempt(CustomerId voter, VoteDirection direction, int secondsAfterStart) {}

  private static List<VoteGenAttempt> convert(List<VoiceGen.VoteAttempt> in) {
    List<VoteGenAttempt> out = new ArrayList<>();
    in.forEach(a -> out.add(new VoteGenAttempt(a.voter(), a.direction(), a.secondsAfterStart())));
    return out;
  }

  @Test
  void noCustomerVotesTwice() {
    qt().withExamples(300).forAll(VoiceGen.ideas(), lists().of(VoiceGen.voteAttempts(12)).ofSizeBetween(0, 40))
        .checkAssert((idea, attempts) -> {
          Ballot b = castAll(idea, VotingRule.ONE_PER_CUSTOMER, convert(attempts), List.of());
          Set<CustomerId> seen = new HashSet<>();
          b.votes().forEach(v -> assertTrue(seen.add(v.customer()), "voted twice: " + v.customer()));
          Set<CustomerId> attempted = new HashSet<>();
          attempts.forEach(a -> attempted.add(a.voter()));
          assertEquals(attempted, seen);
          assertEquals(b.votes().size(), b.ups() + b.downs());
        });
  }

  @Test
  void noHouseholdVotesTwiceWhereVotesCountPerHousehold() {
    qt().withExamples(300).forAll(VoiceGen.ideas(), lists().of(VoiceGen.voteAttempts(12)).ofSizeBetween(0, 40))
        .checkAssert((idea, attempts) -> {
          Ballot b = castAll(idea, VotingRule.ONE_PER_HOUSEHOLD, convert(attempts), households());
          Set<CustomerId> customers = new HashSet<>();
          Set<HouseholdId> hs = new HashSet<>();
          for (Vote v : b.votes()) {
            assertTrue(customers.add(v.customer()));
            v.household().ifPresent(h -> assertTrue(hs.add(h), "household voted twice: " + h));
          }
          // c-10 and c-11 belong to no household and vote as households of one.
          assertEquals(b.votes().size(), hs.size() + b.votes().stream().filter(v -> v.household().isEmpty()).count());
        });
  }

  @Test
  void ballotsRoundTripThroughJson() {
    qt().withExamples(50).forAll(VoiceGen.ideas(), lists().of(VoiceGen.voteAttempts(12)).ofSizeBetween(0, 20))
        .checkAssert((idea, attempts) -> {
          Ballot b = castAll(idea, VotingRule.ONE_PER_HOUSEHOLD, convert(attempts), households());
          assertEquals(b, CrmJson.read(CrmJson.write(b), Ballot.class));
        });
  }

  @Test
  void aSecondVoteIsRefusedWithAReason() {
    Idea idea = Idea.submit(IdeaId.of("i-1"), "service", "Longer opening hours", Optional.empty(), VoiceGen.T0);
    Ballot b = Ballot.open(idea.id(), VotingRule.ONE_PER_HOUSEHOLD);
    Instant at = VoiceGen.T0.plusSeconds(60);
    b = b.cast(idea, CustomerId.of("c-0"), VoteDirection.UP, at, households()).ballot();
    VoteDecision again = b.cast(idea, CustomerId.of("c-0"), VoteDirection.DOWN, at, households());
    assertFalse(again.accepted());
    assertTrue(again.refusal().orElseThrow().contains("already voted UP"), again.refusal().orElseThrow());
    VoteDecision partner = b.cast(idea, CustomerId.of("c-1"), VoteDirection.UP, at, households());
    assertTrue(partner.refusal().orElseThrow().contains("household h-0 already voted"), partner.refusal().orElseThrow());
  }

  @Test
  void votingClosesWhenTheIdeaIsDoneOrDeclined() {
    Idea idea = Idea.submit(IdeaId.of("i-1"), "service", "Longer opening hours", Optional.empty(), VoiceGen.T0)
        .changeStatus(IdeaStatus.DECLINED, VoiceGen.T0.plusSeconds(10), Optional.of("staffing"));
    Ballot b = Ballot.open(idea.id(), VotingRule.ONE_PER_CUSTOMER);
    assertTrue(b.cast(idea, CustomerId.of("c-0"), VoteDirection.UP, VoiceGen.T0.plusSeconds(5), List.of()).accepted());
    VoteDecision late = b.cast(idea, CustomerId.of("c-0"), VoteDirection.UP, VoiceGen.T0.plusSeconds(11), List.of());
    assertEquals(Optional.of("voting on idea i-1 is closed: it is declined"), late.refusal());
    assertThrows(InvalidValueException.class,
        () -> b.cast(idea, CustomerId.of("c-0"), VoteDirection.UP, VoiceGen.T0.minusSeconds(1), List.of()));
  }

  @Test
  void aBallotWithADuplicateVoterIsInvalid() {
    Vote v = Vote.builder().idea(IdeaId.of("i-1")).customer(CustomerId.of("c-1")).direction(VoteDirection.UP)
        .at(VoiceGen.T0).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Ballot.builder().idea(IdeaId.of("i-1")).rule(VotingRule.ONE_PER_CUSTOMER).addVotes(v, v).build());
    assertEquals("Ballot.votes[1].customer", e.field());
  }
}
