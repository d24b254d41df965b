package org.completecrm.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.junit.jupiter.api.Test;

/** The consent ledger on examples: grants, withdrawals, expiry and their explanations. */
class ConsentLedgerTest {
  private static final CustomerId ALICE = CustomerId.of("c-alice");
  private static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");

  private static ConsentEntry entry(ConsentAction action, Instant at) {
    return ConsentEntry.builder().customer(ALICE).channel(Channel.EMAIL).purpose(Purpose.MARKETING)
        .action(action).recordedAt(at).source("web-form").evidence("f-1").build();
  }

  @Test
  void withdrawalAfterGrantWins() {
    ConsentLedger l = ConsentLedger.empty(ALICE).append(entry(ConsentAction.GRANTED, MAY)).append(entry(ConsentAction.WITHDRAWN, JUNE));
    assertTrue(l.allows(Channel.EMAIL, Purpose.MARKETING, MAY));
    assertEquals(ConsentStatus.WITHDRAWN, l.effective(Channel.EMAIL, Purpose.MARKETING, JUNE).status());
    assertEquals("EMAIL/MARKETING: withdrawn (EMAIL/MARKETING withdrawn 2024-06-01T00:00:00Z via web-form)",
        l.effective(Channel.EMAIL, Purpose.MARKETING, JUNE).describe());
  }

  @Test
  void withdrawalAtTheSameInstantWins() {
    ConsentLedger l = ConsentLedger.empty(ALICE).append(entry(ConsentAction.WITHDRAWN, MAY)).append(entry(ConsentAction.GRANTED, MAY));
    assertEquals(ConsentStatus.WITHDRAWN, l.effective(Channel.EMAIL, Purpose.MARKETING, MAY).status());
  }

  @Test
  void aLapsedGrantIsExpired() {
    ConsentEntry grant = ConsentEntry.builder().from(entry(ConsentAction.GRANTED, MAY)).expiresAt(JUNE).build();
    ConsentLedger l = ConsentLedger.empty(ALICE).append(grant);
    assertEquals(ConsentStatus.GRANTED, l.effective(Channel.EMAIL, Purpose.MARKETING, JUNE.minusSeconds(1)).status());
    assertEquals(ConsentStatus.EXPIRED, l.effective(Channel.EMAIL, Purpose.MARKETING, JUNE).status());
    assertEquals(ConsentStatus.NEVER_GIVEN, l.effective(Channel.SMS, Purpose.MARKETING, JUNE).status());
    assertEquals("EMAIL/MARKETING: never given", l.effective(Channel.EMAIL, Purpose.MARKETING, MAY.minusSeconds(1)).describe());
  }

  @Test
  void anExpiryBeforeTheGrantIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ConsentEntry.builder().from(entry(ConsentAction.GRANTED, JUNE)).expiresAt(MAY).build());
    assertEquals("ConsentEntry.expiresAt: expected an instant after recordedAt 2024-06-01T00:00:00Z, got '2024-05-01T00:00:00Z'",
        e.getMessage());
  }

  @Test
  void aWithdrawalCannotExpire() {
    assertEquals("ConsentEntry.expiresAt", assertThrows(InvalidValueException.class,
        () -> ConsentEntry.builder().from(entry(ConsentAction.WITHDRAWN, MAY)).expiresAt(Optional.of(JUNE)).build()).field());
  }

  @Test
  void anEntryOfAnotherCustomerIsRejected() {
    ConsentEntry bobs = ConsentEntry.builder().from(entry(ConsentAction.GRANTED, MAY)).customer(CustomerId.of("c-bob")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ConsentLedger.empty(ALICE).append(bobs));
    assertEquals("ConsentLedger.entries[0].customer", e.field());
  }
}
