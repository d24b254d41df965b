package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * When credited points expire. Points are spent and expire first in, first out: the expiry instant
 * never decreases with the credit instant, so the oldest lot is always the first to expire.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExpiryPolicy.class)
@JsonDeserialize(as = ImmutableExpiryPolicy.class)
public abstract class ExpiryPolicy {
  private static final long DAY = 86_400;

  ExpiryPolicy() {}

  /** A builder. */
  public static ImmutableExpiryPolicy.Builder builder() {
    return ImmutableExpiryPolicy.builder();
  }

  /** Lots expire {@code months} after they were credited. */
  public static ExpiryPolicy rolling(int months) {
    return builder().kind(ExpiryKind.ROLLING).months(months).build();
  }

  /** Lots expire at the end of the year in which their credit date plus {@code months} falls. */
  public static ExpiryPolicy fixed(int months) {
    return builder().kind(ExpiryKind.FIXED).months(months).build();
  }

  /** Rolling or fixed. */
  public abstract ExpiryKind kind();

  /** Months of validity (rolling) or months added before the year end is taken (fixed), at least 1. */
  public abstract int months();

  /** When points credited at {@code creditedAt} expire. */
  public Instant expiresAt(Instant creditedAt) {
    return Instant.ofEpochSecond(expiresAtEpochSecond(creditedAt.getEpochSecond()));
  }

  /** {@link #expiresAt} on epoch seconds, for the columnar fold. */
  long expiresAtEpochSecond(long creditedAt) {
    long day = Math.floorDiv(creditedAt, DAY);
    return expiryDay(day) * DAY + (kind() == ExpiryKind.ROLLING ? creditedAt - day * DAY : 0);
  }

  /** The UTC day (epoch day) on which points credited on epoch day {@code day} expire. */
  long expiryDay(long day) {
    LocalDate shifted = LocalDate.ofEpochDay(day).plusMonths(months());
    return kind() == ExpiryKind.ROLLING ? shifted.toEpochDay() : LocalDate.of(shifted.getYear() + 1, 1, 1).toEpochDay();
  }

  @Value.Check
  void check() {
    Checks.present(kind(), "ExpiryPolicy.kind");
  }
}
