package org.completecrm.core.identity;

import java.util.List;

/**
 * A comparison of one aspect of two records, with its agreement levels from {@code DIFFERENT}
 * (level 0) to {@code EXACT} (the highest level). Missing values on either side give no level.
 */
public enum Comparison {
  /**
   * Given names: different, similar (Jaro-Winkler >= 0.85, an initial against a full name, or one
   * name the start of the other), close (a nickname, one edit or transposition, or Jaro-Winkler >=
   * 0.94), exact. Given and family name swapped in one source are compared swapped back.
   */
  GIVEN_NAME(4),
  /** Family names: different, similar (Jaro-Winkler >= 0.85 or same Soundex), close (one edit, >= 0.94 or one contains the other), exact. */
  FAMILY_NAME(4),
  /**
   * Birth dates: different, similar (two digits wrong, or the same year and month), close (one
   * digit wrong, two digits transposed, or day and month swapped), exact.
   */
  BIRTH_DATE(4),
  /** E-mail addresses: different, similar (same local part or Jaro-Winkler >= 0.92), exact after normalisation. */
  EMAIL(3),
  /** Phone numbers: different, similar (one edit), exact on the common trailing digits. */
  PHONE(3),
  /**
   * Postal addresses as one comparison (their parts move together, so comparing them separately
   * would count one move three times): different, same area (locality or a postcode within one
   * edit), similar (same postcode, or same street with another number), close (same street and
   * number, or same postcode and locality without a street on one side), exact (street, number and
   * postcode or locality).
   */
  ADDRESS(5),
  /** National identifiers: different, similar (two edits), close (one typing error: one edit or a transposition), exact. */
  NATIONAL_ID(4),
  /** Account identifiers: different, similar (one typing error), exact. */
  ACCOUNT_ID(3);

  private final int levels;

  Comparison(int levels) {
    this.levels = levels;
  }

  /** The number of agreement levels (2 to 5). */
  public int levels() {
    return levels;
  }

  /** A readable name of a level: {@code DIFFERENT}, {@code SAME_AREA}, {@code SIMILAR}, {@code CLOSE} or {@code EXACT}. */
  public String levelName(int level) {
    if (level < 0 || level >= levels) {
      throw new org.completecrm.core.InvalidValueException(
          "Comparison.level", level, "a level in [0, " + (levels - 1) + "] for " + this);
    }
    List<String> names =
        levels == 2 ? List.of("DIFFERENT", "EXACT")
            : levels == 3 ? List.of("DIFFERENT", "SIMILAR", "EXACT")
            : levels == 4 ? List.of("DIFFERENT", "SIMILAR", "CLOSE", "EXACT")
            : List.of("DIFFERENT", "SAME_AREA", "SIMILAR", "CLOSE", "EXACT");
    return names.get(level);
  }
}
