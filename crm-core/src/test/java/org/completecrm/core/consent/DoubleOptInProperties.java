package org.completecrm.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.testing.CoreGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Double opt-in, future starts and contact points: a pending request never counts as consent, and
 * the ledger agrees with a plain fold of its entries in effect order.
 */
class DoubleOptInProperties {
  private static final CustomerId C = CustomerId.of("c-1");
  private static final List<String> POINTS = List.of("a@example.org", "b@example.org");
  private static final Gen<Instant> PROBES =
      SourceDSL.integers().between(0, 30).map(i -> CoreGen.EPOCH.plus(Duration.ofDays(15L * i)));
  private static final Gen<ConsentLedger> LEDGERS = SourceDSL.lists().of(entries()).ofSizeBetween(0, 14)
      .map(es -> ConsentLedger.builder().customer(C).entries(es).build());

  /** Entries of every action, on one channel and purpose, some with a start, an expiry, a contact point. */
  static Gen<ConsentEntry> entries() {
    Gen<Integer> day = SourceDSL.integers().between(0, 30);
    return in -> {
      ConsentAction action = ConsentAction.values()[SourceDSL.integers().between(0, 3).generate(in)];
      Instant at = CoreGen.EPOCH.plus(Duration.ofDays(15L * day.generate(in)));
      var b = ConsentEntry.builder().customer(C).channel(Channel.EMAIL).purpose(Purpose.MARKETING).action(action)
          .recordedAt(at).source("web").evidence("ev-" + day.generate(in));
      Instant from = at;
      if (SourceDSL.integers().between(0, 3).generate(in) == 0) {
        from = at.plus(Duration.ofDays(1 + day.generate(in)));
        b.startsAt(from);
      }
      if (action != ConsentAction.WITHDRAWN && SourceDSL.integers().between(0, 2).generate(in) == 0) {
        b.expiresAt(from.plus(Duration.ofDays(1 + 3L * day.generate(in))));
      }
      int point = SourceDSL.integers().between(0, 3).generate(in);
      if (point < POINTS.size()) {
        b.contactPoint(POINTS.get(point));
      }
      if (SourceDSL.booleans().all().generate(in)) {
        b.legalBasis(LegalBasis.values()[SourceDSL.integers().between(0, 5).generate(in)]);
      }
      return b.build();
    };
  }

  @Test
  void aPendingDoubleOptInNeverCountsAsConsent() {
    qt().withExamples(400).forAll(LEDGERS, PROBES).checkAssert((ledger, at) -> {
      List<ConsentEntry> withoutConsent = new ArrayList<>();
      for (ConsentEntry e : ledger.entries()) {
        if (e.action() == ConsentAction.REQUESTED || e.action() == ConsentAction.WITHDRAWN) {
          withoutConsent.add(e);
        }
      }
      ConsentLedger pending = ConsentLedger.builder().customer(C).entries(withoutConsent).build();
      assertFalse(pending.allows(Channel.EMAIL, Purpose.MARKETING, at));
      for (String p : POINTS) {
        assertFalse(pending.effective(Channel.EMAIL, Purpose.MARKETING, p, at).allowed());
      }
      EffectiveConsent e = ledger.effective(Channel.EMAIL, Purpose.MARKETING, at);
      if (e.decidingEntry().map(x -> x.action() == ConsentAction.REQUESTED).orElse(false)) {
        assertFalse(e.allowed());
      }
    });
  }

  @Test
  void theLedgerAgreesWithAFoldOfItsEntriesInEffectOrder() {
    qt().withExamples(400).forAll(LEDGERS, PROBES).checkAssert((ledger, at) -> {
      assertEquals(fold(ledger, null, at), ledger.effective(Channel.EMAIL, Purpose.MARKETING, at).status());
      for (String p : POINTS) {
        assertEquals(fold(ledger, p, at), ledger.effective(Channel.EMAIL, Purpose.MARKETING, p, at).status());
      }
    });
  }

  /** The reference: entries in effect order, a request pending until confirmed right after it. */
  private static ConsentStatus fold(ConsentLedger ledger, String point, Instant at) {
    List<ConsentEntry> in = new ArrayList<>();
    for (ConsentEntry e : ledger.entries()) {
      if (!e.effectiveFrom().isAfter(at) && (e.contactPoint().isEmpty() || e.contactPoint().get().equals(point))) {
        in.add(e);
      }
    }
    in.sort(ConsentEntry.EFFECT_ORDER);
    ConsentStatus state = ConsentStatus.NEVER_GIVEN;
    Optional<Instant> expiry = Optional.empty();
    ConsentEntry last = null;
    for (ConsentEntry e : in) {
      switch (e.action()) {
        case GRANTED -> {
          state = ConsentStatus.GRANTED;
          expiry = e.expiresAt();
        }
        case WITHDRAWN -> state = ConsentStatus.WITHDRAWN;
        case REQUESTED -> {
          state = ConsentStatus.PENDING_CONFIRMATION;
          expiry = e.expiresAt();
        }
        case CONFIRMED -> {
          if (last != null && last.action() == ConsentAction.REQUESTED) {
            state = ConsentStatus.GRANTED;
            expiry = e.expiresAt().isPresent() ? e.expiresAt() : last.expiresAt();
          }
        }
      }
      last = e;
    }
    if (state == ConsentStatus.GRANTED && expiry.isPresent() && !at.isBefore(expiry.get())) {
      return ConsentStatus.EXPIRED;
    }
    return state;
  }
}
