package org.completecrm.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency: a {@link BigDecimal} amount, never a floating-point one.
 *
 * <p>Arithmetic between two amounts requires the same currency and fails with an {@link
 * InvalidValueException} otherwise: currencies are never mixed silently. Two amounts are equal
 * when their currencies are equal and their amounts are numerically equal ({@code 1.5 == 1.50}).
 * JSON form: {@code {"amount": "12.30", "currency": "EUR"}} (the amount is written as a string so
 * that no JSON reader turns it into a binary float; a JSON number is accepted on input).
 */
public final class Money implements Comparable<Money> {
  /** Most decimal places accepted when parsing an amount from text. */
  static final int MAX_SCALE = 30;
  /** Most digits before the decimal point accepted when parsing an amount from text. */
  static final int MAX_INTEGER_DIGITS = 30;
  /**
   * Widest amount held at all, from arithmetic or {@link #of(BigDecimal, Currency)}: at most this many
   * significant digits and a scale within plus or minus this many places, so that printing, rounding
   * and comparing an amount stay cheap and never fail.
   */
  public static final int MAX_DIGITS = 1_000;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /** An amount in a currency. */
  public static Money of(BigDecimal amount, Currency currency) {
    if (amount == null) {
      throw new InvalidValueException("Money.amount", "null", "a decimal amount");
    }
    if (currency == null) {
      throw new InvalidValueException("Money.currency", "null", "an ISO 4217 currency");
    }
    return new Money(bounded(amount, "Money.amount"), currency);
  }

  /** The amount itself when within {@link #MAX_DIGITS}; a typed error naming {@code field} otherwise. */
  private static BigDecimal bounded(BigDecimal amount, String field) {
    if (Math.abs((long) amount.scale()) > MAX_DIGITS || amount.precision() > MAX_DIGITS) {
      throw new InvalidValueException(field, "an amount of " + amount.precision() + " digits at scale " + amount.scale(),
          "an amount of at most " + MAX_DIGITS + " digits at a scale within " + MAX_DIGITS + " places");
    }
    return amount;
  }

  /** An amount given as decimal text ({@code "12.30"}) in a currency given by its ISO 4217 code. */
  @JsonCreator
  public static Money of(
      @JsonProperty("amount") String amount, @JsonProperty("currency") String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /** Zero in the given currency, at the currency's usual scale. */
  public static Money zero(Currency currency) {
    if (currency == null) {
      throw new InvalidValueException("Money.currency", "null", "an ISO 4217 currency");
    }
    return of(BigDecimal.ZERO.setScale(Math.max(0, currency.getDefaultFractionDigits())), currency);
  }

  /** Parses an ISO 4217 currency code, failing with a typed error. */
  public static Currency currency(String code) {
    if (code == null) {
      throw new InvalidValueException("Money.currency", "null", "an ISO 4217 currency code");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("Money.currency", code, "an ISO 4217 currency code");
    }
  }

  private static BigDecimal parseAmount(String text) {
    if (text == null) {
      throw new InvalidValueException("Money.amount", "null", "a decimal amount");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("Money.amount", text, "a decimal amount such as 12.30");
    }
    if (Math.abs((long) amount.scale()) > MAX_SCALE || amount.precision() - (long) amount.scale() > MAX_INTEGER_DIGITS) {
      throw new InvalidValueException("Money.amount", text,
          "a decimal amount with at most " + MAX_INTEGER_DIGITS + " integer digits and " + MAX_SCALE + " decimal places");
    }
    return amount;
  }

  /** The amount. */
  public BigDecimal amount() {
    return amount;
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  @JsonProperty("amount")
  String amountText() {
    return amount.toPlainString();
  }

  @JsonProperty("currency")
  String currencyCode() {
    return currency.getCurrencyCode();
  }

  /** The sum; fails if the currencies differ. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(bounded(amount.add(other.amount), "Money.plus"), currency);
  }

  /** The difference; fails if the currencies differ. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(bounded(amount.subtract(other.amount), "Money.minus"), currency);
  }

  /** The amount multiplied by an exact factor (a quantity, a rate). */
  public Money times(BigDecimal factor) {
    if (factor == null) {
      throw new InvalidValueException("Money.times.factor", "null", "a decimal factor");
    }
    return new Money(bounded(amount.multiply(factor), "Money.times"), currency);
  }

  /** The amount multiplied by a whole quantity. */
  public Money times(long quantity) {
    return new Money(bounded(amount.multiply(BigDecimal.valueOf(quantity)), "Money.times"), currency);
  }

  /** The negated amount. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** The amount rounded half-even to the currency's minor unit (cents for EUR, none for JPY). */
  public Money rounded() {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return new Money(amount.setScale(digits, RoundingMode.HALF_EVEN), currency);
  }

  /** -1, 0 or 1 as the amount is negative, zero or positive. */
  public int signum() {
    return amount.signum();
  }

  /** Whether the amount is zero. */
  @JsonIgnore
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Orders amounts of the same currency; fails if the currencies differ. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void requireSameCurrency(Money other) {
    if (other == null) {
      throw new InvalidValueException("Money", "null", "an amount in " + currency);
    }
    if (!currency.equals(other.currency)) {
      throw new InvalidValueException(
          "Money.currency", other.currency.getCurrencyCode(), "the same currency " + currency);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money
        && currency.equals(((Money) o).currency)
        && amount.compareTo(((Money) o).amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount.stripTrailingZeros(), currency);
  }

  /** For example {@code "EUR 12.30"}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
