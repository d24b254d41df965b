package org.completecrm.core.customer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.PersonalData;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** A postal address of a customer, with the period it was valid. Personal data. */
@Value.Immutable
@JsonSerialize(as = ImmutablePostalAddress.class)
@JsonDeserialize(as = ImmutablePostalAddress.class)
public abstract class PostalAddress {
  PostalAddress() {}

  /** A builder. */
  public static ImmutablePostalAddress.Builder builder() {
    return ImmutablePostalAddress.builder();
  }

  /** Street lines, first line first (house number and street, then further lines). */
  @PersonalData
  public abstract List<String> lines();

  /** Town or city. */
  public abstract String locality();

  /** Postcode or ZIP code. */
  @PersonalData
  public abstract Optional<String> postcode();

  /** Region, county or state. */
  public abstract Optional<String> region();

  /** ISO 3166-1 alpha-2 country code, such as {@code GB}. */
  public abstract String country();

  /** The first day the customer lived or was registered here, if known. */
  public abstract Optional<LocalDate> validFrom();

  /** The first day the customer no longer lived here, if they moved. */
  public abstract Optional<LocalDate> validUntil();

  @Value.Check
  void check() {
    Checks.noNulls(lines(), "PostalAddress.lines");
    if (lines().isEmpty()) {
      throw new InvalidValueException("PostalAddress.lines", "[]", "at least one address line");
    }
    for (int i = 0; i < lines().size(); i++) {
      Checks.notBlank(lines().get(i), "PostalAddress.lines[" + i + "]");
    }
    Checks.notBlank(locality(), "PostalAddress.locality");
    Checks.present(country(), "PostalAddress.country");
    if (!country().matches("[A-Z]{2}")) {
      throw new InvalidValueException("PostalAddress.country", country(), "an ISO 3166-1 alpha-2 code such as GB");
    }
    if (validFrom().isPresent() && validUntil().isPresent() && !validUntil().get().isAfter(validFrom().get())) {
      throw new InvalidValueException(
          "PostalAddress.validUntil", validUntil().get(), "a date after validFrom " + validFrom().get());
    }
  }

  @Override
  public String toString() {
    return "PostalAddress{" + postcode().map(p -> p.length() > 2 ? p.substring(0, 2) + "***" : "***").orElse("")
        + " " + country() + "}";
  }
}
