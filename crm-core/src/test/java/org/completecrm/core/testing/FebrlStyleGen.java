package org.completecrm.core.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;

/**
 * A second, independent generator of labelled person records, in the shape of the FEBRL data sets
 * (Christen, "Probabilistic data generation for deduplication and data linkage", IDEAL 2005):
 * given name, surname, street number, two address lines, suburb, four-digit postcode, state, a
 * birth date as {@code yyyyMMdd} digits and a seven-digit social security number, with no e-mail,
 * phone or account.
 *
 * <p>It exists so that the resolver is not tuned to {@link PeopleGen} alone: its names and places
 * are made of syllables with Zipf frequencies (a long tail of rare values, unlike PeopleGen's
 * short lists), and its corruptions follow another model: keyboard-neighbour typing errors,
 * optical-recognition confusions, phonetic spellings, values blanked or replaced by another
 * value of the same field, words swapped within a field, and given and surname swapped; up to
 * two changes per field and five per record, each duplicate made from the original independently
 * (so two duplicates differ by up to twice as much). No households: every person lives alone.
 *
 * <p>Two shapes: {@link #deduplication} (one file, up to five duplicates per original) and
 * {@link #linkage} (two files, every original once in each, the second corrupted).
 */
public final class FebrlStyleGen {
  private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p",
    "r", "s", "sh", "st", "t", "th", "v", "w", "z", "", "", "ma", "ro"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ie", "oo", "y"};
  private static final String[] CODAS = {"", "", "n", "r", "s", "l", "th", "ck", "nd", "m", "tt", "rd", "ll", "ng"};
  private static final String[] STREET_TYPES = {"street", "road", "avenue", "place", "crescent", "circuit", "close", "parade"};
  private static final String[] STATES = {"nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt"};
  private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"};
  private static final String[][] OCR = {{"0", "o"}, {"1", "l"}, {"5", "s"}, {"8", "b"}, {"2", "z"}, {"m", "rn"},
    {"d", "cl"}, {"g", "q"}, {"h", "b"}, {"6", "g"}, {"u", "v"}, {"w", "vv"}};
  private static final String[][] PHONETIC = {{"ph", "f"}, {"ck", "k"}, {"c", "k"}, {"ee", "i"}, {"y", "i"}, {"th", "t"},
    {"ou", "ow"}, {"s", "z"}, {"ie", "y"}, {"ll", "l"}, {"tt", "t"}, {"gh", "g"}, {"ai", "ay"}};

  private FebrlStyleGen() {}

  /** Labelled records: every record and the index of its true person. */
  public record Labelled(List<SourceRecord> records, Map<SourceIdentity, Integer> person) {}

  /** One file of {@code originals} originals and their duplicates (up to five each, about 1.5 on average). */
  public static Labelled deduplication(int originals, long seed) {
    Random rnd = new Random(seed);
    Tables t = new Tables(rnd);
    List<SourceRecord> out = new ArrayList<>();
    Map<SourceIdentity, Integer> person = new HashMap<>();
    for (int p = 0; p < originals; p++) {
      Map<String, String> o = t.original(rnd);
      SourceIdentity id = SourceIdentity.of("febrl", "rec-" + p + "-org");
      out.add(record(id, o));
      person.put(id, p);
      int dups = rnd.nextDouble() < 0.4 ? 0 : zipf(rnd, 5);
      for (int d = 0; d < dups; d++) {
        SourceIdentity did = SourceIdentity.of("febrl", "rec-" + p + "-dup-" + d);
        out.add(record(did, t.corrupt(rnd, o)));
        person.put(did, p);
      }
    }
    return new Labelled(out, person);
  }

  /** Two files ({@code a} and {@code b}), every one of {@code originals} people once in each; file b is corrupted. */
  public static Labelled linkage(int originals, long seed) {
    Random rnd = new Random(seed);
    Tables t = new Tables(rnd);
    List<SourceRecord> out = new ArrayList<>();
    Map<SourceIdentity, Integer> person = new HashMap<>();
    for (int p = 0; p < originals; p++) {
      Map<String, String> o = t.original(rnd);
      SourceIdentity a = SourceIdentity.of("a", "rec-" + p + "-org");
      SourceIdentity b = SourceIdentity.of("b", "rec-" + p + "-dup-0");
      out.add(record(a, o));
      out.add(record(b, t.corrupt(rnd, o)));
      person.put(a, p);
      person.put(b, p);
    }
    return new Labelled(out, person);
  }

  private static SourceRecord record(SourceIdentity id, Map<String, String> f) {
    Map<AttributeType, String> a = new EnumMap<>(AttributeType.class);
    put(a, AttributeType.GIVEN_NAME, f.get("given_name"));
    put(a, AttributeType.FAMILY_NAME, f.get("surname"));
    put(a, AttributeType.STREET_NUMBER, f.get("street_number"));
    put(a, AttributeType.STREET, f.get("address_1"));
    put(a, AttributeType.ADDRESS_LINE, f.get("address_2"));
    put(a, AttributeType.LOCALITY, f.get("suburb"));
    put(a, AttributeType.POSTCODE, f.get("postcode"));
    put(a, AttributeType.REGION, f.get("state"));
    put(a, AttributeType.BIRTH_DATE, f.get("date_of_birth"));
    put(a, AttributeType.NATIONAL_ID, f.get("soc_sec_id"));
    return SourceRecord.builder().identity(id).attributes(a).build();
  }

  private static void put(Map<AttributeType, String> a, AttributeType t, String v) {
    if (v != null && !v.isBlank()) {
      a.put(t, v);
    }
  }

  /** Value tables with Zipf frequencies, made of syllables. */
  private static final class Tables {
    final String[] given;
    final String[] surnames;
    final String[] streets;
    final String[] complexes;
    final String[] suburbs;
    final String[] postcodes;
    final String[] states;

    Tables(Random rnd) {
      given = words(rnd, 3000, 2);
      surnames = words(rnd, 8000, 3);
      streets = words(rnd, 2000, 2);
      complexes = words(rnd, 300, 2);
      suburbs = words(rnd, 1500, 3);
      postcodes = new String[suburbs.length];
      states = new String[suburbs.length];
      for (int i = 0; i < suburbs.length; i++) {
        postcodes[i] = String.format(Locale.ROOT, "%04d", 800 + rnd.nextInt(9000));
        states[i] = STATES[Math.min(STATES.length - 1, zipf(rnd, STATES.length) - 1)];
      }
    }

    Map<String, String> original(Random rnd) {
      Map<String, String> f = new HashMap<>();
      f.put("given_name", rnd.nextDouble() < 0.02 ? null : zipfPick(rnd, given));
      f.put("surname", rnd.nextDouble() < 0.01 ? null : zipfPick(rnd, surnames));
      f.put("street_number", rnd.nextDouble() < 0.05 ? null : String.valueOf(1 + (int) (Math.pow(rnd.nextDouble(), 2) * 400)));
      f.put("address_1", zipfPick(rnd, streets) + " " + STREET_TYPES[rnd.nextInt(STREET_TYPES.length)]);
      f.put("address_2", rnd.nextDouble() < 0.6 ? null : zipfPick(rnd, complexes) + (rnd.nextBoolean() ? " village" : ""));
      int s = zipfIndex(rnd, suburbs.length);
      f.put("suburb", suburbs[s]);
      f.put("postcode", postcodes[s]);
      f.put("state", states[s]);
      f.put("date_of_birth", rnd.nextDouble() < 0.1 ? null : String.format(Locale.ROOT, "%04d%02d%02d",
          1920 + rnd.nextInt(85), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
      f.put("soc_sec_id", String.format(Locale.ROOT, "%07d", rnd.nextInt(10_000_000)));
      return f;
    }

    /** A duplicate: one to five changes, at most two per field. */
    Map<String, String> corrupt(Random rnd, Map<String, String> original) {
      Map<String, String> f = new HashMap<>(original);
      String[] fields = {"given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode",
        "date_of_birth", "soc_sec_id"};
      double[] weights = {0.2, 0.15, 0.1, 0.1, 0.05, 0.1, 0.1, 0.1, 0.1};
      int changes = 1 + Math.min(4, (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.5));
      Map<String, Integer> perField = new HashMap<>();
      for (int c = 0; c < changes; c++) {
        String field = fields[weighted(rnd, weights)];
        if (perField.merge(field, 1, Integer::sum) > 2) {
          continue;
        }
        change(rnd, f, field);
      }
      return f;
    }

    private void change(Random rnd, Map<String, String> f, String field) {
      String v = f.get(field);
      double k = rnd.nextDouble();
      if (field.equals("given_name") && k < 0.05) {
        f.put("given_name", f.get("surname"));
        f.put("surname", v);
        return;
      }
      if (v == null || k < 0.12) {
        f.put(field, null);
        return;
      }
      if (k < 0.22) {
        f.put(field, replacement(rnd, field));
        return;
      }
      boolean digits = field.equals("street_number") || field.equals("postcode") || field.equals("date_of_birth")
          || field.equals("soc_sec_id");
      if (!digits && k < 0.32) {
        f.put(field, phonetic(rnd, v));
      } else if (k < 0.42) {
        f.put(field, ocr(rnd, v));
      } else if (!digits && v.indexOf(' ') > 0 && k < 0.5) {
        int sp = v.indexOf(' ');
        f.put(field, v.substring(sp + 1) + " " + v.substring(0, sp));
      } else {
        f.put(field, typo(rnd, v));
      }
    }

    private String replacement(Random rnd, String field) {
      switch (field) {
        case "given_name":
          return zipfPick(rnd, given);
        case "surname":
          return zipfPick(rnd, surnames);
        case "address_1":
          return zipfPick(rnd, streets) + " " + STREET_TYPES[rnd.nextInt(STREET_TYPES.length)];
        case "address_2":
          return zipfPick(rnd, complexes);
        case "suburb":
          return zipfPick(rnd, suburbs);
        case "street_number":
          return String.valueOf(1 + rnd.nextInt(400));
        case "postcode":
          return String.format(Locale.ROOT, "%04d", 800 + rnd.nextInt(9000));
        case "date_of_birth":
          return String.format(Locale.ROOT, "%04d%02d%02d", 1920 + rnd.nextInt(85), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        default:
          return String.format(Locale.ROOT, "%07d", rnd.nextInt(10_000_000));
      }
    }
  }

  /** A keyboard typing error: a neighbouring key substituted or inserted, a character deleted, or two transposed. */
  static String typo(Random rnd, String s) {
    if (s.length() < 2) {
      return s + neighbour(rnd, s.isEmpty() ? 'a' : s.charAt(0));
    }
    int i = rnd.nextInt(s.length());
    double k = rnd.nextDouble();
    if (k < 0.4) {
      return s.substring(0, i) + neighbour(rnd, s.charAt(i)) + s.substring(i + 1);
    }
    if (k < 0.6) {
      return s.substring(0, i) + neighbour(rnd, s.charAt(i)) + s.substring(i);
    }
    if (k < 0.8) {
      return s.substring(0, i) + s.substring(i + 1);
    }
    int j = Math.min(i + 1, s.length() - 1);
    if (i == j) {
      i--;
    }
    return s.substring(0, i) + s.charAt(j) + s.charAt(i) + s.substring(j + 1);
  }

  private static char neighbour(Random rnd, char c) {
    for (String row : KEYBOARD) {
      int p = row.indexOf(c);
      if (p >= 0) {
        int q = p == 0 ? 1 : p == row.length() - 1 ? p - 1 : p + (rnd.nextBoolean() ? 1 : -1);
        return row.charAt(q);
      }
    }
    return c;
  }

  private static String ocr(Random rnd, String s) {
    int start = rnd.nextInt(OCR.length);
    for (int n = 0; n < OCR.length; n++) {
      String[] pair = OCR[(start + n) % OCR.length];
      boolean forward = rnd.nextBoolean();
      String from = forward ? pair[0] : pair[1];
      int at = s.indexOf(from);
      if (at >= 0) {
        return s.substring(0, at) + (forward ? pair[1] : pair[0]) + s.substring(at + from.length());
      }
    }
    return typo(rnd, s);
  }

  private static String phonetic(Random rnd, String s) {
    int start = rnd.nextInt(PHONETIC.length);
    for (int n = 0; n < PHONETIC.length; n++) {
      String[] pair = PHONETIC[(start + n) % PHONETIC.length];
      int at = s.indexOf(pair[0]);
      if (at >= 0) {
        return s.substring(0, at) + pair[1] + s.substring(at + pair[0].length());
      }
    }
    return typo(rnd, s);
  }

  private static String[] words(Random rnd, int n, int syllables) {
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    while (seen.size() < n) {
      StringBuilder sb = new StringBuilder();
      int k = 1 + rnd.nextInt(syllables);
      for (int s = 0; s < k; s++) {
        sb.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)]);
      }
      sb.append(CODAS[rnd.nextInt(CODAS.length)]);
      if (sb.length() >= 3) {
        seen.add(sb.toString());
      }
    }
    return seen.toArray(new String[0]);
  }

  private static int weighted(Random rnd, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A Zipf-distributed rank in [1, n] (exponent 1). */
  private static int zipf(Random rnd, int n) {
    double h = 0;
    for (int i = 1; i <= n; i++) {
      h += 1.0 / i;
    }
    double u = rnd.nextDouble() * h;
    for (int i = 1; i <= n; i++) {
      u -= 1.0 / i;
      if (u < 0) {
        return i;
      }
    }
    return n;
  }

  private static int zipfIndex(Random rnd, int n) {
    // inverse of the continuous Zipf CDF with exponent 1 (a log-uniform rank): fast for large tables
    return Math.min(n - 1, (int) Math.floor(Math.exp(rnd.nextDouble() * Math.log(n + 1.0)) - 1));
  }

  private static String zipfPick(Random rnd, String[] values) {
    return values[zipfIndex(rnd, values.length)];
  }
}
