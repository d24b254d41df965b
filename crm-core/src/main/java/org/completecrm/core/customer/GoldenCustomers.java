package org.completecrm.core.customer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.GoldenRecord;
import org.completecrm.core.Checks;

/**
 * Customers built from the golden records of identity resolution.
 *
 * <p>Design note: this lives beside {@link Customer} rather than on {@link GoldenRecord} because
 * the customer package already depends on the identity package ({@code Customer.sourceIdentities});
 * the reverse dependency would make the two packages a cycle.
 */
public final class GoldenCustomers {
  private GoldenCustomers() {}

  /**
   * The customer of a golden record: names (a full name split at its last space when only it is
   * known), the birth date when it is a valid ISO date, the postal address when a locality and a
   * street or address line are known, e-mail, phone and account as unverified contact points, and
   * every source identity. {@code defaultCountry} (ISO 3166-1 alpha-2) is used when the record has
   * no two-letter country. Fails with an {@code InvalidValueException} when the record has no name.
   */
  public static Customer toCustomer(GoldenRecord golden, String defaultCountry) {
    Checks.present(golden, "GoldenCustomers.golden");
    Checks.notBlank(defaultCountry, "GoldenCustomers.defaultCountry");
    Optional<String> given = golden.get(AttributeType.GIVEN_NAME);
    Optional<String> family = golden.get(AttributeType.FAMILY_NAME);
    Optional<String> full = golden.get(AttributeType.FULL_NAME).map(String::strip);
    if (full.isPresent() && given.isEmpty() && family.isEmpty()) {
      int sp = full.get().lastIndexOf(' ');
      given = sp < 0 ? Optional.empty() : Optional.of(full.get().substring(0, sp).strip());
      family = Optional.of(sp < 0 ? full.get() : full.get().substring(sp + 1));
    }
    List<PostalAddress> addresses = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    String first = (golden.get(AttributeType.STREET_NUMBER).orElse("") + " "
        + golden.get(AttributeType.STREET).orElse("")).strip();
    if (!first.isEmpty()) {
      lines.add(first);
    }
    golden.get(AttributeType.ADDRESS_LINE).ifPresent(lines::add);
    Optional<String> locality = golden.get(AttributeType.LOCALITY);
    if (locality.isPresent() && !lines.isEmpty()) {
      String country = golden.get(AttributeType.COUNTRY).map(s -> s.strip().toUpperCase(Locale.ROOT))
          .filter(s -> s.matches("[A-Z]{2}")).orElse(defaultCountry);
      addresses.add(PostalAddress.builder().lines(lines).locality(locality.get())
          .postcode(golden.get(AttributeType.POSTCODE)).region(golden.get(AttributeType.REGION)).country(country).build());
    }
    List<ContactPoint> contacts = new ArrayList<>();
    golden.get(AttributeType.EMAIL).filter(e -> e.indexOf('@') > 0)
        .ifPresent(e -> contacts.add(ContactPoint.of(ContactKind.EMAIL, e)));
    golden.get(AttributeType.PHONE).ifPresent(p -> contacts.add(ContactPoint.of(ContactKind.PHONE, p)));
    golden.get(AttributeType.ACCOUNT_ID).ifPresent(a -> contacts.add(ContactPoint.of(ContactKind.ACCOUNT, a)));
    return Customer.builder().id(golden.customer()).kind(PartyKind.PERSON).givenName(given).familyName(family)
        .birthDate(golden.get(AttributeType.BIRTH_DATE).flatMap(GoldenCustomers::isoDate))
        .addresses(addresses).contactPoints(contacts).sourceIdentities(golden.sources()).build();
  }

  private static Optional<LocalDate> isoDate(String value) {
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
