package org.completecrm.core.identity;

/** String similarity and phonetic codes used by the comparators. */
final class Similarity {
  /**
   * Per thread, a table of 128 bit masks (one per character modulo 128) that {@link #jaroWinkler}
   * fills with the positions of one string's characters and clears before it returns: scratch
   * space, empty between calls, so no result depends on it.
   */
  private static final ThreadLocal<long[]> POSITIONS = ThreadLocal.withInitial(() -> new long[128]);

  private Similarity() {}

  /**
   * Jaro-Winkler similarity in [0, 1]: Jaro (1989) with Winkler's (1990) bonus of 0.1 per common
   * prefix character, up to four.
   */
  /**
   * An upper bound of {@link #jaroWinkler}, cheap to compute (no allocation, linear time): the
   * matching characters are at most those of each string that occur anywhere in the other (by a
   * 128-bit mask of ASCII characters; any other character counts as possibly matching), and the
   * transpositions at least none; the common prefix is exact. A comparison that only asks whether
   * the similarity reaches a threshold skips Jaro-Winkler when the bound is below it.
   */
  static double jaroWinklerBound(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0;
    }
    long a0 = 0;
    long a1 = 0;
    long b0 = 0;
    long b1 = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      if (c < 64) {
        a0 |= 1L << c;
      } else if (c < 128) {
        a1 |= 1L << (c - 64);
      }
    }
    for (int j = 0; j < lb; j++) {
      char c = b.charAt(j);
      if (c < 64) {
        b0 |= 1L << c;
      } else if (c < 128) {
        b1 |= 1L << (c - 64);
      }
    }
    int inB = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      inB += c >= 128 || (c < 64 ? (b0 & 1L << c) != 0 : (b1 & 1L << (c - 64)) != 0) ? 1 : 0;
    }
    int inA = 0;
    for (int j = 0; j < lb; j++) {
      char c = b.charAt(j);
      inA += c >= 128 || (c < 64 ? (a0 & 1L << c) != 0 : (a1 & 1L << (c - 64)) != 0) ? 1 : 0;
    }
    double m = Math.min(inA, inB);
    if (m == 0) {
      return 0;
    }
    double jaro = (m / la + m / lb + 1) / 3.0;
    int prefix = 0;
    int max = Math.min(4, Math.min(la, lb));
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return Math.min(1, jaro + prefix * 0.1 * (1 - jaro));
  }

  /** Whether {@link #jaroWinkler} of the two is at least {@code threshold}, the bound tried first. */
  static boolean jaroWinklerAtLeast(String a, String b, double threshold) {
    return jaroWinklerBound(a, b) >= threshold && jaroWinkler(a, b) >= threshold;
  }

  static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return a.isEmpty() ? 0 : 1;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0;
    }
    if (la > 64 || lb > 64) {
      return jaroWinklerLong(a, b);
    }
    // matched flags as bit masks, and the positions of each character of b as a bit mask (in the
    // thread's table, slot c & 127, cleared again after): the first unmatched position of a[i]
    // within the window is the lowest bit of (positions & ~matched & window), where the loop of
    // the definition would scan the window; a slot shared by two characters (c & 127) is checked
    // character by character, so the matches are exactly those of the definition
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long[] positions = POSITIONS.get();
    for (int j = 0; j < lb; j++) {
      positions[b.charAt(j) & 127] |= 1L << j;
    }
    long ma = 0;
    long mb = 0;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int lo = Math.max(0, i - window);
      int hi = Math.min(lb - 1, i + window);
      if (lo > hi) {
        break;
      }
      char c = a.charAt(i);
      long inWindow = (hi == 63 ? -1L : (1L << (hi + 1)) - 1) & (-1L << lo);
      for (long free = positions[c & 127] & ~mb & inWindow; free != 0; free &= free - 1) {
        int j = Long.numberOfTrailingZeros(free);
        if (b.charAt(j) == c) {
          ma |= 1L << i;
          mb |= 1L << j;
          matches++;
          break;
        }
      }
    }
    for (int j = 0; j < lb; j++) {
      positions[b.charAt(j) & 127] = 0;
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if ((ma & (1L << i)) != 0) {
        while ((mb & (1L << k)) == 0) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    return winkler(a, b, matches, transpositions);
  }

  /** Jaro-Winkler for strings longer than 64 characters. */
  private static double jaroWinklerLong(String a, String b) {
    int la = a.length();
    int lb = b.length();
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int lo = Math.max(0, i - window);
      int hi = Math.min(lb - 1, i + window);
      char c = a.charAt(i);
      for (int j = lo; j <= hi; j++) {
        if (!mb[j] && b.charAt(j) == c) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    return winkler(a, b, matches, transpositions);
  }

  private static double winkler(String a, String b, int matches, int transpositions) {
    int la = a.length();
    int lb = b.length();
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    int max = Math.min(4, Math.min(la, lb));
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }

  /**
   * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
   * and adjacent transpositions), or {@code limit + 1} as soon as it exceeds {@code limit}.
   */
  static int editDistance(String a, String b, int limit) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > limit) {
      return limit + 1;
    }
    int[] prev2 = new int[lb + 1];
    int[] prev = new int[lb + 1];
    int[] cur = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= lb; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[lb];
  }

  /**
   * Whether two strings are at most one edit apart: equal, or one insertion, deletion,
   * substitution or adjacent transposition. Linear time; the same as
   * {@code editDistance(a, b, 1) <= 1}.
   */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    int n = Math.min(la, lb);
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == n) {
      return true;
    }
    if (la == lb) {
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }

  /** American Soundex (Russell and Odell, 1918; as in the US census): a letter and three digits, or {@code ""}. */
  static String soundex(String folded) {
    StringBuilder sb = new StringBuilder(4);
    char last = 0;
    for (int i = 0; i < folded.length() && sb.length() < 4; i++) {
      char c = folded.charAt(i);
      if (c < 'a' || c > 'z') {
        continue;
      }
      char code = soundexCode(c);
      if (sb.length() == 0) {
        sb.append(Character.toUpperCase(c));
        last = code;
        continue;
      }
      if (code != '0' && code != last) {
        sb.append(code);
      }
      if (c != 'h' && c != 'w') {
        last = code;
      }
    }
    if (sb.length() == 0) {
      return "";
    }
    while (sb.length() < 4) {
      sb.append('0');
    }
    return sb.toString();
  }

  private static char soundexCode(char c) {
    switch (c) {
      case 'b': case 'f': case 'p': case 'v':
        return '1';
      case 'c': case 'g': case 'j': case 'k': case 'q': case 's': case 'x': case 'z':
        return '2';
      case 'd': case 't':
        return '3';
      case 'l':
        return '4';
      case 'm': case 'n':
        return '5';
      case 'r':
        return '6';
      default:
        return '0';
    }
  }
}
