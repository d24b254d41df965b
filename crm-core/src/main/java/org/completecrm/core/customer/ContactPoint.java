package org.completecrm.core.customer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.PersonalData;
import org.completecrm.core.Redaction;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A way to reach a customer (e-mail, phone, postal address, app/web account) and whether it is verified. */
@Value.Immutable
@JsonSerialize(as = ImmutableContactPoint.class)
@JsonDeserialize(as = ImmutableContactPoint.class)
public abstract class ContactPoint {
  ContactPoint() {}

  /** A builder. */
  public static ImmutableContactPoint.Builder builder() {
    return ImmutableContactPoint.builder();
  }

  /** An unverified contact point. */
  public static ContactPoint of(ContactKind kind, String value) {
    return builder().kind(kind).value(value).verification(Verification.UNVERIFIED).build();
  }

  /** A verified contact point, verified at {@code at}. */
  public static ContactPoint verified(ContactKind kind, String value, Instant at) {
    return builder().kind(kind).value(value).verification(Verification.VERIFIED).verifiedAt(at).build();
  }

  /** What kind of contact point this is. */
  public abstract ContactKind kind();

  /** The address, number or account name. Personal data. */
  @PersonalData
  public abstract String value();

  /** Whether it has been verified. */
  public abstract Verification verification();

  /** When it was verified, if it was. */
  public abstract Optional<Instant> verifiedAt();

  /** Whether the customer prefers this contact point among those of its kind. */
  @Value.Default
  public boolean preferred() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.present(kind(), "ContactPoint.kind");
    Checks.notBlank(value(), "ContactPoint.value");
    Checks.present(verification(), "ContactPoint.verification");
    if (kind() == ContactKind.EMAIL && value().indexOf('@') <= 0) {
      throw new InvalidValueException("ContactPoint.value", Redaction.email(value()), "an e-mail address");
    }
    if (verification() == Verification.VERIFIED && verifiedAt().isEmpty()) {
      throw new InvalidValueException("ContactPoint.verifiedAt", "absent", "the instant of verification");
    }
  }

  @Override
  public String toString() {
    String shown = kind() == ContactKind.EMAIL ? Redaction.email(value()) : Redaction.tail(value());
    return "ContactPoint{" + kind() + " " + shown + ", " + verification() + "}";
  }
}
