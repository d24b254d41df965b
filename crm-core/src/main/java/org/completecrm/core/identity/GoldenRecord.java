package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.PersonalData;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * The best-known values of one customer, chosen from its records by survivorship rules, with the
 * provenance of every value: the source record it was taken from. {@code
 * org.completecrm.core.customer.GoldenCustomers.toCustomer} turns it into a crm-core customer.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGoldenRecord.class)
@JsonDeserialize(as = ImmutableGoldenRecord.class)
public abstract class GoldenRecord {
  GoldenRecord() {}

  /** A builder. */
  public static ImmutableGoldenRecord.Builder builder() {
    return ImmutableGoldenRecord.builder();
  }

  /** The customer. */
  public abstract CustomerId customer();

  /** The chosen value per attribute, as written in the source it came from. */
  @PersonalData
  public abstract Map<AttributeType, String> attributes();

  /** The source record each value was taken from. */
  public abstract Map<AttributeType, SourceIdentity> provenance();

  /** Every record of the customer. */
  public abstract Set<SourceIdentity> sources();

  /** The chosen value of an attribute, if any record had one. */
  public Optional<String> get(AttributeType type) {
    return Optional.ofNullable(attributes().get(type));
  }

  @Value.Check
  void check() {
    Checks.present(customer(), "GoldenRecord.customer");
    Checks.noNulls(attributes(), "GoldenRecord.attributes");
    Checks.noNulls(provenance(), "GoldenRecord.provenance");
    Checks.noNulls(sources(), "GoldenRecord.sources");
    if (!attributes().keySet().equals(provenance().keySet())) {
      throw new InvalidValueException("GoldenRecord.provenance", provenance().keySet(),
          "a source for every attribute " + attributes().keySet());
    }
    for (Map.Entry<AttributeType, SourceIdentity> e : provenance().entrySet()) {
      if (!sources().contains(e.getValue())) {
        throw new InvalidValueException("GoldenRecord.provenance[" + e.getKey() + "]", e.getValue(),
            "one of the customer's records");
      }
    }
  }

  @Override
  public String toString() {
    return "GoldenRecord{" + customer() + ", attributes=" + attributes().keySet() + ", sources=" + sources().size() + "}";
  }
}
