package org.completecrm.core.holding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * What a customer holds at the firm in one product at an instant: a fund balance, a deposit,
 * a policy's annual premium. Holdings against a household's total wallet give share of wallet.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHolding.class)
@JsonDeserialize(as = ImmutableHolding.class)
public abstract class Holding {
  Holding() {}

  /** A holding of {@code product} worth {@code value} at {@code asOf}. */
  public static Holding of(CustomerId customer, String product, org.completecrm.core.Money value, Instant asOf) {
    return ImmutableHolding.builder().customer(customer).product(product).value(value).asOf(asOf).build();
  }

  /** The customer who holds it. */
  public abstract CustomerId customer();

  /** The product or product line. */
  public abstract String product();

  /** Its value (balance, premium, limit used), never negative. */
  public abstract org.completecrm.core.Money value();

  /** When the value was measured. */
  public abstract Instant asOf();

  @Value.Check
  void check() {
    Checks.present(customer(), "Holding.customer");
    Checks.notBlank(product(), "Holding.product");
    Checks.present(value(), "Holding.value");
    Checks.present(asOf(), "Holding.asOf");
    if (value().signum() < 0) {
      throw new InvalidValueException("Holding.value", value(), "a value >= 0");
    }
  }
}
