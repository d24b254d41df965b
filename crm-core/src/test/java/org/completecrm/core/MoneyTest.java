package org.completecrm.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Currency;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.testing.InvalidGen;
import org.junit.jupiter.api.Test;

/** Money: exact decimal arithmetic, no silent currency mixing, typed errors. */
class MoneyTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void arithmeticIsExactDecimal() {
    Money tenCents = Money.of("0.10", "EUR");
    Money sum = Money.zero(EUR);
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(tenCents);
    }
    assertEquals(Money.of("1.00", "EUR"), sum);
    assertEquals(Money.of("0.30", "EUR"), Money.of("0.10", "EUR").times(3));
    assertEquals(Money.of("-0.20", "EUR"), Money.of("0.10", "EUR").minus(Money.of("0.30", "EUR")));
    assertEquals(Money.of("2.50", "EUR"), Money.of("1.25", "EUR").times(new BigDecimal("2")));
  }

  @Test
  void equalityIsNumericWithinACurrency() {
    assertEquals(Money.of("1.5", "EUR"), Money.of("1.50", "EUR"));
    assertEquals(Money.of("1.5", "EUR").hashCode(), Money.of("1.50", "EUR").hashCode());
    assertNotEquals(Money.of("1.50", "EUR"), Money.of("1.50", "USD"));
  }

  @Test
  void roundingIsHalfEvenToTheMinorUnit() {
    assertEquals("0.12", Money.of("0.125", "EUR").rounded().amount().toPlainString());
    assertEquals("0.14", Money.of("0.135", "EUR").rounded().amount().toPlainString());
    assertEquals("12", Money.of("12.5", "JPY").rounded().amount().toPlainString());
    assertEquals("1.234", Money.of("1.2345", "BHD").rounded().amount().toPlainString());
  }

  @Test
  void mixingCurrenciesFailsNamingBoth() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Money.of("1.00", "EUR").plus(Money.of("1.00", "GBP")));
    assertEquals("Money.currency", e.field());
    assertEquals("GBP", e.rejectedValue());
    assertEquals("the same currency EUR", e.expected());
    assertThrows(InvalidValueException.class, () -> Money.of("1.00", "EUR").minus(Money.of("1", "JPY")));
    assertThrows(InvalidValueException.class, () -> Money.of("1.00", "EUR").compareTo(Money.of("1", "USD")));
  }

  @Test
  void zeroHasTheCurrencysScale() {
    assertEquals("0.00", Money.zero(EUR).amount().toPlainString());
    assertEquals("0", Money.zero(Currency.getInstance("JPY")).amount().toPlainString());
    assertTrue(Money.zero(EUR).isZero());
  }

  @Test
  void sumsDoNotDependOnOrder() {
    qt().withExamples(300).forAll(CoreGen.money(), CoreGen.money()).checkAssert((a, b) -> {
      Money bSame = Money.of(b.amount(), a.currency());
      assertEquals(a.plus(bSame), bSame.plus(a));
      assertEquals(a, a.plus(bSame).minus(bSame));
      assertEquals(a.negate().negate(), a);
    });
  }

  @Test
  void badCurrencyCodesAndAmountsAreTypedErrors() {
    qt().forAll(InvalidGen.invalidCurrencyCodes()).checkAssert(code -> {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("1", code));
      assertEquals("Money.currency", e.field());
      assertEquals(code, e.rejectedValue());
    });
    qt().forAll(InvalidGen.invalidAmounts()).checkAssert(amount -> {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of(amount, "EUR"));
      assertEquals("Money.amount", e.field());
    });
  }

  @Test
  void toStringShowsCurrencyAndAmount() {
    assertEquals("EUR 12.30", Money.of("12.30", "EUR").toString());
  }

  @Test
  void anExtremeScaleIsATypedErrorNotAnArithmeticException() {
    Currency eur = Currency.getInstance("EUR");
    for (int scale : new int[] {Integer.MIN_VALUE, -Money.MAX_DIGITS - 1, Money.MAX_DIGITS + 1, Integer.MAX_VALUE}) {
      BigDecimal extreme = new BigDecimal(java.math.BigInteger.ONE, scale);
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of(extreme, eur));
      assertEquals("Money.amount", e.field());
    }
    Money wide = Money.of(new BigDecimal(java.math.BigInteger.ONE, -Money.MAX_DIGITS), eur);
    Money narrow = Money.of(new BigDecimal(java.math.BigInteger.ONE, Money.MAX_DIGITS), eur);
    assertEquals("Money.plus", assertThrows(InvalidValueException.class, () -> wide.plus(narrow)).field());
    assertEquals("Money.times", assertThrows(InvalidValueException.class, () -> wide.times(wide.amount())).field());
    assertTrue(wide.rounded().toString().length() < 2 * Money.MAX_DIGITS + 10);
  }
}
