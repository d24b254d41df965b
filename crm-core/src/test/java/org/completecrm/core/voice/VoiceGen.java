package org.completecrm.core.voice;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid voice values (ideas, vote attempts, markets, trade sequences)
 * for property tests here and in other modules.
 */
public final class VoiceGen {
  /** The instant the generated markets open and ideas are submitted. */
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private VoiceGen() {}

  /** Customer {@code c-0} to {@code c-(n-1)}. */
  public static Gen<CustomerId> customers(int n) {
    return integers().between(0, n - 1).map(i -> CustomerId.of("c-" + i));
  }

  /** A new idea under review, submitted at {@link #T0}. */
  public static Gen<Idea> ideas() {
    return integers().between(1, 999).zip(Generate.pick(List.of("billing", "web-site", "store", "service")),
        (n, topic) -> Idea.submit(IdeaId.of("idea-" + n), topic, "Idea " + n, Optional.of(CustomerId.of("c-" + n)), T0));
  }

  /** One attempted vote: a voter among {@code customers} customers, a direction, seconds after {@link #T0}. */
  public static Gen<VoteAttempt> voteAttempts(int customers) {
    return customers(customers).zip(Generate.enumValues(VoteDirection.class), integers().between(0, 86_400),
        (c, d, s) -> new VoteAttempt(c, d, s));
  }

  /** An attempted vote, as generated. */
  public record VoteAttempt(CustomerId voter, VoteDirection direction, int secondsAfterStart) {}

  /** An open market with 2 to 5 outcomes, liquidity 1 to 500 and a budget of 50 to 5,000 EUR. */
  public static Gen<Market> markets() {
    return integers().between(2, 5).zip(doubles().between(1, 500), integers().between(50, 5_000),
        (n, b, budget) -> {
          List<String> outcomes = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            outcomes.add("outcome-" + i);
          }
          return Market.open(MarketId.of("m-1"), "Which will happen?", outcomes, b, Money.of(budget + ".00", "EUR"), T0);
        });
  }

  /** One step of a trading sequence: a trader among five, an outcome index (taken modulo n), buy or sell, shares. */
  public record Step(int trader, int outcome, boolean buy, double shares) {}

  /** Trading steps: shares from 0.01 to 2,000, mostly buys. */
  public static Gen<List<Step>> steps() {
    Gen<Step> step = integers().between(0, 4).zip(integers().between(0, 4), integers().between(0, 9),
        doubles().between(0.01, 2_000),
        (t, o, side, s) -> new Step(t, o, side < 7, s));
    return lists().of(step).ofSizeBetween(0, 60);
  }

  /**
   * Applies the steps one second apart from {@link #T0}: sells are capped at what the trader holds
   * and skipped when they hold nothing; refused trades leave the market as it was.
   */
  public static Market apply(Market market, List<Step> steps) {
    Market m = market;
    Instant at = T0;
    for (Step s : steps) {
      at = at.plusSeconds(1);
      CustomerId c = CustomerId.of("c-" + s.trader());
      String outcome = m.outcomes().get(s.outcome() % m.outcomes().size());
      if (s.buy()) {
        m = m.buy(c, outcome, s.shares(), at).market();
      } else {
        int i = m.outcomes().indexOf(outcome);
        double held = m.accountOf(c).map(a -> a.holding(i)).orElse(0.0);
        if (held > 0) {
          m = m.sell(c, outcome, Math.min(held, s.shares()), at).market();
        }
      }
    }
    return m;
  }
}
