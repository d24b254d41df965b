package org.completecrm.core.identity;

/** The type of a source record's attribute: what a column means, whatever the source calls it. */
public enum AttributeType {
  /** A given (first) name, possibly a nickname. */
  GIVEN_NAME,
  /** A family name (surname). */
  FAMILY_NAME,
  /** A whole name in one field, split into given and family name on standardisation. */
  FULL_NAME,
  /** A date of birth (ISO {@code yyyy-MM-dd} once parsed). */
  BIRTH_DATE,
  /** An e-mail address. */
  EMAIL,
  /** A telephone number. */
  PHONE,
  /** A house or street number. */
  STREET_NUMBER,
  /** A street name. */
  STREET,
  /** A further address line (flat, building, care-of). */
  ADDRESS_LINE,
  /** A town, city or suburb. */
  LOCALITY,
  /** A postcode or ZIP code. */
  POSTCODE,
  /** A region, county or state. */
  REGION,
  /** A country (name or ISO code). */
  COUNTRY,
  /** A national identifier (social security, tax or insurance number). */
  NATIONAL_ID,
  /** An account identifier shared between the firm's systems. */
  ACCOUNT_ID,
  /** Any other attribute, kept by its column name and not used for matching. */
  OTHER;

  /** Whether values of this type are personal data that must be masked in messages. */
  public boolean personal() {
    return this != COUNTRY && this != REGION && this != OTHER;
  }
}
