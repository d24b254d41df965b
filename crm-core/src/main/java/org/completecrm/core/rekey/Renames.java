package org.completecrm.core.rekey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.score.Scores;
import org.completecrm.core.voice.Account;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.Trade;
import org.completecrm.core.voice.Vote;

/** A customer given a new id everywhere (an unmerge that gave both groups new ids). */
final class Renames {
  private Renames() {}

  static HeldData rename(HeldData held, CustomerId from, CustomerId to) {
    List<ConsentLedger> ledgers = new ArrayList<>();
    for (ConsentLedger l : held.ledgers()) {
      if (l.customer().equals(from)) {
        List<ConsentEntry> entries = new ArrayList<>();
        l.entries().forEach(e -> entries.add(ConsentMerge.moved(e, to)));
        ledgers.add(ConsentLedger.builder().customer(to).entries(entries).build());
      } else {
        ledgers.add(l);
      }
    }
    List<Ballot> ballots = new ArrayList<>();
    for (Ballot b : held.ballots()) {
      List<Vote> votes = new ArrayList<>();
      b.votes().forEach(v -> votes.add(v.customer().equals(from) ? Moves.vote(v, to) : v));
      ballots.add(Ballot.builder().from(b).votes(votes).build());
    }
    List<Market> markets = new ArrayList<>();
    for (Market m : held.markets()) {
      List<Account> accounts = new ArrayList<>();
      m.accounts().forEach(a -> accounts.add(a.customer().equals(from) ? Moves.account(a, to) : a));
      accounts.sort(java.util.Comparator.comparing(Account::customer));
      List<Trade> trades = new ArrayList<>();
      m.trades().forEach(t -> trades.add(t.customer().equals(from) ? Moves.trade(t, to) : t));
      markets.add(Market.builder().from(m).accounts(accounts).trades(trades).build());
    }
    Map<CustomerId, Scores> scores = new LinkedHashMap<>(held.scores());
    Scores s = scores.remove(from);
    if (s != null) {
      scores.put(to, s);
    }
    return HeldData.builder().ledgers(ledgers).topics(TopicMerge.rename(held.topics(), from, to))
        .events(held.events().stream().map(e -> e.customer().equals(from) ? Moves.event(e, to) : e).toList())
        .commitments(held.commitments().stream().map(c -> c.customer().equals(from) ? Moves.commitment(c, to) : c).toList())
        .holdings(held.holdings().stream().map(h -> h.customer().equals(from) ? Moves.holding(h, to) : h).toList())
        .households(HouseholdMoves.rename(held.households(), from, to)).ballots(ballots)
        .ideas(held.ideas().stream().map(i -> i.submittedBy().equals(Optional.of(from)) ? Moves.idea(i, to) : i).toList())
        .markets(markets).scores(scores).build();
  }
}
