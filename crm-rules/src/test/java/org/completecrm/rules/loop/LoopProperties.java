package org.completecrm.rules.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.voice.IdeaStatus;
import org.completecrm.core.voice.Market;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoiceGen;
import org.completecrm.core.voice.VoteDecision;
import org.completecrm.core.voice.VoteDirection;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Closing the loop tells exactly the customers involved, and only on consented, preferred channels
 * (the generated customers have no quiet hours, flags or caps, so consent and ranking decide).
 */
class LoopProperties {
  private static final Instant CHANGE = VoiceGen.T0.plusSeconds(50_000);
  private static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.APP_PUSH, Channel.POST);

  /** One consent entry: customer, channel, purpose, granted or withdrawn, seconds after T0. */
  private record Entry(int customer, int channel, boolean research, boolean grant, int seconds) {}

  private static Gen<List<Entry>> entries() {
    Gen<Entry> e = integers().between(0, 9).zip(integers().between(0, 4), integers().between(0, 3),
        integers().between(0, 100_000), (c, ch, kind, s) -> new Entry(c, ch, kind != 0, kind != 3, s));
    return lists().of(e).ofSizeBetween(0, 60);
  }

  /** Views as of {@code at} for c-0..c-8 (c-9 has none), each ranking two channels chosen by the seed. */
  private static Map<CustomerId, CustomerView> views(List<Entry> entries, int seed, Instant at) {
    Map<CustomerId, CustomerView> out = new HashMap<>();
    for (int c = 0; c < 9; c++) {
      CustomerId id = CustomerId.of("c-" + c);
      ConsentLedger ledger = ConsentLedger.empty(id);
      for (Entry e : entries) {
        if (e.customer() == c) {
          ledger = ledger.append(ConsentEntry.builder().customer(id).channel(CHANNELS.get(e.channel()))
              .purpose(e.research() ? Purpose.RESEARCH : Purpose.MARKETING)
              .action(e.grant() ? ConsentAction.GRANTED : ConsentAction.WITHDRAWN)
              .recordedAt(VoiceGen.T0.plusSeconds(e.seconds())).source("test").evidence("e").build());
        }
      }
      Channel first = CHANNELS.get((seed + c) % 5);
      Channel second = CHANNELS.get((seed + 2 * c + 1) % 5);
      List<Channel> ranked = first == second ? List.of(first) : List.of(first, second);
      Customer customer = Customer.builder().id(id).kind(PartyKind.PERSON).givenName("Customer " + c).build();
      ChannelPreferences prefs = ChannelPreferences.builder().zone(ZoneOffset.UTC).rankedChannels(ranked).build();
      out.put(id, CustomerViews.fold(customer, ledger, prefs, List.of(), at));
    }
    return out;
  }

  private static void assertChannelIsBestConsented(Notification n, CustomerView contact, Instant at) {
    ConsentLedger ledger = contact.consent();
    assertEquals(at, n.sendAt());
    assertTrue(n.channel().supportsOutbound());
    assertTrue(ledger.allows(n.channel(), n.purpose(), at), () -> n.channel() + " without consent for " + n.customer());
    for (Channel better : contact.preferences().rankedChannels()) {
      if (better == n.channel()) {
        return;
      }
      assertTrue(!ledger.allows(better, n.purpose(), at), () -> "skipped consented " + better + " for " + n.channel());
    }
    for (Channel c : contact.preferences().rankedChannels()) {
      assertTrue(!ledger.allows(c, n.purpose(), at));
    }
  }

  @Test
  void anIdeasStatusChangeReachesExactlyItsVotersAndSubmitterThroughConsent() {
    qt().withExamples(100)
        .forAll(lists().of(VoiceGen.voteAttempts(10)).ofSizeBetween(0, 25), entries(), integers().between(0, 4),
            VoiceGen.ideas())
        .checkAssert((attempts, entries, seed, fresh) -> {
          Ballot ballot = Ballot.open(fresh.id(), org.completecrm.core.voice.VotingRule.ONE_PER_CUSTOMER);
          for (VoiceGen.VoteAttempt a : attempts) {
            Instant at = VoiceGen.T0.plusSeconds(a.secondsAfterStart());
            VoteDecision d = ballot.cast(fresh, a.voter(), a.direction(), at, List.of());
            ballot = d.ballot();
          }
          Idea changed = fresh.changeStatus(IdeaStatus.PLANNED, CHANGE, Optional.empty());
          Map<CustomerId, CustomerView> contacts = views(entries, seed, CHANGE);
          LoopOutcome out = ClosingTheLoop.ideaStatusChanged(changed, ballot, contacts, LoopRules.defaults());

          Set<CustomerId> expected = new TreeSet<>();
          for (Vote v : ballot.votes()) {
            if (!v.at().isAfter(CHANGE)) {
              expected.add(v.customer());
            }
          }
          fresh.submittedBy().ifPresent(expected::add);
          Set<CustomerId> seen = new HashSet<>();
          for (Notification n : out.notifications()) {
            assertTrue(seen.add(n.customer()), "told twice: " + n.customer());
            assertChannelIsBestConsented(n, contacts.get(n.customer()), CHANGE);
          }
          for (SuppressedNotification s : out.suppressed()) {
            assertTrue(seen.add(s.customer()), "listed twice: " + s.customer());
            CustomerView c = contacts.get(s.customer());
            if (c != null) {
              for (Channel ch : Channel.values()) {
                assertTrue(!ch.supportsOutbound() || !c.consent().allows(ch, Purpose.RESEARCH, CHANGE));
              }
            }
          }
          assertEquals(expected, new TreeSet<>(seen));
        });
  }

  @Test
  void withoutDownVotersOnlyUpVotersAndTheSubmitterAreInvolved() {
    qt().withExamples(100).forAll(lists().of(VoiceGen.voteAttempts(10)).ofSizeBetween(0, 25), VoiceGen.ideas())
        .checkAssert((attempts, fresh) -> {
          Ballot ballot = Ballot.open(fresh.id(), org.completecrm.core.voice.VotingRule.ONE_PER_CUSTOMER);
          for (VoiceGen.VoteAttempt a : attempts) {
            ballot = ballot.cast(fresh, a.voter(), a.direction(), VoiceGen.T0.plusSeconds(a.secondsAfterStart()), List.of()).ballot();
          }
          Idea done = fresh.changeStatus(IdeaStatus.DONE, CHANGE, Optional.empty());
          LoopOutcome out = ClosingTheLoop.ideaStatusChanged(done, ballot, Map.of(), LoopRules.defaults().withDownVoters(false));
          Set<CustomerId> expected = new TreeSet<>();
          ballot.votes().stream().filter(v -> v.direction() == VoteDirection.UP && !v.at().isAfter(CHANGE)).forEach(v -> expected.add(v.customer()));
          fresh.submittedBy().ifPresent(expected::add);
          Set<CustomerId> got = new TreeSet<>();
          out.suppressed().forEach(s -> got.add(s.customer()));
          assertEquals(expected, got);
          assertTrue(out.notifications().isEmpty());
        });
  }

  @Test
  void aResolvedMarketReachesExactlyItsTraders() {
    qt().withExamples(60).forAll(VoiceGen.markets(), VoiceGen.steps(), entries(), integers().between(0, 4))
        .checkAssert((market, steps, entries, seed) -> {
          Market m = VoiceGen.apply(market, steps);
          Instant at = VoiceGen.T0.plusSeconds(90_000);
          Market resolved = m.resolve(m.outcomes().get(seed % m.outcomes().size()), at);
          Map<CustomerId, CustomerView> contacts = views(entries, seed, at);
          LoopOutcome out = ClosingTheLoop.marketResolved(resolved, contacts, LoopRules.defaults());
          Set<CustomerId> got = new TreeSet<>();
          for (Notification n : out.notifications()) {
            assertTrue(got.add(n.customer()));
            assertChannelIsBestConsented(n, contacts.get(n.customer()), at);
          }
          out.suppressed().forEach(s -> assertTrue(got.add(s.customer())));
          assertEquals(resolved.traders(), got);
        });
  }
}
