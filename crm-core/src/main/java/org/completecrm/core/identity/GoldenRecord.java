package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.customer.ContactKind;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.customer.PostalAddress;
import org.completecrm.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The best-known values of one customer, chosen from its records by survivorship rules, with the
 * provenance of every value: the source record it was taken from.
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
  public abstract Map<AttributeType, String> attributes();

  /** The source record each value was taken from. */
  public abstract Map<AttributeType, SourceIdentity> provenance();

  /** Every record of the customer. */
  public abstract Set<SourceIdentity> sources();

  /** The chosen value of an attribute, if any record had one. */
  public Optional<String> get(AttributeType type) {
    return Optional.ofNullable(attributes().get(type));
  }

  /**
   * The customer of crm-core built from this golden record: names (a full name split when only
   * it is known), birth date when it is a valid date, the postal address when a locality and a
   * street or line are known, e-mail, phone and account as unverified contact points, and every
   * source identity. {@code defaultCountry} (ISO 3166-1 alpha-2) is used when the record has no
   * two-letter country.
   */
  public Customer toCustomer(String defaultCountry) {
    Checks.notBlank(defaultCountry, "GoldenRecord.toCustomer.defaultCountry");
    Optional<String> given = get(AttributeType.GIVEN_NAME);
    Optional<String> family = get(AttributeType.FAMILY_NAME);
    Optional<String> full = get(AttributeType.FULL_NAME).map(String::strip);
    if (full.isPresent() && given.isEmpty() && family.isEmpty()) {
      int sp = full.get().lastIndexOf(' ');
      given = sp < 0 ? Optional.empty() : Optional.of(full.get().substring(0, sp).strip());
      family = Optional.of(sp < 0 ? full.get() : full.get().substring(sp + 1));
    }
    List<PostalAddress> addresses = new ArrayList<>();
    Optional<String> locality = get(AttributeType.LOCALITY);
    List<String> lines = new ArrayList<>();
    String first = (get(AttributeType.STREET_NUMBER).orElse("") + " " + get(AttributeType.STREET).orElse("")).strip();
    if (!first.isEmpty()) {
      lines.add(first);
    }
    get(AttributeType.ADDRESS_LINE).ifPresent(lines::add);
    if (locality.isPresent() && !lines.isEmpty()) {
      String country = get(AttributeType.COUNTRY).map(String::strip).map(s -> s.toUpperCase(java.util.Locale.ROOT))
          .filter(s -> s.matches("[A-Z]{2}")).orElse(defaultCountry);
      addresses.add(PostalAddress.builder().lines(lines).locality(locality.get())
          .postcode(get(AttributeType.POSTCODE)).region(get(AttributeType.REGION)).country(country).build());
    }
    List<ContactPoint> contacts = new ArrayList<>();
    get(AttributeType.EMAIL).filter(e -> e.indexOf('@') > 0).ifPresent(e -> contacts.add(ContactPoint.of(ContactKind.EMAIL, e)));
    get(AttributeType.PHONE).ifPresent(p -> contacts.add(ContactPoint.of(ContactKind.PHONE, p)));
    get(AttributeType.ACCOUNT_ID).ifPresent(a -> contacts.add(ContactPoint.of(ContactKind.ACCOUNT, a)));
    Optional<LocalDate> birth = get(AttributeType.BIRTH_DATE).flatMap(d -> Standardise.date(d, List.of()));
    return Customer.builder().id(customer()).kind(PartyKind.PERSON).givenName(given).familyName(family)
        .birthDate(birth).addresses(addresses).contactPoints(contacts).sourceIdentities(sources()).build();
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
