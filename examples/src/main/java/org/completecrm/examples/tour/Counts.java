package org.completecrm.examples.tour;

import java.util.Locale;

/** A count with its noun, in the one number format of the tour's console and report: "1 customer", "2,357 customers". */
public final class Counts {
  private Counts() {}

  /** {@code n} with thousands separators and {@code noun}, plural unless {@code n} is 1 (nouns with a regular plural). */
  public static String of(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
  }
}
