package org.completecrm.examples;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.completecrm.analytics.voice.IdeaRanking;
import org.completecrm.analytics.voice.IdeaRankings;
import org.completecrm.analytics.voice.RankedIdea;
import org.completecrm.analytics.voice.SegmentWeighting;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.EventId;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.TradeDecision;
import org.completecrm.core.voice.VoteDecision;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.voice.VotingRule;
import org.completecrm.rules.loop.ClosingTheLoop;
import org.completecrm.rules.loop.LoopOutcome;
import org.completecrm.rules.loop.NotificationDigest;
import org.completecrm.rules.loop.LoopRules;
import org.completecrm.rules.loop.Notification;
import org.completecrm.rules.loop.SuppressedNotification;

/**
 * The customer's voice, end to end: customers vote on three proposed service changes (one vote
 * per household), the ideas are ranked fairly, customers trade in a prediction market on which
 * change will cut complaints most, the firm resolves the market and decides on the ideas, and
 * every voter and trader is told through their preferred, consented channel, as crm-rules' contact
 * gate allows (or the firm learns why it may not tell them).
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.CustomerVoiceExample}.
 */
public final class CustomerVoiceExample {
  /** When voting opens. */
  public static final Instant START = Instant.parse("2026-06-01T09:00:00Z");
  /** When the firm resolves the market and decides on the ideas. */
  public static final Instant DECIDED = Instant.parse("2026-09-30T20:30:00Z");

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String CALL_BACK = "Call-back within two hours";
  private static final String ADVISER = "One named adviser per household";
  private static final String PLAIN_BILLS = "Plain-language bills";

  private CustomerVoiceExample() {}

  /**
   * What the example produced, for tests and hosts to inspect.
   *
   * @param ideas the three ideas after the firm's decisions
   * @param ballots the votes on each idea
   * @param ranking the unweighted ranking
   * @param weightedRanking the ranking with premium customers' votes weighted
   * @param market the resolved market
   * @param views each known customer's view as of the decision (consent, preferences, history)
   * @param loop the notifications and suppressions for all four changes
   * @param digest the same, one message per channel per customer ({@link NotificationDigest})
   */
  public record Result(
      List<Idea> ideas, List<Ballot> ballots, IdeaRanking ranking, IdeaRanking weightedRanking, Market market,
      Map<CustomerId, CustomerView> views, LoopOutcome loop, LoopOutcome digest) {}

  /** Runs the example, printing what happens. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out);
    out.flush();
  }

  /** Runs the example, printing to {@code out}, and returns what it produced. */
  public static Result run(PrintWriter out) {
    List<CustomerId> customers = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      customers.add(CustomerId.of(String.format(Locale.ROOT, "c-%02d", i)));
    }
    List<Household> households = households(customers);
    Map<CustomerId, Scores> scores = new TreeMap<>();
    for (int i = 0; i < customers.size(); i++) {
      boolean premium = i == 0 || i == 1 || i == 5;
      scores.put(customers.get(i), Scores.builder().putLabels(Scores.SEGMENT, premium ? "premium" : "retail").build());
    }

    section(out, "1. Three proposed service changes, one vote per household");
    List<Idea> ideas = new ArrayList<>(List.of(
        Idea.submit(IdeaId.of("idea-call-back"), "service", CALL_BACK, Optional.empty(), START),
        Idea.submit(IdeaId.of("idea-adviser"), "service", ADVISER, Optional.of(customers.get(0)), START),
        Idea.submit(IdeaId.of("idea-plain-bills"), "billing", PLAIN_BILLS, Optional.empty(), START)));
    String[][] votes = {
      // customer number, then U(p), D(own) or - (no vote) on each of the three ideas
      {"1", "U", "U", "D"}, {"3", "U", "U", "U"}, {"5", "U", "-", "U"}, {"6", "D", "U", "U"},
      {"8", "U", "-", "D"}, {"9", "U", "-", "U"}, {"10", "U", "D", "U"},
      {"2", "U", "-", "-"}, {"1", "U", "-", "-"}};
    List<Ballot> ballots = new ArrayList<>();
    for (Idea idea : ideas) {
      ballots.add(Ballot.open(idea.id(), VotingRule.ONE_PER_HOUSEHOLD));
    }
    Instant at = START;
    for (String[] row : votes) {
      CustomerId voter = customers.get(Integer.parseInt(row[0]) - 1);
      for (int k = 0; k < ideas.size(); k++) {
        if (row[k + 1].equals("-")) {
          continue;
        }
        at = at.plusSeconds(3_600);
        VoteDirection d = row[k + 1].equals("U") ? VoteDirection.UP : VoteDirection.DOWN;
        VoteDecision decision = ballots.get(k).cast(ideas.get(k), voter, d, at, households);
        ballots.set(k, decision.ballot());
        if (!decision.accepted()) {
          out.printf(Locale.ROOT, "  refused: %s%n", decision.refusal().orElseThrow());
        }
      }
    }
    for (int k = 0; k < ideas.size(); k++) {
      out.printf(Locale.ROOT, "  %-34s up %d, down %d (%d households voted)%n",
          ideas.get(k).title(), ballots.get(k).ups(), ballots.get(k).downs(), ballots.get(k).votes().size());
    }

    section(out, "2. Ranking, fair to ideas with few votes");
    IdeaRanking ranking = IdeaRankings.rank(ballots, 0.95);
    printRanking(out, ranking, ideas);
    IdeaRanking weighted = IdeaRankings.rank(ballots, 0.95,
        Optional.of(SegmentWeighting.bySegment(Map.of("premium", 3.0))), scores);
    out.println("  with weighting:");
    printRanking(out, weighted, ideas);

    section(out, "3. A prediction market: which change will cut complaints most this quarter?");
    Market market = Market.open(MarketId.of("market-complaints-q3"),
        "Which change will cut complaints most this quarter?", List.of(CALL_BACK, ADVISER, PLAIN_BILLS), 40,
        Money.of("100.00", "EUR"), START);
    out.printf(Locale.ROOT, "  b = %.0f, each trader starts with %s of play money; the firm can lose at most b ln 3 = %.2f%n",
        market.liquidity(), market.budgetPerCustomer(), market.worstCaseLoss());
    Object[][] trades = {
      {1, CALL_BACK, 30.0}, {2, PLAIN_BILLS, 25.0}, {3, CALL_BACK, 40.0}, {4, ADVISER, 20.0},
      {5, CALL_BACK, 60.0}, {6, PLAIN_BILLS, 15.0}, {7, CALL_BACK, 400.0}, {2, PLAIN_BILLS, -25.0},
      {8, ADVISER, 10.0}, {9, CALL_BACK, 20.0}};
    at = START.plus(java.time.Duration.ofDays(2));
    for (Object[] t : trades) {
      CustomerId trader = customers.get((Integer) t[0] - 1);
      String outcome = (String) t[1];
      double shares = (Double) t[2];
      at = at.plusSeconds(7_200);
      TradeDecision d = shares > 0 ? market.buy(trader, outcome, shares, at) : market.sell(trader, outcome, -shares, at);
      if (d.accepted()) {
        market = d.market();
        out.printf(Locale.ROOT, "  %s %s %3.0f x %-34s for %-10s -> price %.3f%n", trader,
            shares > 0 ? "buys " : "sells", Math.abs(shares), outcome, d.trade().orElseThrow().amount(),
            d.trade().orElseThrow().priceAfter());
      } else {
        out.printf(Locale.ROOT, "  refused: %s%n", d.refusal().orElseThrow());
      }
    }
    out.print("  prices:");
    for (int i = 0; i < market.outcomes().size(); i++) {
      out.printf(Locale.ROOT, "  %s %.3f", market.outcomes().get(i), market.prices().get(i));
    }
    out.println();

    section(out, "4. The firm decides and resolves the market");
    market = market.resolve(CALL_BACK, DECIDED);
    out.printf(Locale.ROOT, "  complaints fell most after '%s'; traders paid %s, the firm paid out %s%n",
        CALL_BACK, market.collected(), market.paidOut());
    ideas.set(0, ideas.get(0).changeStatus(IdeaStatus.DONE, DECIDED, Optional.of("live in every contact centre")));
    ideas.set(1, ideas.get(1).changeStatus(IdeaStatus.PLANNED, DECIDED, Optional.empty()));
    ideas.set(2, ideas.get(2).changeStatus(IdeaStatus.DECLINED, DECIDED,
        Optional.of("the regulator's wording must stay; we will add a plain summary page instead")));
    for (Idea idea : ideas) {
      out.printf(Locale.ROOT, "  %-34s %s%s%n", idea.title(), idea.status().words(),
          idea.latest().reason().map(r -> ": " + r).orElse(""));
    }

    section(out, "5. Closing the loop: voters and traders told through their preferred, consented channel");
    Map<CustomerId, CustomerView> views = views(customers, households, DECIDED);
    LoopOutcome loop = LoopOutcome.empty();
    for (int k = 0; k < ideas.size(); k++) {
      loop = loop.plus(ClosingTheLoop.ideaStatusChanged(ideas.get(k), ballots.get(k), views, LoopRules.defaults()));
    }
    loop = loop.plus(ClosingTheLoop.marketResolved(market, views, LoopRules.defaults()));
    LoopOutcome digest = NotificationDigest.of(loop, views, LoopRules.defaults());
    out.printf(Locale.ROOT, "  %d messages of this run, as %d digests (one per channel per customer):%n",
        loop.notifications().size(), digest.notifications().size());
    for (Notification n : digest.notifications()) {
      out.printf(Locale.ROOT, "  %s via %-8s at %s  [%s] %s%n", n.customer(), n.channel(), n.sendAt(), n.subject(),
          n.message().replace("\n", "\n" + " ".repeat(4)));
    }
    for (SuppressedNotification s : digest.suppressed()) {
      out.printf(Locale.ROOT, "  not told: %s [%s]: %s%n", s.customer(), s.subject(), s.reasons().get(1));
    }
    return new Result(List.copyOf(ideas), List.copyOf(ballots), ranking, weighted, market, views, loop, digest);
  }

  private static void printRanking(PrintWriter out, IdeaRanking ranking, List<Idea> ideas) {
    Map<IdeaId, String> titles = new LinkedHashMap<>();
    ideas.forEach(i -> titles.put(i.id(), i.title()));
    for (RankedIdea r : ranking.ideas()) {
      out.printf(Locale.ROOT, "  %d. %-34s score %.3f (up %.1f, down %.1f)%n", r.rank(), titles.get(r.idea()), r.score(),
          r.countedUps(), r.countedDowns());
    }
    out.printf(Locale.ROOT, "     %s%n", ranking.explanation());
  }

  /** Households h-1 (c-01, c-02), h-2 (c-03, c-04), h-3 (c-05), h-4 (c-06, c-07), h-5 (c-08); c-09 and c-10 in none. */
  static List<Household> households(List<CustomerId> customers) {
    int[][] members = {{0, 1}, {2, 3}, {4}, {5, 6}, {7}};
    List<Household> hs = new ArrayList<>();
    Instant since = START.minusSeconds(365L * 86_400);
    for (int h = 0; h < members.length; h++) {
      Household household = Household.empty(HouseholdId.of("h-" + (h + 1)));
      for (int m = 0; m < members[h].length; m++) {
        household = household.join(customers.get(members[h][m]), m == 0 ? HouseholdRole.PRIMARY : HouseholdRole.PARTNER, since);
      }
      hs.add(household);
    }
    return hs;
  }

  /**
   * Each known customer's view as of {@code at}, through crm-core's 360-degree fold: most consent
   * to research contact on their favourite channel; c-05 withdrew e-mail consent and has no other,
   * c-06 prefers push but only consented to SMS, c-08 answered a satisfaction survey with 2 of 5
   * two weeks before the decision (a recent detractor is not contacted for research), c-10 is not
   * known to the contact systems at all.
   */
  static Map<CustomerId, CustomerView> views(List<CustomerId> customers, List<Household> households, Instant at) {
    Channel[][] ranked = {
      {Channel.EMAIL}, {Channel.APP_PUSH, Channel.EMAIL}, {Channel.SMS}, {Channel.EMAIL}, {Channel.EMAIL},
      {Channel.APP_PUSH, Channel.SMS}, {Channel.POST}, {Channel.EMAIL, Channel.SMS}, {Channel.PHONE}};
    Channel[] consented = {
      Channel.EMAIL, Channel.APP_PUSH, Channel.SMS, Channel.EMAIL, Channel.EMAIL, Channel.SMS, Channel.POST,
      Channel.SMS, Channel.PHONE};
    Map<CustomerId, CustomerView> out = new TreeMap<>();
    Instant signedUp = START.minusSeconds(30L * 86_400);
    for (int i = 0; i < ranked.length; i++) {
      CustomerId c = customers.get(i);
      ConsentLedger ledger = ConsentLedger.empty(c).append(ConsentEntry.builder().customer(c).channel(consented[i])
          .purpose(Purpose.RESEARCH).action(ConsentAction.GRANTED).recordedAt(signedUp)
          .source("web-preference-centre").evidence("pc-" + c).build());
      if (i == 4) {
        ledger = ledger.append(ConsentEntry.builder().customer(c).channel(Channel.EMAIL).purpose(Purpose.RESEARCH)
            .action(ConsentAction.WITHDRAWN).recordedAt(START.plusSeconds(86_400)).source("email-unsubscribe")
            .evidence("unsub-" + c).build());
      }
      ChannelPreferences prefs = ChannelPreferences.builder().zone(LONDON).addRankedChannels(ranked[i])
          .quietHours(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0), LONDON)).build();
      List<TimelineEvent> events = new ArrayList<>();
      if (i == 7) {
        events.add(FeedbackReceived.builder().id(EventId.of("csat-" + c)).customer(c)
            .at(at.minusSeconds(14L * 86_400)).survey(SurveyKind.CSAT).score(2).topic("billing").build());
      }
      Customer customer = Customer.builder().id(c).kind(PartyKind.PERSON).givenName("Customer " + (i + 1)).build();
      Optional<Household> household = households.stream().filter(h -> h.membershipAt(c, at).isPresent()).findFirst();
      out.put(c, CustomerViews.fold(customer, household, ledger, prefs, events, at));
    }
    return out;
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println(title);
  }
}
