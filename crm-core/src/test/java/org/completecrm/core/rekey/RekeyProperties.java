package org.completecrm.core.rekey;

import static org.completecrm.core.rekey.RekeyWorld.A;
import static org.completecrm.core.rekey.RekeyWorld.B;
import static org.completecrm.core.rekey.RekeyWorld.MERGED_AT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.household.Household;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.voice.Ballot;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** A merge carried through loses nothing, keeps consent most restrictive, and an unmerge undoes it exactly. */
class RekeyProperties {
  private static final Gen<HeldData> HELD = RekeyWorld.held();
  private static final Gen<Boolean> DIRECTION = SourceDSL.booleans().all();

  @Test
  void mergeThenUnmergeReturnsEveryEntryToItsOriginalCustomer() {
    qt().withExamples(150).forAll(HELD, DIRECTION).checkAssert((held, aIntoB) -> {
      CustomerId survivor = aIntoB ? B : A;
      CustomerId absorbed = aIntoB ? A : B;
      Rekey.Merged merged = Rekey.merge(held, RekeyWorld.BEFORE, survivor, absorbed, MERGED_AT);
      HeldData back = Rekey.unmerge(merged.held(), merged.record(), RekeyWorld.unmerged(survivor, absorbed));
      assertSameParts(normalised(held), normalised(back));
    });
  }

  @Test
  void aMergeLeavesNothingUnderTheAbsorbedIdAndNothingLostOrDoubled() {
    qt().withExamples(150).forAll(HELD, DIRECTION).checkAssert((held, aIntoB) -> {
      CustomerId survivor = aIntoB ? B : A;
      CustomerId absorbed = aIntoB ? A : B;
      HeldData m = Rekey.merge(held, RekeyWorld.BEFORE, survivor, absorbed, MERGED_AT).held();
      assertFalse(m.ledgers().stream().anyMatch(l -> l.customer().equals(absorbed)));
      assertFalse(m.events().stream().anyMatch(e -> e.customer().equals(absorbed)));
      assertEquals(held.events().size(), m.events().size());
      assertEquals(held.commitments().size(), m.commitments().size());
      assertEquals(held.holdings().size(), m.holdings().size());
      for (Ballot b : m.ballots()) {
        assertTrue(b.voteOf(absorbed).isEmpty());
        Ballot before = held.ballots().stream().filter(x -> x.idea().equals(b.idea())).findFirst().orElseThrow();
        boolean both = before.voteOf(absorbed).isPresent() && before.voteOf(survivor).isPresent();
        assertEquals(before.votes().size() - (both ? 1 : 0), b.votes().size());
      }
      List<Membership> before = primaries(held, survivor);
      List<Membership> after = primaries(m, survivor);
      for (int i = 0; i < after.size(); i++) {
        for (int j = i + 1; j < after.size(); j++) {
          boolean old = before.contains(after.get(i)) && before.contains(after.get(j));
          assertFalse(!old && after.get(i).overlaps(after.get(j)), "a merge made the survivor primary of two households at once");
        }
      }
    });
  }

  @Test
  void mergedConsentIsNeverLessRestrictiveThanEitherInputAndKeepsBothHistories() {
    List<Instant> probes = List.of(MERGED_AT, MERGED_AT.plus(Duration.ofDays(1)), MERGED_AT.plus(Duration.ofDays(400)),
        MERGED_AT.plus(Duration.ofDays(2000)));
    qt().withExamples(300).forAll(HELD).checkAssert(held -> {
      ConsentLedger la = ledger(held, A);
      ConsentLedger lb = ledger(held, B);
      ConsentLedger merged = ledger(Rekey.merge(held, RekeyWorld.BEFORE, A, B, MERGED_AT).held(), A);
      for (Instant t : probes) {
        for (Channel ch : Channel.values()) {
          for (Purpose p : Purpose.values()) {
            if (!la.allows(ch, p, t) || !lb.allows(ch, p, t)) {
              assertFalse(merged.allows(ch, p, t), ch + "/" + p + " at " + t);
            }
          }
        }
      }
      assertEquals(la.entries(), merged.entries().subList(0, la.entries().size()));
      TopicLedger ta = topics(held, A);
      TopicLedger tb = topics(held, B);
      TopicLedger tm = topics(Rekey.merge(held, RekeyWorld.BEFORE, A, B, MERGED_AT).held(), A);
      for (Instant t : probes) {
        for (String topic : List.of("pensions", "events")) {
          if (ta.optedOut(topic, t) || tb.optedOut(topic, t)) {
            assertTrue(tm.optedOut(topic, t), topic + " at " + t);
          }
        }
      }
      List<ConsentEntry> moved = new ArrayList<>();
      lb.entries().forEach(e -> moved.add(ConsentMerge.moved(e, A)));
      assertEquals(moved, merged.entries().subList(la.entries().size(), la.entries().size() + moved.size()));
    });
  }

  /** The customer's primary periods, by household. */
  private static List<Membership> primaries(HeldData held, CustomerId c) {
    List<Membership> out = new ArrayList<>();
    for (Household h : held.households()) {
      h.memberships().stream().filter(x -> x.customer().equals(c) && x.role() == HouseholdRole.PRIMARY)
          .forEach(out::add);
    }
    return out;
  }

  private static TopicLedger topics(HeldData held, CustomerId c) {
    return held.topics().stream().filter(l -> l.customer().equals(c)).findFirst().orElse(TopicLedger.empty(c));
  }

  private static ConsentLedger ledger(HeldData held, CustomerId c) {
    return held.ledgers().stream().filter(l -> l.customer().equals(c)).findFirst().orElse(ConsentLedger.empty(c));
  }

  static void assertSameParts(HeldData expected, HeldData actual) {
    assertEquals(CrmJson.write(expected.ledgers()), CrmJson.write(actual.ledgers()), "ledgers");
    assertEquals(CrmJson.write(expected.topics()), CrmJson.write(actual.topics()), "topics");
    assertEquals(expected.events(), actual.events(), "events");
    assertEquals(expected.commitments(), actual.commitments(), "commitments");
    assertEquals(expected.holdings(), actual.holdings(), "holdings");
    assertEquals(expected.households().toString(), actual.households().toString(), "households");
    assertEquals(CrmJson.write(expected.ballots()), CrmJson.write(actual.ballots()), "ballots");
    assertEquals(CrmJson.write(expected.ideas()), CrmJson.write(actual.ideas()), "ideas");
    assertEquals(CrmJson.write(expected.markets()), CrmJson.write(actual.markets()), "markets");
    assertEquals(expected.scores(), actual.scores(), "scores");
    assertEquals(expected, actual);
  }

  /** The data in an order that does not depend on where a merge or unmerge put entries. */
  static HeldData normalised(HeldData h) {
    List<ConsentLedger> ledgers = new ArrayList<>(h.ledgers());
    ledgers.sort(Comparator.comparing(ConsentLedger::customer));
    List<TimelineEvent> events = new ArrayList<>(h.events());
    events.sort(TimelineEvent.ORDER);
    var commitments = new ArrayList<>(h.commitments());
    commitments.sort(Comparator.comparing(c -> c.id().value()));
    var holdings = new ArrayList<>(h.holdings());
    holdings.sort(Comparator.comparing(x -> x.customer() + "|" + x.product() + "|" + x.value() + "|" + x.asOf()));
    var topics = new ArrayList<>(h.topics());
    topics.sort(Comparator.comparing(TopicLedger::customer));
    return HeldData.builder().from(h).ledgers(ledgers).topics(topics).events(events).commitments(commitments).holdings(holdings)
        .scores(new TreeMap<>(h.scores())).build();
  }
}
