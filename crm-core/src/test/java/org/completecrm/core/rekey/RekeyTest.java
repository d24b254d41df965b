package org.completecrm.core.rekey;

import static org.completecrm.core.rekey.RekeyWorld.A;
import static org.completecrm.core.rekey.RekeyWorld.B;
import static org.completecrm.core.rekey.RekeyWorld.C;
import static org.completecrm.core.rekey.RekeyWorld.MERGED_AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.voice.VotingRule;
import org.junit.jupiter.api.Test;

class RekeyTest {
  private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
  private static final IdeaId IDEA = IdeaId.of("idea-1");

  private static ConsentEntry entry(CustomerId c, ConsentAction action, Instant at) {
    return ConsentEntry.builder().customer(c).channel(Channel.EMAIL).purpose(Purpose.MARKETING).action(action)
        .recordedAt(at).source("web-form").evidence("form-7").build();
  }

  private static Vote vote(CustomerId c, VoteDirection d, Instant at) {
    return Vote.builder().idea(IDEA).customer(c).direction(d).at(at).build();
  }

  private static HeldData twoPeople() {
    return HeldData.builder()
        .addLedgers(ConsentLedger.builder().customer(A).addEntries(entry(A, ConsentAction.WITHDRAWN, T)).build())
        .addLedgers(ConsentLedger.builder().customer(B).addEntries(entry(B, ConsentAction.GRANTED, T.plusSeconds(60))).build())
        .addBallots(Ballot.builder().idea(IDEA).rule(VotingRule.ONE_PER_CUSTOMER)
            .addVotes(vote(B, VoteDirection.UP, T), vote(A, VoteDirection.DOWN, T.plusSeconds(5))).build())
        .build();
  }

  @Test
  void aWithdrawalOnEitherSideWinsOverALaterGrantAndBothHistoriesAreKept() {
    Rekey.Merged m = Rekey.merge(twoPeople(), RekeyWorld.BEFORE, A, B, MERGED_AT);
    ConsentLedger merged = m.held().ledgers().get(0);
    assertEquals(A, merged.customer());
    assertEquals(3, merged.entries().size());
    assertEquals(ConsentMerge.SOURCE, merged.entries().get(2).source());
    assertFalse(merged.allows(Channel.EMAIL, Purpose.MARKETING, MERGED_AT));
  }

  @Test
  void ofTwoVotesOnOneIdeaTheFirstCastStands() {
    Ballot b = Rekey.merge(twoPeople(), RekeyWorld.BEFORE, A, B, MERGED_AT).held().ballots().get(0);
    assertEquals(1, b.votes().size());
    assertEquals(vote(A, VoteDirection.UP, T), b.votes().get(0));
  }

  @Test
  void theRecordReadsBackFromJsonAndStillUndoesTheMerge() {
    Rekey.Merged m = Rekey.merge(twoPeople(), RekeyWorld.BEFORE, A, B, MERGED_AT);
    MergeRecord again = CrmJson.read(CrmJson.write(m.record()), MergeRecord.class);
    assertEquals(m.record(), again);
    HeldData held = CrmJson.read(CrmJson.write(m.held()), HeldData.class);
    HeldData back = Rekey.unmerge(held, again, RekeyWorld.unmerged(A, B));
    assertEquals(RekeyProperties.normalised(twoPeople()).ledgers().size(), back.ledgers().size());
    assertTrue(back.ballots().get(0).voteOf(B).isPresent());
    assertEquals(Optional.of(vote(A, VoteDirection.DOWN, T.plusSeconds(5))), back.ballots().get(0).voteOf(A));
  }

  @Test
  void aCustomerUnknownToTheResolutionIsATypedError() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Rekey.merge(twoPeople(), RekeyWorld.BEFORE, A, CustomerId.of("c-unknown"), MERGED_AT));
    assertEquals("Resolution.customer", e.field());
    assertThrows(InvalidValueException.class, () -> Rekey.merge(twoPeople(), RekeyWorld.BEFORE, A, A, MERGED_AT));
  }

  @Test
  void anUnmergeAgainstAResolutionThatStillHoldsThemTogetherIsATypedError() {
    Rekey.Merged m = Rekey.merge(twoPeople(), RekeyWorld.BEFORE, A, B, MERGED_AT);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Rekey.unmerge(m.held(), m.record(), RekeyWorld.merged(A, B)));
    assertEquals("Rekey.unmerge.after", e.field());
    assertFalse(e.getMessage().contains("Ann"));
  }

  @Test
  void twoHeldLedgersOfOneCustomerAreATypedError() {
    assertThrows(InvalidValueException.class, () -> HeldData.builder()
        .addLedgers(ConsentLedger.empty(C), ConsentLedger.empty(C)).build());
  }
}
