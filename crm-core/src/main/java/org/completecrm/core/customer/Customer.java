package org.completecrm.core.customer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.PersonalData;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * A customer: a person or an organisation, the contact points that reach them and the source
 * records (system + key) the customer was resolved from.
 *
 * <p>{@code toString} never prints personal data in full.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(as = ImmutableCustomer.class)
public abstract class Customer {
  Customer() {}

  /** A builder. */
  public static ImmutableCustomer.Builder builder() {
    return ImmutableCustomer.builder();
  }

  /** The customer's identifier. */
  public abstract CustomerId id();

  /** Person or organisation. */
  public abstract PartyKind kind();

  /** Given name of a person. */
  @PersonalData
  public abstract Optional<String> givenName();

  /** Family name of a person. */
  @PersonalData
  public abstract Optional<String> familyName();

  /** Registered name of an organisation. */
  @PersonalData
  public abstract Optional<String> organisationName();

  /** Birth date of a person. */
  @PersonalData
  public abstract Optional<LocalDate> birthDate();

  /** Founding date of an organisation. */
  @PersonalData
  public abstract Optional<LocalDate> foundingDate();

  /** Postal addresses, current and past. */
  public abstract List<PostalAddress> addresses();

  /** E-mail addresses, phone numbers, accounts. */
  public abstract List<ContactPoint> contactPoints();

  /** The source records this customer was built from. */
  public abstract Set<SourceIdentity> sourceIdentities();

  /**
   * Whether the customer's personal data has been removed (see {@code
   * org.completecrm.core.privacy.DataSubjectRights}): an anonymised customer has no names, dates,
   * addresses or contact points, and is the only kind of customer allowed to have no name.
   */
  @Value.Default
  public boolean anonymised() {
    return false;
  }

  /** The name to address the customer by: given and family name, or the organisation's name. */
  @Value.Lazy
  public String displayName() {
    if (kind() == PartyKind.ORGANISATION) {
      return organisationName().orElse("");
    }
    return (givenName().orElse("") + " " + familyName().orElse("")).trim();
  }

  /** The contact points of one kind, preferred and verified first. */
  public List<ContactPoint> contactPoints(ContactKind kind) {
    return contactPoints().stream()
        .filter(c -> c.kind() == kind)
        .sorted(
            java.util.Comparator.comparing((ContactPoint c) -> !c.preferred())
                .thenComparing(c -> c.verification() != Verification.VERIFIED))
        .collect(java.util.stream.Collectors.toList());
  }

  @Value.Check
  void check() {
    Checks.present(id(), "Customer.id");
    Checks.present(kind(), "Customer.kind");
    Checks.noNulls(addresses(), "Customer.addresses");
    Checks.noNulls(contactPoints(), "Customer.contactPoints");
    Checks.noNulls(sourceIdentities(), "Customer.sourceIdentities");
    givenName().ifPresent(n -> Checks.notBlank(n, "Customer.givenName"));
    familyName().ifPresent(n -> Checks.notBlank(n, "Customer.familyName"));
    organisationName().ifPresent(n -> Checks.notBlank(n, "Customer.organisationName"));
    if (anonymised()) {
      if (givenName().isPresent() || familyName().isPresent() || organisationName().isPresent()
          || birthDate().isPresent() || foundingDate().isPresent() || !addresses().isEmpty() || !contactPoints().isEmpty()) {
        throw new InvalidValueException(
            "Customer.anonymised", "true", "no names, dates, addresses or contact points on an anonymised customer");
      }
      return;
    }
    if (kind() == PartyKind.PERSON) {
      if (givenName().isEmpty() && familyName().isEmpty()) {
        throw new InvalidValueException("Customer.familyName", "absent", "a given or family name for a person");
      }
      if (organisationName().isPresent() || foundingDate().isPresent()) {
        throw new InvalidValueException(
            "Customer.kind", kind(), "ORGANISATION when an organisation name or founding date is given");
      }
    } else {
      if (organisationName().map(String::isBlank).orElse(true)) {
        throw new InvalidValueException("Customer.organisationName", "absent", "a name for an organisation");
      }
      if (birthDate().isPresent()) {
        throw new InvalidValueException("Customer.birthDate", "present", "no birth date for an organisation");
      }
    }
  }

  @Override
  public String toString() {
    return "Customer{" + id() + ", " + kind() + (anonymised() ? ", anonymised" : "") + ", sources=" + sourceIdentities().size()
        + ", contactPoints=" + contactPoints().size() + "}";
  }
}
