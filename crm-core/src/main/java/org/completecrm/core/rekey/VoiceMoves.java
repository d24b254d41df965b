package org.completecrm.core.rekey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.completecrm.core.CustomerId;
import org.completecrm.core.Money;
import org.completecrm.core.rekey.MergeRecord.MovedPosition;
import org.completecrm.core.rekey.MergeRecord.MovedVote;
import org.completecrm.core.voice.Account;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.Trade;
import org.completecrm.core.voice.Vote;

/** Votes and market positions carried through a merge and back. */
final class VoiceMoves {
  private static final Comparator<Vote> VOTE_ORDER = Comparator.comparing(Vote::at).thenComparing(Vote::customer);

  private VoiceMoves() {}

  /**
   * Moves the absorbed customer's votes to the survivor. Where both voted on one idea, the vote
   * cast first stands and the other is set aside: had the two records been known as one customer,
   * the ballot would have refused the second vote (one vote per customer). At the same instant
   * the survivor's vote stands.
   */
  static List<Ballot> mergeVotes(List<Ballot> ballots, CustomerId survivor, CustomerId absorbed, List<MovedVote> moved) {
    List<Ballot> out = new ArrayList<>(ballots.size());
    for (Ballot b : ballots) {
      Optional<Vote> va = b.voteOf(absorbed);
      if (va.isEmpty()) {
        out.add(b);
        continue;
      }
      Optional<Vote> vs = b.voteOf(survivor);
      boolean absorbedKept = vs.isEmpty() || va.get().at().isBefore(vs.get().at());
      moved.add(new MovedVote(b.idea(), va.get(), vs, absorbedKept));
      List<Vote> next = new ArrayList<>();
      for (Vote v : b.votes()) {
        if (v.customer().equals(absorbed)) {
          if (absorbedKept) {
            next.add(Moves.vote(v, survivor));
          }
        } else if (!(v.customer().equals(survivor) && absorbedKept)) {
          next.add(v);
        }
      }
      out.add(Ballot.builder().from(b).votes(next).build());
    }
    return out;
  }

  /** Returns both original votes of each recorded ballot, in order of casting. */
  static List<Ballot> unmergeVotes(List<Ballot> ballots, CustomerId survivor, List<MovedVote> moved) {
    List<Ballot> out = new ArrayList<>(ballots.size());
    for (Ballot b : ballots) {
      Optional<MovedVote> mv = moved.stream().filter(m -> m.idea().equals(b.idea())).findFirst();
      if (mv.isEmpty()) {
        out.add(b);
        continue;
      }
      List<Vote> next = new ArrayList<>();
      b.votes().stream().filter(v -> !v.customer().equals(survivor)).forEach(next::add);
      next.add(mv.get().absorbedVote());
      mv.get().survivorVote().ifPresent(next::add);
      next.sort(VOTE_ORDER);
      out.add(Ballot.builder().from(b).votes(next).build());
    }
    return out;
  }

  /**
   * Moves the absorbed customer's trades to the survivor and adds its account to the survivor's
   * (cash and shares of each outcome summed; the per-customer budget is not re-applied).
   */
  static List<Market> mergePositions(List<Market> markets, CustomerId survivor, CustomerId absorbed, List<MovedPosition> moved) {
    List<Market> out = new ArrayList<>(markets.size());
    for (Market m : markets) {
      Optional<Account> aa = account(m, absorbed);
      List<Integer> tradeIndices = new ArrayList<>();
      List<Trade> trades = new ArrayList<>(m.trades());
      for (int i = 0; i < trades.size(); i++) {
        if (trades.get(i).customer().equals(absorbed)) {
          tradeIndices.add(i);
          trades.set(i, Moves.trade(trades.get(i), survivor));
        }
      }
      if (aa.isEmpty() && tradeIndices.isEmpty()) {
        out.add(m);
        continue;
      }
      Optional<Account> sa = account(m, survivor);
      moved.add(new MovedPosition(m.id(), aa, sa, tradeIndices));
      List<Account> accounts = without(m.accounts(), absorbed, survivor);
      aa.ifPresent(a -> accounts.add(sa.map(s -> combine(s, a, Money::plus, Double::sum)).orElse(Moves.account(a, survivor))));
      if (aa.isEmpty()) {
        sa.ifPresent(accounts::add);
      }
      accounts.sort(Comparator.comparing(Account::customer));
      out.add(Market.builder().from(m).accounts(accounts).trades(trades).build());
    }
    return out;
  }

  /**
   * Returns the absorbed customer's account and trades. If the merged account is unchanged both
   * accounts come back exactly; otherwise the absorbed customer gets back its former cash and
   * shares, at most what the merged account still holds, and the survivor keeps the rest.
   */
  static List<Market> unmergePositions(List<Market> markets, CustomerId survivor, CustomerId absorbed, List<MovedPosition> moved) {
    List<Market> out = new ArrayList<>(markets.size());
    for (Market m : markets) {
      Optional<MovedPosition> mp = moved.stream().filter(p -> p.market().equals(m.id())).findFirst();
      if (mp.isEmpty()) {
        out.add(m);
        continue;
      }
      List<Trade> trades = new ArrayList<>(m.trades());
      for (int i : mp.get().absorbedTrades()) {
        if (i < trades.size() && trades.get(i).customer().equals(survivor)) {
          trades.set(i, Moves.trade(trades.get(i), absorbed));
        }
      }
      List<Account> accounts = new ArrayList<>(m.accounts());
      Optional<Account> current = account(m, survivor);
      Optional<Account> aa = mp.get().absorbedAccount();
      if (aa.isPresent() && current.isPresent()) {
        Optional<Account> sa = mp.get().survivorAccount();
        Account merged = sa.map(s -> combine(s, aa.get(), Money::plus, Double::sum)).orElse(Moves.account(aa.get(), survivor));
        accounts = without(accounts, survivor, survivor);
        if (merged.equals(current.get())) {
          accounts.add(aa.get());
          sa.ifPresent(accounts::add);
        } else {
          Account back = combine(aa.get(), current.get(), (x, y) -> x.compareTo(y) <= 0 ? x : y, Math::min);
          accounts.add(back);
          accounts.add(combine(current.get(), back, Money::minus, (x, y) -> Math.max(0.0, x - y)));
        }
        accounts.sort(Comparator.comparing(Account::customer));
      }
      out.add(Market.builder().from(m).accounts(accounts).trades(trades).build());
    }
    return out;
  }

  private static Optional<Account> account(Market m, CustomerId customer) {
    return m.accounts().stream().filter(a -> a.customer().equals(customer)).findFirst();
  }

  private static List<Account> without(List<Account> accounts, CustomerId a, CustomerId b) {
    List<Account> out = new ArrayList<>();
    accounts.stream().filter(x -> !x.customer().equals(a) && !x.customer().equals(b)).forEach(out::add);
    return out;
  }

  /** An account of {@code first}'s customer whose cash and shares combine both accounts'. */
  private static Account combine(Account first, Account second, BinaryOperator<Money> cash, BinaryOperator<Double> shares) {
    List<Double> holdings = new ArrayList<>(first.holdings().size());
    for (int i = 0; i < first.holdings().size(); i++) {
      holdings.add(shares.apply(first.holding(i), second.holding(i)));
    }
    Money c = cash.apply(first.cash(), second.cash());
    return Account.builder().customer(first.customer()).cash(c.signum() < 0 ? Money.zero(c.currency()) : c)
        .holdings(holdings).build();
  }
}
