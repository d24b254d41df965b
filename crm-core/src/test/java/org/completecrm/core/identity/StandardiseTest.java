package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandardiseTest {
  @Test
  void foldsCaseAccentsPunctuationAndWhitespace() {
    assertEquals("zoe oneil", Standardise.text(" Zoë  O'Neil"));
    assertEquals("jose maria", Standardise.text("JOSÉ-María"));
    assertEquals("", Standardise.text(null));
    assertEquals("smith", Standardise.name("Mr. SMITH"));
  }

  @Test
  void mapsNicknamesToTheFormalName() {
    assertEquals("william", Standardise.givenName("Bill"));
    assertEquals("elizabeth", Standardise.givenName("liz"));
    assertEquals("zebedee", Standardise.givenName("Zebedee"));
  }

  @Test
  void normalisesEmailAndPhone() {
    assertEquals("janedoe@gmail.com", Standardise.email(" Jane.Doe+news@GoogleMail.com "));
    assertEquals("j.doe@example.com", Standardise.email("J.Doe@Example.com"));
    assertEquals("", Standardise.email("not an address"));
    assertEquals("447700900123", Standardise.phone("+44 (0)7700 900123".replace("(0)", "")));
    assertEquals("447700900123", Standardise.phone("0044 7700 900123"));
    assertEquals(2, Prepared.phoneLevel(Standardise.phone("+44 7700 900123"), Standardise.phone("07700 900123")));
  }

  @Test
  void abbreviatesStreetWordsAndCompactsCodes() {
    assertEquals("12 main st", Standardise.street("12, Main Street"));
    assertEquals("SW1A1AA", Standardise.code("sw1a 1aa"));
  }

  @Test
  void parsesDatesOnlyWithExplicitFormatsOrIso() {
    DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    assertEquals(Optional.of(LocalDate.of(1980, 3, 2)), Standardise.date("02/03/1980", List.of(dmy)));
    assertEquals(Optional.of(LocalDate.of(1980, 3, 2)), Standardise.date("1980-03-02", List.of()));
    assertEquals(Optional.empty(), Standardise.date("02/03/1980", List.of()));
    assertEquals(Optional.empty(), Standardise.date("", List.of(dmy)));
  }

  /** Reference values of Winkler (1990) as tabulated by Cohen, Ravikumar and Fienberg (2003). */
  @Test
  void jaroWinklerReproducesPublishedValues() {
    assertEquals(0.961, Similarity.jaroWinkler("martha", "marhta"), 0.0005);
    assertEquals(0.840, Similarity.jaroWinkler("dwayne", "duane"), 0.0005);
    assertEquals(0.813, Similarity.jaroWinkler("dixon", "dicksonx"), 0.0005);
    assertEquals(1.0, Similarity.jaroWinkler("same", "same"));
    assertEquals(0.0, Similarity.jaroWinkler("", "abc"));
    String longText = "abcdefghij".repeat(7);
    assertEquals(1.0, Similarity.jaroWinkler(longText, longText));
    // 69 of 70 characters match in place: Jaro (69/70 + 69/70 + 1) / 3, plus Winkler's prefix bonus of 4
    double jaro = (69 / 70.0 + 69 / 70.0 + 1) / 3;
    assertEquals(jaro + 0.4 * (1 - jaro), Similarity.jaroWinkler(longText, longText.substring(0, 69) + "z"), 1e-12);
  }

  @Test
  void editDistanceCountsAdjacentTranspositionsAsOneEdit() {
    assertEquals(1, Similarity.editDistance("martha", "marhta", 3));
    assertEquals(3, Similarity.editDistance("kitten", "sitting", 3));
    assertEquals(3, Similarity.editDistance("abc", "xyzw", 2));
    for (String[] p : new String[][] {{"abc", "abc"}, {"abc", "abd"}, {"abc", "ab"}, {"abc", "bac"}, {"abc", "xbc"},
        {"abcd", "abdc"}, {"abc", "abcd"}, {"abc", "cab"}, {"abcd", "badc"}, {"", "a"}, {"ab", "ba"}}) {
      assertEquals(Similarity.editDistance(p[0], p[1], 1) <= 1, Similarity.withinOneEdit(p[0], p[1]), p[0] + "/" + p[1]);
    }
    assertTrue(Similarity.withinOneEdit("19800302", "19800320"));
    assertFalse(Similarity.withinOneEdit("19800302", "19811302"));
  }

  /** Soundex codes as in the US National Archives' description of the census coding. */
  @Test
  void soundexMatchesTheCensusCoding() {
    assertEquals("R163", Similarity.soundex("robert"));
    assertEquals("R163", Similarity.soundex("rupert"));
    assertEquals("A261", Similarity.soundex("ashcraft"));
    assertEquals("T522", Similarity.soundex("tymczak"));
    assertEquals("H555", Similarity.soundex("honeyman"));
    assertEquals("", Similarity.soundex(""));
  }
}
