package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

class ReasonTest {
  @Test
  void wordsAreWrittenOnFirstReadAndOnlyOnce() {
    AtomicInteger written = new AtomicInteger();
    Reason r = Reason.worded(Stage.ARBITRATION, "policy:arbitration", () -> {
      written.incrementAndGet();
      return "Ranked 1 with score 0.5000.";
    });
    assertEquals(0, written.get());
    assertEquals("Ranked 1 with score 0.5000.", r.text());
    assertEquals("Ranked 1 with score 0.5000.", r.text());
    assertEquals(1, written.get());
  }

  @Test
  void aWordedReasonIsTheSameValueAsOneWrittenAtOnce() {
    Reason worded = Reason.worded(Stage.RULES, "rule:r1", () -> "Proposed by rule r1.");
    Reason written = Reason.of(Stage.RULES, "rule:r1", "Proposed by rule r1.");
    assertEquals(written, worded);
    assertEquals(written.hashCode(), worded.hashCode());
    assertEquals(written.toString(), worded.toString());
    assertEquals(CrmJson.write(written), CrmJson.write(worded));
    assertEquals(worded, CrmJson.read(CrmJson.write(worded), Reason.class));
    assertNotEquals(written, Reason.worded(Stage.RULES, "rule:r1", () -> "Proposed by rule r2."));
    assertNotEquals(written, Reason.of(Stage.VOLUME, "rule:r1", "Proposed by rule r1."));
  }

  @Test
  void badPartsAreNamed() {
    InvalidValueException blank = assertThrows(InvalidValueException.class, () -> Reason.of(Stage.RULES, "rule:r1", " "));
    assertTrue(blank.getMessage().contains("Reason.text"), blank.getMessage());
    InvalidValueException by = assertThrows(InvalidValueException.class, () -> Reason.worded(Stage.RULES, null, () -> "x"));
    assertTrue(by.getMessage().contains("Reason.by"), by.getMessage());
    assertThrows(InvalidValueException.class, () -> Reason.worded(null, "rule:r1", () -> "x"));
    assertThrows(InvalidValueException.class, () -> Reason.worded(Stage.RULES, "rule:r1", null));
    Reason blankLater = Reason.worded(Stage.RULES, "rule:r1", () -> "");
    InvalidValueException read = assertThrows(InvalidValueException.class, blankLater::text);
    assertTrue(read.getMessage().contains("Reason.text"), read.getMessage());
    InvalidValueException json = assertThrows(InvalidValueException.class,
        () -> CrmJson.read("{\"stage\":\"RULES\",\"by\":\"rule:r1\"}", Reason.class));
    assertTrue(json.getMessage().contains("text"), json.getMessage());
  }
}
