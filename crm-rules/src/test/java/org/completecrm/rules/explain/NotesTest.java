package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

class NotesTest {
  @Test
  void linesAreWrittenOnFirstReadAndOnlyOnce() {
    AtomicInteger written = new AtomicInteger();
    Notes notes = Notes.worded(() -> {
      written.incrementAndGet();
      return List.of("Open complaint k-1.", "Flag raised: vip.");
    });
    assertEquals(0, written.get());
    assertEquals(2, notes.size());
    assertEquals("Flag raised: vip.", notes.get(1));
    assertEquals(List.of("Open complaint k-1.", "Flag raised: vip."), notes);
    assertEquals(1, written.get());
  }

  @Test
  void equalToAnyListOfTheSameLinesAndRoundTripsThroughJson() {
    Notes worded = Notes.worded(() -> List.of("Open complaint k-1."));
    Notes given = Notes.of(List.of("Open complaint k-1."));
    assertEquals(given, worded);
    assertEquals(List.of("Open complaint k-1.").hashCode(), worded.hashCode());
    assertEquals("[\"Open complaint k-1.\"]", CrmJson.write(worded));
    assertEquals(worded, CrmJson.read(CrmJson.write(worded), Notes.class));
    assertEquals(Notes.none(), CrmJson.read("[]", Notes.class));
    assertEquals(List.of(), Notes.none());
    assertThrows(UnsupportedOperationException.class, () -> given.add("x"));
    assertEquals(List.of("a"), CrmJson.read("[\"a\"]", new TypeReference<Notes>() {}));
  }

  @Test
  void blankOrMissingLinesAreNamed() {
    InvalidValueException blank = assertThrows(InvalidValueException.class, () -> Notes.of(List.of("ok", " ")));
    assertTrue(blank.getMessage().contains("Decision.notes[1]"), blank.getMessage());
    assertThrows(InvalidValueException.class, () -> Notes.of(Arrays.asList("ok", null)));
    assertThrows(InvalidValueException.class, () -> Notes.of(null));
    Notes later = Notes.worded(() -> List.of(""));
    InvalidValueException read = assertThrows(InvalidValueException.class, later::size);
    assertTrue(read.getMessage().contains("Decision.notes[0]"), read.getMessage());
  }
}
