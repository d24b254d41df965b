package org.completecrm.core.rekey;

import static org.completecrm.core.identity.AttributeType.BIRTH_DATE;
import static org.completecrm.core.identity.AttributeType.FAMILY_NAME;
import static org.completecrm.core.identity.AttributeType.GIVEN_NAME;
import static org.completecrm.core.testing.IdentityFixtures.aRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.MarketId;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.interest.TopicAction;
import org.completecrm.core.interest.TopicEntry;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.testing.IdentityFixtures;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.voice.Account;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.Trade;
import org.completecrm.core.voice.TradeSide;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.voice.VotingRule;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;

/** Three customers resolved from clearly different records, and random data held on them. */
final class RekeyWorld {
  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant MERGED_AT = CoreGen.HORIZON;
  static final SourceRecord ANN = aRecord("billing", "1", GIVEN_NAME, "Ann", FAMILY_NAME, "Lee", BIRTH_DATE, "1980-01-02");
  static final SourceRecord BOB = aRecord("crm", "2", GIVEN_NAME, "Robert", FAMILY_NAME, "Stone", BIRTH_DATE, "1955-07-08");
  static final SourceRecord CAT = aRecord("shop", "3", GIVEN_NAME, "Cathy", FAMILY_NAME, "Moss", BIRTH_DATE, "1991-11-30");
  static final Resolution BEFORE = Resolver.resolve(List.of(ANN, BOB, CAT),
      ResolverSettings.builder().model(IdentityFixtures.aTypicalModel()).build(), T0);
  static final CustomerId A = owner(ANN);
  static final CustomerId B = owner(BOB);
  static final CustomerId C = owner(CAT);
  static final List<CustomerId> ALL = List.of(A, B, C);

  private RekeyWorld() {}

  static CustomerId owner(SourceRecord r) {
    return BEFORE.customerOf(r.identity()).orElseThrow();
  }

  /** The resolution after merging {@code absorbed} into {@code survivor}. */
  static Resolution merged(CustomerId survivor, CustomerId absorbed) {
    return BEFORE.merge(survivor, absorbed, "steward", "same person", T0.plusSeconds(60));
  }

  /** The resolution after merging and then splitting the absorbed customer's records off again. */
  static Resolution unmerged(CustomerId survivor, CustomerId absorbed) {
    Set<SourceIdentity> part = Set.copyOf(BEFORE.clusters().get(absorbed));
    return merged(survivor, absorbed).unmerge(survivor, part, "steward", "not the same person", T0.plusSeconds(120));
  }

  static int between(RandomnessSource in, int min, int max) {
    return SourceDSL.integers().between(min, max).generate(in);
  }

  static boolean chance(RandomnessSource in, int percent) {
    return between(in, 1, 100) <= percent;
  }

  static Instant instant(RandomnessSource in) {
    return CoreGen.instants().generate(in);
  }

  /** Data held on the three customers: consent, timelines, commitments, holdings, households, votes, ideas, a market, scores. */
  static Gen<HeldData> held() {
    return in -> {
      var b = HeldData.builder();
      for (CustomerId c : ALL) {
        if (chance(in, 85)) {
          ConsentLedger l = CoreGen.consentLedgers(c, 10).generate(in);
          b.addLedgers(l);
        }
        if (chance(in, 70)) {
          var topics = TopicLedger.empty(c);
          for (int i = between(in, 0, 4); i > 0; i--) {
            topics = topics.append(TopicEntry.builder().customer(c).topic(chance(in, 50) ? "pensions" : "events")
                .action(TopicAction.values()[between(in, 0, 3)]).recordedAt(instant(in)).source("web").evidence("t-" + i).build());
          }
          b.addTopics(topics);
        }
        b.addAllEvents(CoreGen.timelines(c, CoreGen.EPOCH, 5, "x").generate(in));
        for (int i = between(in, 0, 2); i > 0; i--) {
          Instant at = instant(in);
          b.addCommitments(Commitment.builder().id(CommitmentId.of(c.value() + "-k" + i)).customer(c)
              .kind(CommitmentKind.values()[between(in, 0, CommitmentKind.values().length - 1)]).owner(TeamId.of("care"))
              .promisedAt(at).dueBy(at.plus(Duration.ofDays(3))).description("call back").build());
        }
        for (int i = between(in, 0, 2); i > 0; i--) {
          b.addHoldings(CoreGen.holdings(c).generate(in));
        }
        if (chance(in, 60)) {
          b.putScores(c, CoreGen.scores().generate(in));
        }
      }
      for (int h = 0; h < 2; h++) {
        b.addHouseholds(household(in, HouseholdId.of("h-" + h)));
      }
      for (int i = 0; i < 2; i++) {
        IdeaId idea = IdeaId.of("idea-" + i);
        CustomerId by = ALL.get(between(in, 0, 2));
        b.addIdeas(Idea.submit(idea, "billing", "Idea " + i, chance(in, 70) ? Optional.of(by) : Optional.empty(), CoreGen.EPOCH));
        List<Vote> votes = new ArrayList<>();
        for (CustomerId c : ALL) {
          if (chance(in, 60)) {
            votes.add(Vote.builder().idea(idea).customer(c).at(instant(in))
                .direction(chance(in, 50) ? VoteDirection.UP : VoteDirection.DOWN).build());
          }
        }
        votes.sort(java.util.Comparator.comparing(Vote::at).thenComparing(Vote::customer));
        b.addBallots(Ballot.builder().idea(idea).rule(VotingRule.ONE_PER_CUSTOMER).votes(votes).build());
      }
      b.addMarkets(market(in));
      return b.build();
    };
  }

  private static Household household(RandomnessSource in, HouseholdId id) {
    Household h = Household.empty(id);
    for (CustomerId c : ALL) {
      if (!chance(in, 60)) {
        continue;
      }
      Instant since = instant(in);
      Optional<Instant> until = chance(in, 40) ? Optional.of(since.plus(Duration.ofDays(between(in, 1, 900)))) : Optional.empty();
      Membership m = Membership.builder().customer(c).role(HouseholdRole.values()[between(in, 0, 3)]).since(since)
          .until(until).build();
      try {
        h = Household.builder().from(h).addMemberships(m).build();
      } catch (InvalidValueException overlapsAPrimary) {
        // leave this member out: the household already has a primary at that time
      }
    }
    return h;
  }

  private static Market market(RandomnessSource in) {
    Market m = Market.open(MarketId.of("m-1"), "Which will happen?", List.of("yes", "no"), 10, Money.of("50.00", "EUR"), CoreGen.EPOCH);
    List<Account> accounts = new ArrayList<>();
    List<Trade> trades = new ArrayList<>();
    for (CustomerId c : ALL) {
      if (chance(in, 60)) {
        accounts.add(Account.builder().customer(c).cash(Money.of(between(in, 0, 5000) / 100 + "." + between(in, 10, 99), "EUR"))
            .holdings(List.of(between(in, 0, 400) / 8.0, between(in, 0, 400) / 8.0)).build());
        for (int i = between(in, 0, 2); i > 0; i--) {
          trades.add(Trade.builder().customer(c).outcome(chance(in, 50) ? "yes" : "no").side(TradeSide.BUY)
              .shares(between(in, 1, 40) / 4.0).amount(Money.of(between(in, 1, 9) + ".00", "EUR")).at(instant(in))
              .priceAfter(0.5).build());
        }
      }
    }
    accounts.sort(java.util.Comparator.comparing(Account::customer));
    return Market.builder().from(m).accounts(accounts).trades(trades).build();
  }
}
