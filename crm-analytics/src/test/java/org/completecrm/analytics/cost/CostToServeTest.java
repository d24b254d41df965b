package org.completecrm.analytics.cost;

import static org.completecrm.analytics.testing.Fixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.testing.Fixtures;
import org.completecrm.core.CaseId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;

class CostToServeTest {
  private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2025-01-01T00:00:00Z");
  private static final CustomerId ANNA = CustomerId.of("anna");
  private static final CustomerId BEN = CustomerId.of("ben");

  private static Interaction interaction(String id, CustomerId who, String at, Channel channel, CostDriver driver) {
    var b = Interaction.builder().id(EventId.of(id)).customer(who).at(Instant.parse(at)).channel(channel)
        .direction(Direction.INBOUND).type("contact");
    if (driver != null) {
      b.costDriver(driver);
    }
    return b.build();
  }

  private static List<TimelineEvent> timeline() {
    return List.of(
        interaction("e1", ANNA, "2024-03-01T10:00:00Z", Channel.PHONE, CostDriver.of("inbound-call", new BigDecimal("7.5"), "minute")),
        interaction("e2", ANNA, "2024-03-02T10:00:00Z", Channel.CHAT, CostDriver.of("inbound-call", new BigDecimal("4"), "minute")),
        interaction("e3", ANNA, "2024-06-30T23:59:59Z", Channel.EMAIL, CostDriver.once("email-handled")),
        interaction("e4", BEN, "2024-07-01T00:00:00Z", Channel.EMAIL, CostDriver.once("email-handled")),
        interaction("e5", BEN, "2024-08-01T00:00:00Z", Channel.WEB, null),
        interaction("e6", BEN, "2024-08-02T00:00:00Z", Channel.SMS, null),
        interaction("e7", BEN, "2024-08-03T00:00:00Z", Channel.SMS, CostDriver.once("sms-sent")),
        interaction("e8", BEN, "2023-12-31T23:59:59Z", Channel.BRANCH, CostDriver.once("branch-visit")),
        interaction("e1", ANNA, "2024-03-01T10:00:00Z", Channel.PHONE, CostDriver.of("inbound-call", new BigDecimal("7.5"), "minute")),
        CaseUpdated.builder().id(EventId.of("e9")).customer(BEN).at(Instant.parse("2024-09-01T00:00:00Z"))
            .caseId(CaseId.of("k1")).kind(CaseKind.COMPLAINT).severity(Severity.values()[0]).status(CaseStatus.OPEN).build(),
        CaseUpdated.builder().id(EventId.of("e10")).customer(BEN).at(Instant.parse("2024-09-05T00:00:00Z"))
            .caseId(CaseId.of("k1")).kind(CaseKind.COMPLAINT).severity(Severity.values()[0]).status(CaseStatus.CLOSED).build());
  }

  @Test
  void costsEachInteractionAtTheRateOfItsActivityChannelAndPeriod() {
    CostToServe<CustomerId> c = CostToServe.perCustomer(Fixtures.aRetailBankCard(), timeline(), FROM, UNTIL);
    // Anna: 7.5 min x 0.85 (phone) + 4 min x 0.70 (chat, every-channel rate) + 2.50 (e-mail before July); e1 counted once.
    assertEquals(eur("11.675"), c.of(ANNA));
    // Ben: 3.10 (e-mail from July) + 0.05 (web default) + 45.00 (one complaint, two updates); the branch visit is before the period.
    assertEquals(eur("48.15"), c.of(BEN));
    assertEquals(eur("59.825"), c.total());
    assertEquals(eur("6.375"), c.perChannel().get(Channel.PHONE));
    assertEquals(eur("2.80"), c.perChannel().get(Channel.CHAT));
    assertEquals(eur("45"), c.noChannel());
    assertEquals(eur("5.60"), c.perActivity().get("email-handled"));
    assertEquals(Map.of(CostToServe.NO_DRIVER, 1L, "sms-sent", 1L), c.uncostedByActivity());
    assertEquals(6, c.costed());
  }

  @Test
  void aHouseholdCarriesItsMembersCostsOnlyWhileTheyAreMembers() {
    Household h = Household.empty(HouseholdId.of("h1"))
        .join(ANNA, HouseholdRole.PRIMARY, Instant.parse("2024-01-01T00:00:00Z"))
        .join(BEN, HouseholdRole.PARTNER, Instant.parse("2024-07-15T00:00:00Z"));
    CostToServe<HouseholdId> c = CostToServe.perHousehold(Fixtures.aRetailBankCard(), List.of(h), timeline(), FROM, UNTIL);
    // Anna's 11.675 + Ben's web session (0.05) and complaint (45.00) after he joined; his July 1st e-mail was before.
    assertEquals(eur("56.725"), c.of(HouseholdId.of("h1")));
  }

  @Test
  void aDriverInTheWrongUnitIsRejected() {
    List<TimelineEvent> events = List.of(interaction("x", ANNA, "2024-03-01T10:00:00Z", Channel.PHONE,
        CostDriver.of("inbound-call", BigDecimal.ONE, "hour")));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CostToServe.perCustomer(Fixtures.aRetailBankCard(), events, FROM, UNTIL));
    assertEquals("CostDriver.unit", e.field());
  }

  @Test
  void aQuantityFinerThanThousandthsIsRejected() {
    List<TimelineEvent> events = List.of(interaction("x", ANNA, "2024-03-01T10:00:00Z", Channel.PHONE,
        CostDriver.of("inbound-call", new BigDecimal("1.0005"), "minute")));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CostToServe.perCustomer(Fixtures.aRetailBankCard(), events, FROM, UNTIL));
    assertEquals("CostDriver.quantity", e.field());
  }

  @Test
  void overlappingRatesForOneActivityAndChannelAreRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RateCard.of(Fixtures.EUR, List.of(
        ActivityRate.of("branch-visit", "occurrence", eur("12")),
        ActivityRate.of("branch-visit", "occurrence", eur("13")).startingAt(FROM))));
    assertEquals("RateCard.rates[1]", e.field());
  }

  @Test
  void ratesInAnotherCurrencyOrUnitAreRejected() {
    assertThrows(InvalidValueException.class, () -> RateCard.of(Fixtures.EUR, List.of(
        ActivityRate.of("branch-visit", "occurrence", org.completecrm.core.Money.of("12", "USD")))));
    assertThrows(InvalidValueException.class, () -> RateCard.of(Fixtures.EUR, List.of(
        ActivityRate.of("call", "minute", eur("1")), ActivityRate.of("call", "second", eur("1")).on(Channel.CHAT))));
    assertThrows(InvalidValueException.class, () -> ActivityRate.of("call", "minute", eur("-1")));
    assertThrows(InvalidValueException.class, () -> ActivityRate.of("call", "minute", eur("0.0000001")));
  }

  @Test
  void theColumnarAccumulatorAgreesWithTheObjectApi() {
    RateCard card = Fixtures.aRetailBankCard();
    CostAccumulator acc = new CostAccumulator(card, 2);
    int call = card.activityCode("inbound-call");
    acc.add(0, call, Channel.PHONE.ordinal(), Instant.parse("2024-03-01T10:00:00Z").getEpochSecond(), 7_500);
    acc.add(1, call, Channel.CHAT.ordinal(), Instant.parse("2024-03-01T10:00:00Z").getEpochSecond(), 4_000);
    CostAccumulator other = new CostAccumulator(card, 2);
    other.add(1, card.activityCode("complaint-handled"), CostAccumulator.NO_CHANNEL, FROM.getEpochSecond(), 1_000);
    acc.merge(other);
    CostToServe<String> c = CostToServe.of(acc, List.of("a", "b"));
    assertEquals(eur("6.375"), c.of("a"));
    assertEquals(eur("47.80"), c.of("b"));
    assertEquals(eur("54.175"), c.total());
    assertEquals(3, c.costed());
  }

  @Test
  void badColumnarCodesAreRejectedWithTheField() {
    CostAccumulator acc = new CostAccumulator(Fixtures.aRetailBankCard(), 2);
    assertEquals("CostAccumulator.owner",
        assertThrows(InvalidValueException.class, () -> acc.add(2, 0, 0, 0, 1)).field());
    assertEquals("CostAccumulator.channel",
        assertThrows(InvalidValueException.class, () -> acc.add(0, 0, 99, 0, 1)).field());
    assertEquals("CostAccumulator.addAll.range", assertThrows(InvalidValueException.class,
        () -> acc.addAll(new int[1], new byte[1], new byte[1], new long[1], new long[1], 0, 2)).field());
  }
}
