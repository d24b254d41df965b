package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CaseId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentStatus;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.rules.ruleset.CapPolicy;
import org.junit.jupiter.api.Test;

/** Reasons are values with typed fields; the sentence is written from them when read, and JSON keeps the sentence. */
class ReasonTest {
  private static final Instant AT = Instant.parse("2026-11-23T10:15:00Z");

  @Test
  void equalityComparesTheFieldsNotTheSentence() {
    Reason ranked = new Ranking(1, 0.5, 0.5, 1, 1, false);
    assertEquals(new Ranking(1, 0.5, 0.5, 1, 1, false), ranked);
    assertEquals(ranked.hashCode(), new Ranking(1, 0.5, 0.5, 1, 1, false).hashCode());
    // The same sentence from different fields: 0.50001 and 0.5 both read "0.50".
    Reason close = new Ranking(1, 0.5, 0.50001, 1, 1, false);
    assertEquals(ranked.text(), close.text());
    assertNotEquals(ranked, close);
    // A stated reason with the same words is a different value.
    assertNotEquals(new StatedReason(ranked.stage(), ranked.by(), ranked.text()), ranked);
  }

  @Test
  void eachKindWritesItsSentenceFromItsFields() {
    EffectiveConsent never = new EffectiveConsent(Channel.EMAIL, Purpose.RESEARCH, AT, ConsentStatus.NEVER_GIVEN,
        Optional.empty());
    Reason consent = new ConsentRefused(never, false, Optional.empty());
    assertEquals("consent:EMAIL/RESEARCH", consent.by());
    assertEquals("No research contact on e-mail: consent EMAIL/RESEARCH: never given.", consent.text());
    assertEquals("No research contact in this e-mail session at 2026-11-24T09:00:00Z after the quiet hours: consent"
        + " EMAIL/RESEARCH: never given.", new ConsentRefused(never, true, Optional.of(Instant.parse(
            "2026-11-24T09:00:00Z"))).text());
    CapPolicy cap = CapPolicy.builder().id("weekly").channel(Channel.EMAIL).purpose(Purpose.MARKETING).max(2)
        .window(Duration.ofDays(7)).build();
    Reason capped = new CapReached(cap, 2);
    assertEquals("policy:cap.weekly", capped.by());
    assertEquals("Cap 'weekly' (at most 2 EMAIL/MARKETING contacts in any 7 days) reached: 2 already fall in such a"
        + " window.", capped.text());
    assertEquals("The decision already has its 1 action; this one ranked 2.", new BeyondMaxActions(1, 2).text());
    assertEquals("The decision already has its 3 actions; this one ranked 5.", new BeyondMaxActions(3, 5).text());
    CoolingDown cooling = new CoolingDown(OfferId.of("gold"), AT, Duration.ofDays(30));
    assertEquals(Instant.parse("2026-12-23T10:15:00Z"), cooling.until());
    assertTrue(cooling.text().contains("until 2026-12-23T10:15:00Z (cool-down of 30 days)"), cooling.text());
    assertEquals("action:gold.eligibility", new ActionConditionFailed(Stage.ELIGIBILITY, OfferId.of("gold"), "Gold").by());
  }

  @Test
  void jsonHoldsTheKindTheFieldsAndTheSentenceAndReadsBackTheSameValue() {
    Reason r = new SuppressedByFlag(Purpose.MARKETING, "hardship");
    String json = CrmJson.write(r);
    assertEquals("{\"type\":\"suppressedByFlag\",\"flag\":\"hardship\",\"purpose\":\"MARKETING\",\"by\":"
        + "\"policy:suppression.flag\",\"stage\":\"CONTACT_POLICY\",\"text\":\"No marketing contact: the customer's"
        + " 'hardship' flag is raised.\"}", json);
    assertEquals(r, CrmJson.read(json, Reason.class));
    // The sentence is written, never read: a changed sentence reads back as the same value.
    assertEquals(r, CrmJson.read(json.replace("is raised", "was raised"), Reason.class));
    Reason stated = new StatedReason(Stage.RULES, "rule:r1", "Proposed by rule r1.");
    assertEquals(stated, CrmJson.read(CrmJson.write(stated), Reason.class));
    assertEquals(stated, CrmJson.read("{\"by\":\"rule:r1\",\"stage\":\"RULES\",\"text\":\"Proposed by rule r1.\"}",
        Reason.class));
  }

  /** The records below {@code sealed}, through the sealed interfaces that group some of them. */
  private static int kinds(Class<?> sealed) {
    Class<?>[] permitted = sealed.getPermittedSubclasses();
    if (permitted == null) {
      return 1;
    }
    int n = 0;
    for (Class<?> k : permitted) {
      n += kinds(k);
    }
    return n;
  }

  /** One reason of every kind but ChosenBecause. */
  static List<Reason> everyKind() {
    EffectiveConsent never = new EffectiveConsent(Channel.EMAIL, Purpose.RESEARCH, AT, ConsentStatus.NEVER_GIVEN,
        Optional.empty());
    CapPolicy cap = CapPolicy.builder().id("weekly").channel(Channel.EMAIL).max(2).window(Duration.ofDays(7)).build();
    OfferId gold = OfferId.of("gold");
    List<Reason> all = List.of(new RuleProposed("r1", Optional.of("why")), new RuleSuppressed("r1", "not now"),
        new ActionConditionFailed(Stage.SUITABILITY, gold, "Gold"), new NotYetAvailable(gold, "Gold", AT),
        new AvailabilityEnded(gold, "Gold", AT), new AlreadyAccepted(gold, "Gold", AT),
        new UpsellDuringComplaint(CaseId.of("case-1")), new UpsellWhileValueFalls(-0.25), new BeyondMaxActions(3, 4),
        new PresentationLimitReached(gold, 2, Duration.ofDays(90), 2), new Ranking(2, 1.5, 0.3, 5, 1, false),
        new SuppressedByFlag(Purpose.MARKETING, "hardship"), new MarketingDuringComplaint(CaseId.of("case-1"), AT),
        new DetractorFeedback(Purpose.MARKETING, SurveyKind.NPS, 3, AT, Duration.ofDays(90)),
        new CoolingDown(gold, AT, Duration.ofDays(45)), new NoChannels(), new NotAnOutboundChannel(Channel.WEB),
        new QuietAllDay(Channel.SMS), new ConsentRefused(never, true, Optional.of(AT)),
        new CustomerFrequencyReached(ContactFrequency.of(2, Duration.ofDays(7)), 2), new CapReached(cap, 2),
        new ChannelVolumeReached(Channel.EMAIL, 1, 1), new InCustomerSession(Channel.PHONE, Purpose.SERVICE,
            Optional.of(never)), new ContactNow(Channel.EMAIL, Purpose.SERVICE, Optional.empty()),
        new DeferredForQuietHours(Channel.SMS, AT, AT.plusSeconds(3600), QuietHours.of(LocalTime.of(20, 0),
            LocalTime.of(9, 0), ZoneId.of("Europe/London")), Optional.of(never)),
        new StatedReason(Stage.VOLUME, "policy:x", "Stated."),
        new HouseholdHarmSignal(2, org.completecrm.core.household.HouseholdRole.PARTNER, Optional.empty(),
            Optional.of(org.completecrm.core.timeline.Severity.HIGH)),
        new HeldByHousehold(gold, 3, org.completecrm.core.household.HouseholdRole.DEPENDANT,
            Optional.of(org.completecrm.core.timeline.OfferResponse.REJECTED), AT, Optional.of(Duration.ofDays(30))),
        new TopicOptedOut(gold, "pensions"), new NoStatedInterest(gold, java.util.Set.of("pensions", "savings")),
        new RoutedToSelfService(gold, OfferId.of("self"), Channel.WEB, 0.02, 4.5));
    return all;
  }

  @Test
  void everyKindOfReasonRoundTripsThroughJson() {
    List<Reason> all = everyKind();
    assertEquals(kinds(Reason.class) - 1, all.size(), "every kind but ChosenBecause");
    for (Reason r : all) {
      String json = CrmJson.write(r);
      assertEquals(r, CrmJson.read(json, Reason.class), json);
      assertTrue(json.contains(CrmJson.write(r.text())), json);
    }
  }

  @Test
  void badPartsAreNamed() {
    InvalidValueException blank = assertThrows(InvalidValueException.class,
        () -> new StatedReason(Stage.RULES, "rule:r1", " "));
    assertTrue(blank.getMessage().contains("Reason.text"), blank.getMessage());
    InvalidValueException by = assertThrows(InvalidValueException.class, () -> new StatedReason(Stage.RULES, null, "x"));
    assertTrue(by.getMessage().contains("Reason.by"), by.getMessage());
    InvalidValueException flag = assertThrows(InvalidValueException.class,
        () -> new SuppressedByFlag(Purpose.MARKETING, ""));
    assertTrue(flag.getMessage().contains("SuppressedByFlag.flag"), flag.getMessage());
    InvalidValueException stage = assertThrows(InvalidValueException.class,
        () -> new ActionConditionFailed(Stage.VOLUME, OfferId.of("gold"), "Gold"));
    assertTrue(stage.getMessage().contains("ActionConditionFailed.stage"), stage.getMessage());
    InvalidValueException json = assertThrows(InvalidValueException.class,
        () -> CrmJson.read("{\"stage\":\"RULES\",\"by\":\"rule:r1\"}", Reason.class));
    assertTrue(json.getMessage().contains("text"), json.getMessage());
  }
}
