package org.completecrm.core.voice;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Households;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * The votes cast on one idea under a {@link VotingRule}.
 *
 * <p>{@link #cast} is the only way a vote is added in normal use: it returns a {@link
 * VoteDecision} holding either the new ballot or the refusal and its reason (a second vote by the
 * same customer, or by the same household where votes count per household, or a vote on an idea
 * that is done or declined). The invariant "no customer votes twice" is also checked when a
 * ballot is built or read from JSON.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBallot.class)
@JsonDeserialize(as = ImmutableBallot.class)
public abstract class Ballot {
  Ballot() {}

  /** A builder. */
  public static ImmutableBallot.Builder builder() {
    return ImmutableBallot.builder();
  }

  /** An empty ballot for {@code idea} under {@code rule}. */
  public static Ballot open(IdeaId idea, VotingRule rule) {
    return builder().idea(idea).rule(rule).build();
  }

  /** The idea the votes are on. */
  public abstract IdeaId idea();

  /** Who gets one vote. */
  public abstract VotingRule rule();

  /** The votes, in the order they were cast. */
  public abstract List<Vote> votes();

  /** The number of up-votes. */
  public long ups() {
    return votes().stream().filter(v -> v.direction() == VoteDirection.UP).count();
  }

  /** The number of down-votes. */
  public long downs() {
    return votes().stream().filter(v -> v.direction() == VoteDirection.DOWN).count();
  }

  /** Every customer who voted, in id order. */
  public Set<CustomerId> voters() {
    return votes().stream().map(Vote::customer).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The vote {@code customer} cast, if any. */
  public Optional<Vote> voteOf(CustomerId customer) {
    return votes().stream().filter(v -> v.customer().equals(customer)).findFirst();
  }

  /**
   * Casts {@code voter}'s vote on {@code idea} at {@code at}: accepted with a new ballot, or
   * refused with a reason in plain words.
   *
   * @param idea the idea, whose status at {@code at} must be open for votes
   * @param voter who votes
   * @param direction for or against
   * @param at when; must not be before the idea was submitted
   * @param households the households to look the voter up in (ignored under {@link
   *     VotingRule#ONE_PER_CUSTOMER}; may be empty)
   * @throws InvalidValueException if the idea is another one, or {@code at} is before it was submitted
   */
  public VoteDecision cast(
      Idea idea, CustomerId voter, VoteDirection direction, Instant at, Collection<Household> households) {
    Checks.present(idea, "Ballot.cast.idea");
    Checks.present(voter, "Ballot.cast.voter");
    Checks.present(direction, "Ballot.cast.direction");
    Checks.present(at, "Ballot.cast.at");
    Checks.noNulls(Checks.present(households, "Ballot.cast.households"), "Ballot.cast.households");
    if (!idea.id().equals(idea())) {
      throw new InvalidValueException("Ballot.cast.idea", idea.id(), "the ballot's idea " + idea());
    }
    IdeaStatus status = idea.statusAt(at).orElseThrow(() ->
        new InvalidValueException("Ballot.cast.at", at, "an instant at or after the idea was submitted " + idea.submittedAt()));
    if (!status.openForVotes()) {
      return VoteDecision.refused(this, "voting on idea " + idea() + " is closed: it is " + status.words());
    }
    Optional<Vote> earlier = voteOf(voter);
    if (earlier.isPresent()) {
      return VoteDecision.refused(this, "customer " + voter + " already voted " + earlier.get().direction()
          + " on idea " + idea() + " at " + earlier.get().at() + "; one vote per customer");
    }
    Optional<HouseholdId> household = Optional.empty();
    if (rule() == VotingRule.ONE_PER_HOUSEHOLD) {
      household = Households.householdOf(households, voter, at).map(Household::id);
      if (household.isPresent()) {
        HouseholdId h = household.get();
        Optional<Vote> byHousehold = votes().stream().filter(v -> v.household().equals(Optional.of(h))).findFirst();
        if (byHousehold.isPresent()) {
          return VoteDecision.refused(this, "household " + h + " already voted on idea " + idea()
              + " through another member at " + byHousehold.get().at() + "; one vote per household");
        }
      }
    }
    Vote vote = Vote.builder().idea(idea()).customer(voter).direction(direction).at(at).household(household).build();
    return VoteDecision.accepted(builder().from(this).addVotes(vote).build(), vote);
  }

  @Value.Check
  void check() {
    Checks.present(idea(), "Ballot.idea");
    Checks.present(rule(), "Ballot.rule");
    Checks.noNulls(votes(), "Ballot.votes");
    Set<CustomerId> customers = new HashSet<>();
    Set<HouseholdId> households = new HashSet<>();
    for (int i = 0; i < votes().size(); i++) {
      Vote v = votes().get(i);
      if (!v.idea().equals(idea())) {
        throw new InvalidValueException("Ballot.votes[" + i + "].idea", v.idea(), "the ballot's idea " + idea());
      }
      if (!customers.add(v.customer())) {
        throw new InvalidValueException("Ballot.votes[" + i + "].customer", v.customer(), "a customer who has not voted yet");
      }
      if (rule() == VotingRule.ONE_PER_HOUSEHOLD && v.household().isPresent() && !households.add(v.household().get())) {
        throw new InvalidValueException(
            "Ballot.votes[" + i + "].household", v.household().get(), "a household that has not voted yet");
      }
    }
  }

  @Override
  public String toString() {
    return "Ballot{" + idea() + ", " + rule() + ", up=" + ups() + ", down=" + downs() + "}";
  }
}
