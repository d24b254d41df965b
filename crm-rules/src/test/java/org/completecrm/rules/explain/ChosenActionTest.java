package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.ruleset.ActionKind;
import org.junit.jupiter.api.Test;

class ChosenActionTest {
  private static final OfferId CALL_BACK = OfferId.of("call-back");
  private static final Optional<TeamId> BACK_OFFICE = Optional.of(TeamId.of("back-office"));

  private static ChosenBecause because(int position) {
    return new ChosenBecause(CALL_BACK, "Call back", ActionKind.SERVICE, Purpose.SERVICE,
        new RuleProposed("r1", Optional.empty()), new Ranking(position, 31.7, 0.5, 50, 1, true),
        new InCustomerSession(Channel.PHONE, Purpose.SERVICE, Optional.empty()), BACK_OFFICE);
  }

  private static ChosenAction callBack(Optional<String> message, Reason why) {
    return new ChosenAction(1, CALL_BACK, "Call back", ActionKind.SERVICE, Purpose.SERVICE, Channel.PHONE,
        Delivery.IN_SESSION, Instant.parse("2026-11-23T10:15:00Z"), false, 31.7, message, BACK_OFFICE, why);
  }

  @Test
  void theExplanationIsTheSentenceOfWhyItWasChosen() {
    ChosenAction a = callBack(Optional.empty(), because(1));
    assertEquals("Call back (service, service): Proposed by rule r1. Ranked 1 with score 31.7000 (propensity 0.50,"
        + " value 50, lever 1); service first because the customer has an open problem. In the customer's phone"
        + " session now: the customer started it, so no consent is needed for service. Route to back-office.",
        a.explanation());
    assertEquals(a, callBack(Optional.empty(), because(1)));
    assertNotEquals(a, callBack(Optional.empty(), because(2)));
  }

  @Test
  void roundTripsThroughJsonWithItsReasonAndTheSentenceBeside() {
    for (ChosenAction a : new ChosenAction[] {callBack(Optional.empty(), because(1)),
        callBack(Optional.of("Dear Bea"), because(1))}) {
      String json = CrmJson.write(a);
      assertTrue(json.contains("\"explanation\":\"" + a.explanation() + "\","), json);
      assertTrue(json.contains("\"type\":\"chosenBecause\""), json);
      ChosenAction back = CrmJson.read(json, ChosenAction.class);
      assertEquals(a, back);
      assertEquals(json, CrmJson.write(back));
    }
  }

  @Test
  void theMessageIsNotShownByToString() {
    String s = callBack(Optional.of("Dear Bea"), because(1)).toString();
    assertFalse(s.contains("Bea"), s);
    assertTrue(s.contains("8 characters, not shown"), s);
  }

  @Test
  void missingOrBadPartsAreNamed() {
    InvalidValueException noWhy = assertThrows(InvalidValueException.class, () -> callBack(Optional.empty(), null));
    assertTrue(noWhy.getMessage().contains("ChosenAction.why"), noWhy.getMessage());
    InvalidValueException nan = assertThrows(InvalidValueException.class, () -> new ChosenAction(1, CALL_BACK, "Call back",
        ActionKind.SERVICE, Purpose.SERVICE, Channel.PHONE, Delivery.IN_SESSION, Instant.EPOCH, false, Double.NaN,
        Optional.empty(), Optional.empty(), because(1)));
    assertTrue(nan.getMessage().contains("ChosenAction.score"), nan.getMessage());
    InvalidValueException json = assertThrows(InvalidValueException.class,
        () -> CrmJson.read(CrmJson.write(callBack(Optional.empty(), because(1))).replace("\"rank\":1,", ""),
            ChosenAction.class));
    assertTrue(json.getMessage().contains("rank"), json.getMessage());
    String stated = CrmJson.write(new ChosenAction(1, CALL_BACK, "Call back", ActionKind.SERVICE, Purpose.SERVICE,
        Channel.PHONE, Delivery.IN_SESSION, Instant.EPOCH, false, 1, Optional.empty(), Optional.empty(),
        new StatedReason(Stage.CHOSEN, "action:call-back", "Why.")));
    InvalidValueException noWhyInJson = assertThrows(InvalidValueException.class, () -> CrmJson.read(
        stated.replaceAll(",\"why\":\\{[^}]*\\}", ""), ChosenAction.class));
    assertTrue(noWhyInJson.getMessage().contains("why"), noWhyInJson.getMessage());
  }
}
