package org.completecrm.core.voice;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.Checks;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.MarketId;

/** Folds ideas, ballots and markets into one customer's {@link CustomerVoice} as of an instant. */
public final class CustomerVoices {
  private CustomerVoices() {}

  /**
   * The customer's voice at {@code at}: a pure fold that reads only votes cast, status changes made
   * and trades done at or before {@code at}, so the result is the same whatever happened later and
   * whatever the order of the inputs.
   *
   * @param customer whose voice
   * @param household their household at {@code at}, whose vote counts as theirs on a ballot with
   *     {@link VotingRule#ONE_PER_HOUSEHOLD}; empty for none
   * @param ideas the ideas, one per id; every ballot's idea must be among them
   * @param ballots the ballots, at most one per idea
   * @param markets the markets, one per id; those open at {@code at} (opened, not closed, not
   *     resolved) are priced from their trades up to {@code at}
   * @throws InvalidValueException if an id repeats or a ballot's idea is missing
   */
  public static CustomerVoice fold(CustomerId customer, Optional<HouseholdId> household, Collection<Idea> ideas,
      Collection<Ballot> ballots, Collection<Market> markets, Instant at) {
    Checks.present(customer, "CustomerVoices.fold.customer");
    Checks.present(household, "CustomerVoices.fold.household");
    Checks.noNulls(Checks.present(ideas, "CustomerVoices.fold.ideas"), "CustomerVoices.fold.ideas");
    Checks.noNulls(Checks.present(ballots, "CustomerVoices.fold.ballots"), "CustomerVoices.fold.ballots");
    Checks.noNulls(Checks.present(markets, "CustomerVoices.fold.markets"), "CustomerVoices.fold.markets");
    Checks.instant(at, "CustomerVoices.fold.at");
    Map<IdeaId, Idea> byId = new HashMap<>();
    for (Idea i : ideas) {
      if (byId.putIfAbsent(i.id(), i) != null) {
        throw new InvalidValueException("CustomerVoices.fold.ideas", i.id(), "one idea per id");
      }
    }
    Map<IdeaId, Ballot> ballotOf = new HashMap<>();
    TreeMap<String, IdeaStatus> votedFor = new TreeMap<>();
    for (Ballot b : ballots) {
      if (ballotOf.putIfAbsent(b.idea(), b) != null) {
        throw new InvalidValueException("CustomerVoices.fold.ballots", b.idea(), "one ballot per idea");
      }
      Idea idea = byId.get(b.idea());
      if (idea == null) {
        throw new InvalidValueException("CustomerVoices.fold.ballots", b.idea(), "a ballot on one of the ideas given");
      }
      for (Vote v : b.votes()) {
        boolean ours = v.customer().equals(customer)
            || (b.rule() == VotingRule.ONE_PER_HOUSEHOLD && household.isPresent() && v.household().equals(household));
        if (ours && v.direction() == VoteDirection.UP && !v.at().isAfter(at)) {
          idea.statusAt(at).ifPresent(s -> votedFor.put(idea.id().value(), s));
        }
      }
    }
    TreeMap<String, Double> prices = new TreeMap<>();
    Set<MarketId> seen = new HashSet<>();
    for (Market m : markets) {
      if (!seen.add(m.id())) {
        throw new InvalidValueException("CustomerVoices.fold.markets", m.id(), "one market per id");
      }
      if (openAt(m, at)) {
        double[] p = Lmsr.prices(quantitiesAt(m, at), m.liquidity());
        prices.put(m.id().value(), p[0]);
        for (int i = 0; i < p.length; i++) {
          prices.put(m.id().value() + "." + m.outcomes().get(i), p[i]);
        }
      }
    }
    return CustomerVoice.builder().asOf(at).votedFor(votedFor).marketPrices(prices).build();
  }

  /** Whether customers could trade in {@code m} at {@code at}: opened, not yet closed, not yet resolved. */
  static boolean openAt(Market m, Instant at) {
    return !m.openedAt().isAfter(at)
        && m.closesAt().map(c -> c.isAfter(at)).orElse(true)
        && m.resolution().map(r -> r.at().isAfter(at)).orElse(true);
  }

  /** Outstanding shares per outcome from the trades at or before {@code at}. */
  static double[] quantitiesAt(Market m, Instant at) {
    double[] q = new double[m.outcomes().size()];
    for (Trade t : m.trades()) {
      if (!t.at().isAfter(at)) {
        int i = m.outcomes().indexOf(t.outcome());
        q[i] += t.side() == TradeSide.BUY ? t.shares() : -t.shares();
      }
    }
    for (int i = 0; i < q.length; i++) {
      q[i] = Math.max(0, q[i]);
    }
    return q;
  }
}
