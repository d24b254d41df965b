package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The given-name comparison with nicknames, mistyped nicknames and mistyped formal names. */
class NicknamesTest {
  private static int level(String a, String b) {
    return Prepared.givenLevel(a, b, Nicknames.canonical(a), Nicknames.canonical(b));
  }

  @Test
  void aMistypedNicknameIsCloseToItsFormalNameAndItsOtherNicknames() {
    assertTrue(Nicknames.mistypedNameOf("bil", "william"));
    assertEquals(2, level("bil", "william"));
    assertEquals(2, level("billy", "bil"));
    assertEquals(0, level("wiliam", "bil"), "two typing errors apart: a nickname and a typo at once");
    assertEquals(2, level("bil", "will"));
  }

  @Test
  void aNicknameIsCloseToAMistypedFormalName() {
    assertEquals(2, level("bill", "wiliam"));
    assertEquals(2, level("peggy", "margret"));
  }

  @Test
  void aKnownNameIsNotReadAsAMistypedNicknameOfAnother() {
    // jim is james's; one letter from tim does not make it timothy's
    assertFalse(Nicknames.mistypedNameOf("jim", "timothy"));
    assertEquals(0, level("jim", "timothy"));
    assertFalse(Nicknames.mistypedNameOf("xy", "william"));
    assertFalse(Nicknames.mistypedNameOf("bil", "unknown"));
  }

  @Test
  void aNicknameOfSeveralFormalNamesAgreesWithEachOfThemAndTheirNicknames() {
    // alex reads as alexander, but is alexandra's too: alex and sandra are one name
    assertTrue(Nicknames.shareFormalName("alex", "sandra"));
    assertTrue(Nicknames.shareFormalName("sandra", "alex"));
    assertEquals(2, level("alex", "sandra"));
    assertEquals(2, level("alexandra", "alex"));
    assertEquals(2, level("pat", "trish"));
    assertFalse(Nicknames.shareFormalName("alex", "trish"));
    assertFalse(Nicknames.shareFormalName("william", "robert"));
    assertEquals(0, level("sandra", "alec"), "alec is alexander's alone");
  }
}
