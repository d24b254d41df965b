package org.completecrm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void anImmutableListIsKeptAndAnyOtherCopied() {
    List<String> immutable = List.of("a", "b");
    assertSame(immutable, Checks.immutableList(immutable, "x"));
    List<String> mutable = new ArrayList<>(immutable);
    List<String> copy = Checks.immutableList(mutable, "x");
    mutable.add("c");
    assertEquals(immutable, copy);
    assertThrows(UnsupportedOperationException.class, () -> copy.add("d"));
  }

  @Test
  void aNullListOrElementIsNamed() {
    InvalidValueException element = assertThrows(InvalidValueException.class,
        () -> Checks.immutableList(Arrays.asList("a", null), "Thing.parts"));
    assertTrue(element.getMessage().contains("Thing.parts[1]"), element.getMessage());
    InvalidValueException list = assertThrows(InvalidValueException.class, () -> Checks.immutableList(null, "Thing.parts"));
    assertTrue(list.getMessage().contains("Thing.parts"), list.getMessage());
  }
}
