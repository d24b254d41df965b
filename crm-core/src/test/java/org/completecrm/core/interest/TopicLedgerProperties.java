package org.completecrm.core.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.CoreGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The topic ledger: order-independent, restricting entries win ties, an opt-out holds until taken back. */
class TopicLedgerProperties {
  private static final CustomerId C = CustomerId.of("c-1");
  private static final List<String> TOPICS = List.of("pensions", "savings", "mortgages", "events");
  private static final Gen<Instant> INSTANTS =
      SourceDSL.integers().between(0, 20).map(i -> CoreGen.EPOCH.plus(Duration.ofDays(10L * i)));
  private static final Gen<TopicEntry> ENTRIES = in -> TopicEntry.builder().customer(C)
      .topic(TOPICS.get(SourceDSL.integers().between(0, 3).generate(in)))
      .action(TopicAction.values()[SourceDSL.integers().between(0, 3).generate(in)])
      .recordedAt(INSTANTS.generate(in)).source("web").evidence("ev-" + SourceDSL.integers().between(0, 3).generate(in))
      .build();
  private static final Gen<TopicLedger> LEDGERS = SourceDSL.lists().of(ENTRIES).ofSizeBetween(0, 16)
      .map(es -> TopicLedger.builder().customer(C).entries(es).build());

  @Test
  void theOrderOfEntriesDoesNotMatter() {
    qt().withExamples(300).forAll(LEDGERS, SourceDSL.longs().all(), INSTANTS).checkAssert((ledger, seed, at) -> {
      List<TopicEntry> shuffled = new ArrayList<>(ledger.entries());
      Collections.shuffle(shuffled, new Random(seed));
      TopicLedger other = TopicLedger.builder().customer(C).entries(shuffled).build();
      for (String t : TOPICS) {
        assertEquals(ledger.optedOut(t, at), other.optedOut(t, at));
        assertEquals(ledger.interested(t, at), other.interested(t, at));
      }
      assertEquals(ledger.interestsAt(at), other.interestsAt(at));
    });
  }

  @Test
  void anOptOutHoldsFromItsInstantUntilTakenBackWhateverElseHappensThen() {
    qt().withExamples(300).forAll(LEDGERS, INSTANTS, ENTRIES).checkAssert((ledger, later, sameInstant) -> {
      Instant t = CoreGen.EPOCH.plus(Duration.ofDays(200));
      TopicEntry out = TopicEntry.builder().customer(C).topic("pensions").action(TopicAction.OPTED_OUT).recordedAt(t)
          .source("web").evidence("ev-x").build();
      TopicEntry other = TopicEntry.builder().from(sameInstant).topic("pensions").recordedAt(t).build();
      TopicLedger l = ledger.append(out).append(other);
      Instant probe = later.isBefore(t) ? t : later;
      assertTrue(l.optedOut("pensions", probe));
    });
  }

  @Test
  void ledgersRoundTripThroughJsonAndBadTopicsAreTypedErrors() {
    qt().withExamples(100).forAll(LEDGERS).checkAssert(l -> assertEquals(l, CrmJson.read(CrmJson.write(l), TopicLedger.class)));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TopicEntry.builder().customer(C)
        .topic("Pensions!").action(TopicAction.INTERESTED).recordedAt(CoreGen.EPOCH).source("web").evidence("e").build());
    assertEquals("TopicEntry.topic", e.field());
    assertFalse(TopicLedger.empty(C).optedOut("pensions", CoreGen.EPOCH));
  }
}
