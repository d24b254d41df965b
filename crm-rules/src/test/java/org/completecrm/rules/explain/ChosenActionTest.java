package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.ruleset.ActionKind;
import org.junit.jupiter.api.Test;

class ChosenActionTest {
  private static ChosenAction.Builder callBack() {
    return ChosenAction.builder().rank(1).action(OfferId.of("call-back")).name("Call back").kind(ActionKind.SERVICE)
        .purpose(Purpose.SERVICE).channel(Channel.PHONE).delivery(Delivery.IN_SESSION)
        .sendAt(Instant.parse("2026-11-23T10:15:00Z")).deferred(false).score(31.7)
        .routeTo(Optional.of(TeamId.of("back-office")));
  }

  @Test
  void anExplanationInWordsIsWrittenOnFirstReadAndEqualsOneWrittenAtOnce() {
    AtomicInteger written = new AtomicInteger();
    ChosenAction worded = callBack().explanation(() -> {
      written.incrementAndGet();
      return "Call back (service, service): proposed by rule r1.";
    }).build();
    assertEquals(0, written.get());
    ChosenAction written1 = callBack().explanation("Call back (service, service): proposed by rule r1.").build();
    assertEquals(written1, worded);
    assertEquals(written1.hashCode(), worded.hashCode());
    assertEquals(1, written.get());
    assertEquals(written1.toString(), worded.toString());
    assertNotEquals(written1, callBack().explanation("Another sentence.").build());
    assertNotEquals(written1, callBack().rank(2).explanation("Call back (service, service): proposed by rule r1.").build());
  }

  @Test
  void roundTripsThroughJsonWithAndWithoutAMessage() {
    for (ChosenAction a : new ChosenAction[] {callBack().explanation(() -> "Why.").build(),
        callBack().message(Optional.of("Dear Bea")).routeTo(Optional.empty()).explanation("Why.").build()}) {
      String json = CrmJson.write(a);
      ChosenAction back = CrmJson.read(json, ChosenAction.class);
      assertEquals(a, back);
      assertEquals(json, CrmJson.write(back));
    }
  }

  @Test
  void missingOrBadPartsAreNamed() {
    InvalidValueException noWhy = assertThrows(InvalidValueException.class, () -> callBack().build());
    assertTrue(noWhy.getMessage().contains("ChosenAction.explanation"), noWhy.getMessage());
    InvalidValueException noChannel = assertThrows(InvalidValueException.class,
        () -> callBack().channel(null).explanation("Why.").build());
    assertTrue(noChannel.getMessage().contains("ChosenAction.channel"), noChannel.getMessage());
    InvalidValueException nan = assertThrows(InvalidValueException.class,
        () -> callBack().score(Double.NaN).explanation("Why.").build());
    assertTrue(nan.getMessage().contains("ChosenAction.score"), nan.getMessage());
    InvalidValueException noRank = assertThrows(InvalidValueException.class,
        () -> ChosenAction.builder().action(OfferId.of("x")).explanation("Why.").build());
    assertTrue(noRank.getMessage().contains("ChosenAction.rank"), noRank.getMessage());
    InvalidValueException json = assertThrows(InvalidValueException.class,
        () -> CrmJson.read(CrmJson.write(callBack().explanation("Why.").build()).replace("\"rank\":1,", ""),
            ChosenAction.class));
    assertTrue(json.getMessage().contains("rank"), json.getMessage());
  }
}
