package org.completecrm.core.rekey;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.Checks;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.MarketId;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Membership;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.score.Scores;
import org.completecrm.core.voice.Account;
import org.completecrm.core.voice.Vote;
import org.immutables.value.Value;

/**
 * The provenance of one merge, kept by the host beside the merged data: which entries came from
 * the absorbed customer and what the merge changed, so that {@link Rekey#unmerge} returns every
 * entry to the customer whose source records it came from, exactly.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMergeRecord.class)
@JsonDeserialize(as = ImmutableMergeRecord.class)
public abstract class MergeRecord {
  MergeRecord() {}

  /** A builder (for readers of stored records; records are made by {@link Rekey#merge}). */
  public static ImmutableMergeRecord.Builder builder() {
    return ImmutableMergeRecord.builder();
  }

  /** The customer that kept its id. */
  public abstract CustomerId survivor();

  /** The customer whose id ended. */
  public abstract CustomerId absorbed();

  /** When the merge was carried through. */
  public abstract Instant at();

  /** The survivor's source records before the merge. */
  public abstract Set<SourceIdentity> survivorSources();

  /** The absorbed customer's source records before the merge. */
  public abstract Set<SourceIdentity> absorbedSources();

  /** The consent ledger's layout after the merge: survivor's entries, absorbed's entries, entries the merge added. */
  public abstract LedgerLayout ledger();

  /** The topic ledger's layout after the merge, as for consent (merge entries are topic opt-outs). */
  public abstract LedgerLayout topicLedger();

  /** Timeline events that were the absorbed customer's. */
  public abstract Set<EventId> absorbedEvents();

  /** Commitments that were made to the absorbed customer. */
  public abstract Set<CommitmentId> absorbedCommitments();

  /** Holdings of the absorbed customer, as they were. */
  public abstract List<Holding> absorbedHoldings();

  /** The absorbed customer's household memberships, as they were, and what the merge did to each. */
  public abstract List<MovedMembership> memberships();

  /** Ballots on which the absorbed customer had voted. */
  public abstract List<MovedVote> votes();

  /** Ideas the absorbed customer submitted. */
  public abstract Set<IdeaId> absorbedIdeas();

  /** Markets in which the absorbed customer had an account or traded. */
  public abstract List<MovedPosition> positions();

  /** The absorbed customer's scores, set aside (the survivor's are recomputed by the host). */
  public abstract Optional<Scores> absorbedScores();

  /**
   * Consent ledger layout after a merge: the first {@code survivorEntries} entries were the
   * survivor's, the next {@code absorbedEntries} the absorbed customer's, the next {@code
   * mergeEntries} the ones the merge added so that the most restrictive state holds; later ones
   * were appended after the merge.
   *
   * @param survivorHadLedger whether the survivor had a ledger before the merge
   * @param absorbedHadLedger whether the absorbed customer had one
   * @param survivorEntries count of the survivor's entries
   * @param absorbedEntries count of the absorbed customer's entries
   * @param mergeEntries count of entries the merge added
   */
  public record LedgerLayout(
      boolean survivorHadLedger, boolean absorbedHadLedger, int survivorEntries, int absorbedEntries, int mergeEntries) {
    /** Validates the counts: none negative. */
    public LedgerLayout {
      if (survivorEntries < 0 || absorbedEntries < 0 || mergeEntries < 0) {
        throw new InvalidValueException("MergeRecord.ledger", survivorEntries + "/" + absorbedEntries + "/" + mergeEntries,
            "entry counts >= 0");
      }
    }
  }

  /**
   * One of the absorbed customer's membership periods.
   *
   * @param household the household
   * @param original the period as it was
   * @param dropped true if the survivor already belonged to the household at an overlapping time,
   *     so the period was left out (the survivor's own period stands)
   * @param demoted true if it was a {@code PRIMARY} period overlapping the survivor's primary
   *     period of another household, so it became {@code PARTNER}
   */
  public record MovedMembership(HouseholdId household, Membership original, boolean dropped, boolean demoted) {
    /** Validates presence. */
    public MovedMembership {
      Checks.present(household, "MergeRecord.memberships.household");
      Checks.present(original, "MergeRecord.memberships.original");
    }
  }

  /**
   * A ballot the absorbed customer voted on.
   *
   * @param idea the ballot's idea
   * @param absorbedVote the absorbed customer's vote as it was
   * @param survivorVote the survivor's vote on the same idea, if it had one
   * @param absorbedVoteKept whether the absorbed customer's vote was the one kept (it was cast first)
   */
  public record MovedVote(IdeaId idea, Vote absorbedVote, Optional<Vote> survivorVote, boolean absorbedVoteKept) {
    /** Validates presence. */
    public MovedVote {
      Checks.present(idea, "MergeRecord.votes.idea");
      Checks.present(absorbedVote, "MergeRecord.votes.absorbedVote");
      Checks.present(survivorVote, "MergeRecord.votes.survivorVote");
    }
  }

  /**
   * The absorbed customer's position in one market.
   *
   * @param market the market
   * @param absorbedAccount the absorbed customer's account as it was, if it had one
   * @param survivorAccount the survivor's account as it was, if it had one
   * @param absorbedTrades indices in the market's trades of the absorbed customer's trades
   */
  public record MovedPosition(
      MarketId market, Optional<Account> absorbedAccount, Optional<Account> survivorAccount, List<Integer> absorbedTrades) {
    /** Validates presence. */
    public MovedPosition {
      Checks.present(market, "MergeRecord.positions.market");
      Checks.present(absorbedAccount, "MergeRecord.positions.absorbedAccount");
      Checks.present(survivorAccount, "MergeRecord.positions.survivorAccount");
      absorbedTrades = List.copyOf(Checks.noNulls(Checks.present(absorbedTrades, "MergeRecord.positions.absorbedTrades"),
          "MergeRecord.positions.absorbedTrades"));
    }
  }

  @Value.Check
  void check() {
    Checks.present(survivor(), "MergeRecord.survivor");
    Checks.present(absorbed(), "MergeRecord.absorbed");
    Checks.present(at(), "MergeRecord.at");
    Checks.present(ledger(), "MergeRecord.ledger");
    Checks.present(topicLedger(), "MergeRecord.topicLedger");
    Checks.noNulls(survivorSources(), "MergeRecord.survivorSources");
    Checks.noNulls(absorbedSources(), "MergeRecord.absorbedSources");
    Checks.noNulls(absorbedEvents(), "MergeRecord.absorbedEvents");
    Checks.noNulls(absorbedCommitments(), "MergeRecord.absorbedCommitments");
    Checks.noNulls(absorbedHoldings(), "MergeRecord.absorbedHoldings");
    Checks.noNulls(memberships(), "MergeRecord.memberships");
    Checks.noNulls(votes(), "MergeRecord.votes");
    Checks.noNulls(absorbedIdeas(), "MergeRecord.absorbedIdeas");
    Checks.noNulls(positions(), "MergeRecord.positions");
    if (survivor().equals(absorbed())) {
      throw new InvalidValueException("MergeRecord.absorbed", absorbed(), "a customer other than the survivor");
    }
  }

  @Override
  public String toString() {
    return "MergeRecord{" + absorbed() + " into " + survivor() + " at " + at() + ", events=" + absorbedEvents().size()
        + ", memberships=" + memberships().size() + ", votes=" + votes().size() + ", positions=" + positions().size() + "}";
  }
}
