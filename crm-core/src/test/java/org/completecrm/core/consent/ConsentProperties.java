package org.completecrm.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.testing.CoreGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Effective consent is a function of the ledger's entries alone, with withdrawals winning ties and expiry respected. */
class ConsentProperties {
  private static final CustomerId C = CustomerId.of("c-1");
  private static final Gen<ConsentLedger> LEDGERS = CoreGen.consentLedgers(C, 16);
  private static final Gen<Instant> PROBES =
      SourceDSL.integers().between(0, 14).map(i -> CoreGen.EPOCH.plus(Duration.ofDays(30L * i)).plusSeconds(i % 3));

  @Test
  void theOrderOfEntriesDoesNotMatter() {
    qt().withExamples(300).forAll(LEDGERS, SourceDSL.longs().all(), PROBES).checkAssert((ledger, seed, at) -> {
      List<ConsentEntry> shuffled = new ArrayList<>(ledger.entries());
      Collections.shuffle(shuffled, new Random(seed));
      ConsentLedger other = ConsentLedger.builder().customer(C).entries(shuffled).build();
      for (Channel ch : Channel.values()) {
        for (Purpose p : Purpose.values()) {
          assertEquals(ledger.effective(ch, p, at), other.effective(ch, p, at));
        }
      }
    });
  }

  @Test
  void effectiveConsentMatchesAStraightforwardReading() {
    qt().withExamples(300).forAll(LEDGERS, PROBES).checkAssert((ledger, at) -> {
      for (Channel ch : Channel.values()) {
        for (Purpose p : Purpose.values()) {
          assertEquals(reference(ledger, ch, p, at), ledger.effective(ch, p, at).status(), () -> ch + "/" + p + " " + ledger.entries());
        }
      }
    });
  }

  /** The rule in plain words: the latest entry decides; a withdrawal at the same instant as a grant wins; a lapsed grant is expired. */
  private static ConsentStatus reference(ConsentLedger ledger, Channel ch, Purpose p, Instant at) {
    Instant latest = null;
    for (ConsentEntry e : ledger.entries()) {
      if (e.channel() == ch && e.purpose() == p && !e.recordedAt().isAfter(at)
          && (latest == null || e.recordedAt().isAfter(latest))) {
        latest = e.recordedAt();
      }
    }
    if (latest == null) {
      return ConsentStatus.NEVER_GIVEN;
    }
    Instant decisive = latest;
    List<ConsentEntry> then = ledger.entries().stream()
        .filter(e -> e.channel() == ch && e.purpose() == p && e.recordedAt().equals(decisive)).toList();
    if (then.stream().anyMatch(e -> e.action() == ConsentAction.WITHDRAWN)) {
      return ConsentStatus.WITHDRAWN;
    }
    boolean anyLive = then.stream().anyMatch(e -> e.expiresAt().map(at::isBefore).orElse(true));
    return anyLive ? ConsentStatus.GRANTED : ConsentStatus.EXPIRED;
  }

  @Test
  void aWithdrawalAtTheSameInstantAsAGrantWins() {
    qt().withExamples(200).forAll(LEDGERS, CoreGen.consentEntries(C, PROBES)).checkAssert((ledger, e) -> {
      Instant t = ledger.entries().stream().map(ConsentEntry::recordedAt).max(Instant::compareTo)
          .orElse(CoreGen.EPOCH).plusSeconds(1);
      ConsentEntry grant = ConsentEntry.builder().from(e).action(ConsentAction.GRANTED).recordedAt(t)
          .expiresAt(java.util.Optional.empty()).build();
      ConsentEntry withdrawal = ConsentEntry.builder().from(grant).action(ConsentAction.WITHDRAWN).build();
      ConsentLedger a = ledger.append(grant).append(withdrawal);
      ConsentLedger b = ledger.append(withdrawal).append(grant);
      assertEquals(ConsentStatus.WITHDRAWN, a.effective(e.channel(), e.purpose(), t).status());
      assertEquals(ConsentStatus.WITHDRAWN, b.effective(e.channel(), e.purpose(), t).status());
    });
  }

  @Test
  void aGrantLapsesExactlyAtItsExpiry() {
    qt().withExamples(200).forAll(LEDGERS, CoreGen.durationsUpTo(Duration.ofDays(400))).checkAssert((ledger, life) -> {
      Instant t = ledger.entries().stream().map(ConsentEntry::recordedAt).max(Instant::compareTo)
          .orElse(CoreGen.EPOCH).plusSeconds(1);
      ConsentLedger l = ledger.append(ConsentEntry.builder().customer(C).channel(Channel.SMS).purpose(Purpose.RESEARCH)
          .action(ConsentAction.GRANTED).recordedAt(t).expiresAt(t.plus(life)).source("app").evidence("ev").build());
      assertEquals(ConsentStatus.GRANTED, l.effective(Channel.SMS, Purpose.RESEARCH, t.plus(life).minusNanos(1)).status());
      assertEquals(ConsentStatus.EXPIRED, l.effective(Channel.SMS, Purpose.RESEARCH, t.plus(life)).status());
    });
  }

  @Test
  void onlyAGrantInForceAllowsContact() {
    qt().withExamples(200).forAll(LEDGERS, PROBES).checkAssert((ledger, at) -> {
      for (Channel ch : Channel.values()) {
        EffectiveConsent e = ledger.effective(ch, Purpose.MARKETING, at);
        assertEquals(e.status() == ConsentStatus.GRANTED, ledger.allows(ch, Purpose.MARKETING, at));
      }
    });
  }
}
