package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Birth dates as digits: the fast path for {@code yyyy-MM-dd} gives what the parser gives. */
class DateDigitsTest {
  @Test
  void anIsoDateBecomesItsDigitsAndAnInvalidOneIsKeptAsWritten() {
    qt().withExamples(2000).forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32))
        .checkAssert((y, m, d) -> {
          String text = String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
          String expected;
          try {
            LocalDate.of(y, m, d);
            expected = String.format(Locale.ROOT, "%04d%02d%02d", y, m, d);
          } catch (java.time.DateTimeException e) {
            expected = Standardise.code(text);
          }
          assertEquals(expected, Prepared.dateDigits(text));
          assertEquals(expected, Prepared.dateDigits(" " + text + " "));
        });
    assertEquals("19700101", Prepared.dateDigits("1970-01-01"));
    assertEquals(Standardise.code("01/02/1970"), Prepared.dateDigits("01/02/1970"));
  }

  @Test
  void dayAndMonthSwappedWithOneDigitWrongBesidesIsSimilarAndOtherDatesStayDifferent() {
    assertEquals(2, Prepared.dateLevel("19431105", "19430511"), "swapped alone");
    assertEquals(1, Prepared.dateLevel("19431105", "19410511"), "swapped and the year mistyped");
    assertEquals(1, Prepared.dateLevel("19490508", "19490895"), "swapped and the day mistyped, not a date");
    assertEquals(0, Prepared.dateLevel("19431105", "19520317"));
    assertEquals(0, Prepared.dateLevel("19431105", "19710511"), "swapped and two digits of the year wrong");
  }

  @Test
  void twoTypingErrorsAreSimilarWhereverTheyFall() {
    // two copies of 1974-05-25, each mistyped once: in the decade and in the day, in the year and
    // the month, in the day twice; three wrong digits stay different
    assertEquals(1, Prepared.dateLevel("19140325", "19740328"), "decade and day");
    assertEquals(1, Prepared.dateLevel("19770525", "19740825"), "year and month");
    assertEquals(1, Prepared.dateLevel("19740515", "19740592"), "day twice");
    assertEquals(2, Prepared.dateLevel("19740525", "19840525"), "decade alone: one digit");
    assertEquals(0, Prepared.dateLevel("19140525", "19740893"), "three digits");
    assertEquals(0, Prepared.dateLevel("19740525", "20010525"), "another generation");
  }
}
