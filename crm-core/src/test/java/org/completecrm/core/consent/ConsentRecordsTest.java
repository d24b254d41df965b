package org.completecrm.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/** What real consent records need: a future start, double opt-in, legal basis, a contact point; old JSON unchanged. */
class ConsentRecordsTest {
  private static final CustomerId C = CustomerId.of("c-1");
  private static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");
  private static final String OLD_JSON = "{\"customer\":\"c-1\",\"entries\":[{\"action\":\"GRANTED\",\"channel\":\"EMAIL\","
      + "\"customer\":\"c-1\",\"evidence\":\"f-1\",\"expiresAt\":null,\"purpose\":\"MARKETING\","
      + "\"recordedAt\":\"2024-05-01T00:00:00Z\",\"source\":\"web-form\"}]}";

  private static ImmutableConsentEntry.Builder entry(ConsentAction action, Instant at) {
    return ConsentEntry.builder().customer(C).channel(Channel.EMAIL).purpose(Purpose.MARKETING).action(action)
        .recordedAt(at).source("web-form").evidence("f-1");
  }

  @Test
  void aRequestIsPendingUntilConfirmedAndTheConfirmationGrantsWithTheRequestsExpiry() {
    Instant july = Instant.parse("2024-07-01T00:00:00Z");
    ConsentLedger l = ConsentLedger.empty(C).append(entry(ConsentAction.REQUESTED, MAY).expiresAt(july).build());
    assertEquals(ConsentStatus.PENDING_CONFIRMATION, l.effective(Channel.EMAIL, Purpose.MARKETING, MAY).status());
    assertFalse(l.allows(Channel.EMAIL, Purpose.MARKETING, JUNE));
    ConsentLedger confirmed = l.append(entry(ConsentAction.CONFIRMED, JUNE).build());
    assertTrue(confirmed.allows(Channel.EMAIL, Purpose.MARKETING, JUNE));
    assertEquals(ConsentStatus.EXPIRED, confirmed.effective(Channel.EMAIL, Purpose.MARKETING, july).status());
  }

  @Test
  void aConfirmationWithoutAPendingRequestIsIgnored() {
    ConsentLedger l = ConsentLedger.empty(C).append(entry(ConsentAction.WITHDRAWN, MAY).build())
        .append(entry(ConsentAction.CONFIRMED, JUNE).build());
    assertEquals(ConsentStatus.WITHDRAWN, l.effective(Channel.EMAIL, Purpose.MARKETING, JUNE).status());
  }

  @Test
  void aGrantWithAFutureStartCountsFromItsStart() {
    ConsentLedger l = ConsentLedger.empty(C).append(entry(ConsentAction.GRANTED, MAY).startsAt(JUNE)
        .legalBasis(LegalBasis.CONSENT).build());
    assertEquals(ConsentStatus.NEVER_GIVEN, l.effective(Channel.EMAIL, Purpose.MARKETING, MAY.plusSeconds(86_400)).status());
    assertTrue(l.allows(Channel.EMAIL, Purpose.MARKETING, JUNE));
    assertEquals(l, CrmJson.read(CrmJson.write(l), ConsentLedger.class));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> entry(ConsentAction.GRANTED, JUNE).startsAt(MAY).build());
    assertEquals("ConsentEntry.startsAt", e.field());
  }

  @Test
  void consentForOneContactPointCountsForItOnlyAndIsNotPrinted() {
    ConsentEntry grant = entry(ConsentAction.GRANTED, MAY).contactPoint("ann.lee@example.org").build();
    ConsentLedger l = ConsentLedger.empty(C).append(grant);
    assertTrue(l.effective(Channel.EMAIL, Purpose.MARKETING, "ann.lee@example.org", JUNE).allowed());
    assertFalse(l.effective(Channel.EMAIL, Purpose.MARKETING, "other@example.org", JUNE).allowed());
    assertFalse(l.allows(Channel.EMAIL, Purpose.MARKETING, JUNE));
    ConsentLedger withdrawn = l.append(entry(ConsentAction.WITHDRAWN, JUNE).build());
    assertFalse(withdrawn.effective(Channel.EMAIL, Purpose.MARKETING, "ann.lee@example.org", JUNE).allowed());
    assertFalse(grant.describe().contains("ann.lee"));
    assertFalse(grant.toString().contains("ann.lee"));
  }

  @Test
  void aLedgerWrittenBeforeTheNewFieldsReadsAndWritesUnchanged() {
    ConsentLedger l = CrmJson.read(OLD_JSON, ConsentLedger.class);
    assertTrue(l.allows(Channel.EMAIL, Purpose.MARKETING, JUNE));
    assertEquals(OLD_JSON, CrmJson.write(l));
  }
}
