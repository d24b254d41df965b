package org.completecrm.core.identity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Standardised values of many records as parallel arrays (compact for millions of records), and
 * the comparison of two of them into an agreement pattern.
 *
 * <p>A pattern encodes one code per {@link Comparison} in mixed radix: 0 when either value is
 * missing, otherwise the agreement level plus one.
 */
final class Prepared {
  static final Comparison[] FIELDS = Comparison.values();
  static final int[] RADIX = new int[FIELDS.length];

  static {
    int r = 1;
    for (int f = 0; f < FIELDS.length; f++) {
      RADIX[f] = r;
      r *= FIELDS[f].levels() + 1;
    }
  }

  static final int GIVEN = 0;
  static final int GIVEN_CANON = 1;
  static final int FAMILY = 2;
  static final int FAMILY_SOUNDEX = 3;
  static final int DOB = 4;
  static final int EMAIL = 5;
  static final int PHONE = 6;
  static final int STREET_NO = 7;
  static final int STREET = 8;
  static final int LOCALITY = 9;
  static final int POSTCODE = 10;
  static final int NATIONAL_ID = 11;
  static final int ACCOUNT_ID = 12;
  static final int WIDTH = 13;

  final int size;
  final String[] given;
  final String[] givenCanon;
  final String[] family;
  final String[] familySoundex;
  final String[] dob;
  final String[] email;
  final String[] phone;
  final String[] streetNo;
  final String[] street;
  final String[] locality;
  final String[] postcode;
  final String[] nationalId;
  final String[] accountId;
  final boolean[] verifiedEmail;
  /**
   * The compared values once more, row by row: record {@code i}'s at {@code i * WIDTH} in the
   * order of the column constants. A candidate pair's second record lies anywhere among millions;
   * its references read from one place instead of from thirteen arrays cost one or two cache
   * misses instead of thirteen (the same strings, so the same comparisons).
   */
  String[] rows = new String[0];
  /** Term-frequency adjustment (bits) of an exact agreement on each record's given and family name. */
  final float[] givenTf;
  final float[] familyTf;

  Prepared(int size) {
    this.size = size;
    given = new String[size];
    givenCanon = new String[size];
    family = new String[size];
    familySoundex = new String[size];
    dob = new String[size];
    email = new String[size];
    phone = new String[size];
    streetNo = new String[size];
    street = new String[size];
    locality = new String[size];
    postcode = new String[size];
    nationalId = new String[size];
    accountId = new String[size];
    verifiedEmail = new boolean[size];
    givenTf = new float[size];
    familyTf = new float[size];
  }

  /** Standardises the records (in the given order), without term-frequency adjustments. */
  static Prepared of(List<SourceRecord> records) {
    return of(records.size(), records::get, records.size() >= 4096);
  }

  /**
   * Standardises the records (in the given order) on all cores or, {@code parallel} false, in
   * the calling thread only (a task of a distributed engine, which has its own threads).
   */
  static Prepared of(List<SourceRecord> records, boolean parallel) {
    return of(records.size(), records::get, parallel);
  }

  /**
   * Standardises {@code n} records, record {@code i} given by {@code records} (asked once for each,
   * possibly from several threads), without term-frequency adjustments: for records that the caller
   * keeps in a compact form and makes one at a time, so that they are never all on the heap at once.
   */
  static Prepared of(int n, java.util.function.IntFunction<SourceRecord> records) {
    return of(n, records, n >= 4096);
  }

  private static Prepared of(int n, java.util.function.IntFunction<SourceRecord> records, boolean parallel) {
    Prepared p = new Prepared(n);
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, n);
    // some distinct values per record at first, fewer as records repeat names, dates and places
    ValuePool pool = new ValuePool(Math.min(1 << 19, n / 2));
    (parallel ? range.parallel() : range).forEach(i -> p.set(i, records.apply(i), pool));
    return p.withRows(parallel);
  }

  /** {@code size} rows with every value empty (no e-mail verified), to be filled by {@link #setRow}. */
  static Prepared empty(int size) {
    Prepared p = new Prepared(size);
    for (String[] column : p.columns()) {
      Arrays.fill(column, "");
    }
    p.rows = new String[size * WIDTH];
    Arrays.fill(p.rows, "");
    return p;
  }

  /**
   * Sets row {@code i} to standardised values (in the order of the column constants, from {@code
   * values[from]}) as {@link #set} would have made them, in the columns and in {@link #rows}; its
   * term-frequency adjustments to 0.
   */
  void setRow(int i, String[] values, int from, boolean verified) {
    given[i] = values[from + GIVEN];
    givenCanon[i] = values[from + GIVEN_CANON];
    family[i] = values[from + FAMILY];
    familySoundex[i] = values[from + FAMILY_SOUNDEX];
    dob[i] = values[from + DOB];
    email[i] = values[from + EMAIL];
    phone[i] = values[from + PHONE];
    streetNo[i] = values[from + STREET_NO];
    street[i] = values[from + STREET];
    locality[i] = values[from + LOCALITY];
    postcode[i] = values[from + POSTCODE];
    nationalId[i] = values[from + NATIONAL_ID];
    accountId[i] = values[from + ACCOUNT_ID];
    verifiedEmail[i] = verified;
    givenTf[i] = 0;
    familyTf[i] = 0;
    System.arraycopy(values, from, rows, i * WIDTH, WIDTH);
  }

  /** The column arrays, in the order of the column constants. */
  private String[][] columns() {
    return new String[][] {given, givenCanon, family, familySoundex, dob, email, phone, streetNo, street, locality,
        postcode, nationalId, accountId};
  }

  /**
   * Rows of other prepared values gathered into one, without standardising again: row {@code r}
   * is row {@code (int) refs[r]} of {@code parts.get((int) (refs[r] >>> 32))}, term-frequency
   * adjustments included.
   */
  static Prepared gather(List<Prepared> parts, long[] refs) {
    Prepared p = new Prepared(refs.length);
    for (int r = 0; r < refs.length; r++) {
      Prepared q = parts.get((int) (refs[r] >>> 32));
      int i = (int) refs[r];
      p.given[r] = q.given[i];
      p.givenCanon[r] = q.givenCanon[i];
      p.family[r] = q.family[i];
      p.familySoundex[r] = q.familySoundex[i];
      p.dob[r] = q.dob[i];
      p.email[r] = q.email[i];
      p.phone[r] = q.phone[i];
      p.streetNo[r] = q.streetNo[i];
      p.street[r] = q.street[i];
      p.locality[r] = q.locality[i];
      p.postcode[r] = q.postcode[i];
      p.nationalId[r] = q.nationalId[i];
      p.accountId[r] = q.accountId[i];
      p.verifiedEmail[r] = q.verifiedEmail[i];
      p.givenTf[r] = q.givenTf[i];
      p.familyTf[r] = q.familyTf[i];
    }
    return p.withRows();
  }

  /** Fills {@link #rows} from the column arrays. */
  Prepared withRows() {
    return withRows(size >= 4096);
  }

  /** Fills {@link #rows} from the column arrays, on all cores or in the calling thread only. */
  Prepared withRows(boolean parallel) {
    String[] out = new String[size * WIDTH];
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, size);
    (parallel ? range.parallel() : range).forEach(i -> {
      int b = i * WIDTH;
      out[b + GIVEN] = given[i];
      out[b + GIVEN_CANON] = givenCanon[i];
      out[b + FAMILY] = family[i];
      out[b + FAMILY_SOUNDEX] = familySoundex[i];
      out[b + DOB] = dob[i];
      out[b + EMAIL] = email[i];
      out[b + PHONE] = phone[i];
      out[b + STREET_NO] = streetNo[i];
      out[b + STREET] = street[i];
      out[b + LOCALITY] = locality[i];
      out[b + POSTCODE] = postcode[i];
      out[b + NATIONAL_ID] = nationalId[i];
      out[b + ACCOUNT_ID] = accountId[i];
    });
    rows = out;
    return this;
  }

  /** Sets the term-frequency adjustments of every record from a model's tables. */
  Prepared adjustedBy(MatchModel model) {
    TermFrequencies g = model.termFrequencies().get(Comparison.GIVEN_NAME);
    TermFrequencies f = model.termFrequencies().get(Comparison.FAMILY_NAME);
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, size);
    (size >= 4096 ? range.parallel() : range).forEach(i -> adjust(i, g, f));
    return this;
  }

  void adjust(int i, TermFrequencies g, TermFrequencies f) {
    givenTf[i] = adjustment(g, given[i]);
    familyTf[i] = adjustment(f, family[i]);
  }

  /** A name's term-frequency adjustment as records keep it (a float; 0 without a table or a name). */
  static float adjustment(TermFrequencies table, String name) {
    return table == null || name.isEmpty() ? 0 : (float) table.adjustment(name);
  }

  /** The term-frequency adjustment of a pair with agreement {@code pattern}: for exact agreement on a rare (or common) name. */
  double tfAdjustment(int i, int j, int pattern) {
    return tfAdjustment(0, i, j, pattern) + tfAdjustment(1, i, j, pattern);
  }

  /** The term-frequency adjustment of comparison {@code f} (0 given name, 1 family name; 0 for others). */
  double tfAdjustment(int f, int i, int j, int pattern) {
    if (f == 0 && level(pattern, 0) == 3 && given[i].equals(given[j])) {
      return givenTf[i];
    }
    if (f == 1 && level(pattern, 1) == 3 && family[i].equals(family[j])) {
      return familyTf[i];
    }
    return 0;
  }

  /** Standardises record {@code r} into row {@code i}, the values with few distinct ones shared through {@code pool}. */
  void set(int i, SourceRecord r, ValuePool pool) {
    String g = Standardise.name(r.get(AttributeType.GIVEN_NAME).orElse(""));
    String f = Standardise.name(r.get(AttributeType.FAMILY_NAME).orElse(""));
    Optional<String> full = r.get(AttributeType.FULL_NAME);
    if (full.isPresent() && (g.isEmpty() || f.isEmpty())) {
      String n = Standardise.name(full.get());
      int sp = n.lastIndexOf(' ');
      if (g.isEmpty()) {
        g = sp < 0 ? "" : n.substring(0, n.indexOf(' '));
      }
      if (f.isEmpty()) {
        f = sp < 0 ? n : n.substring(sp + 1);
      }
    }
    int gs = g.indexOf(' ');
    given[i] = pool.of(gs < 0 ? g : g.substring(0, gs));
    givenCanon[i] = pool.of(Nicknames.canonical(given[i]));
    family[i] = pool.of(f.replace(" ", ""));
    familySoundex[i] = pool.of(Similarity.soundex(family[i]));
    dob[i] = pool.of(dateDigits(r.get(AttributeType.BIRTH_DATE).orElse("")));
    email[i] = Standardise.email(r.get(AttributeType.EMAIL).orElse(null));
    phone[i] = Standardise.phone(r.get(AttributeType.PHONE).orElse(null));
    streetNo[i] = pool.of(Standardise.code(r.get(AttributeType.STREET_NUMBER).orElse(null)));
    String st = Standardise.street(r.get(AttributeType.STREET).orElse(""));
    if (st.isEmpty()) {
      st = Standardise.street(r.get(AttributeType.ADDRESS_LINE).orElse(""));
    }
    street[i] = pool.of(st);
    locality[i] = pool.of(Standardise.text(r.get(AttributeType.LOCALITY).orElse("")));
    postcode[i] = Standardise.code(r.get(AttributeType.POSTCODE).orElse(null));
    nationalId[i] = Standardise.code(r.get(AttributeType.NATIONAL_ID).orElse(null));
    accountId[i] = Standardise.code(r.get(AttributeType.ACCOUNT_ID).orElse(null));
    verifiedEmail[i] = r.isVerified(AttributeType.EMAIL) && !email[i].isEmpty();
  }

  /** Whether a text has the shape {@code dddd-dd-dd}. */
  private static boolean isoShape(String v) {
    if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
      return false;
    }
    for (int k = 0; k < 10; k++) {
      if (k != 4 && k != 7 && (v.charAt(k) < '0' || v.charAt(k) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** A birth date as {@code yyyyMMdd} digits if it is ISO, otherwise the digits as written. */
  static String dateDigits(String value) {
    if (value.isEmpty()) {
      return "";
    }
    String v = value.strip();
    if (isoShape(v)) {
      // the common case without the parser: a valid yyyy-MM-dd is its digits (an invalid one goes the long way)
      try {
        LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
        return v.substring(0, 4) + v.substring(5, 7) + v.substring(8, 10);
      } catch (java.time.DateTimeException e) {
        // not a date: as below
      }
    }
    Optional<LocalDate> d = Standardise.date(value, List.of());
    if (d.isPresent()) {
      LocalDate x = d.get();
      int y = x.getYear();
      if (y < 0 || y > 9999) {
        return String.format(java.util.Locale.ROOT, "%04d%02d%02d", y, x.getMonthValue(), x.getDayOfMonth());
      }
      // yyyyMMdd without String.format (a million records format a million dates)
      char[] c = new char[8];
      c[0] = (char) ('0' + y / 1000);
      c[1] = (char) ('0' + y / 100 % 10);
      c[2] = (char) ('0' + y / 10 % 10);
      c[3] = (char) ('0' + y % 10);
      c[4] = (char) ('0' + x.getMonthValue() / 10);
      c[5] = (char) ('0' + x.getMonthValue() % 10);
      c[6] = (char) ('0' + x.getDayOfMonth() / 10);
      c[7] = (char) ('0' + x.getDayOfMonth() % 10);
      return new String(c);
    }
    return Standardise.code(value);
  }

  /** The agreement pattern of records {@code i} and {@code j}. */
  int compare(int i, int j) {
    String[] v = rows;
    int a = i * WIDTH;
    int b = j * WIDTH;
    String gi = v[a + GIVEN];
    String fi = v[a + FAMILY];
    String gj = v[b + GIVEN];
    String fj = v[b + FAMILY];
    String ci = v[a + GIVEN_CANON];
    String cj = v[b + GIVEN_CANON];
    int gl = givenLevel(gi, gj, ci, cj);
    int fl = familyLevel(fi, fj, v[a + FAMILY_SOUNDEX], v[b + FAMILY_SOUNDEX]);
    if (gl == 0 && !fi.isEmpty() && !fj.isEmpty()) {
      // given and family name swapped in one of the sources: keep the reading that agrees better
      // (the family side only when the given side reads so: both must). Either record may be the
      // swapped one, so both readings are tried: j swapped (i's given name against j's family
      // field, read as given names) and i swapped (i's family field against j's given name), which
      // makes the level the same whichever record comes first (between two readings that agree as
      // well, the one with the closer given names, which does not depend on the order either)
      int sg = givenLevel(gi, fj, ci, Nicknames.canonical(fj));
      int sf = sg > 0 ? familyLevel(fi, gj, v[a + FAMILY_SOUNDEX], null) : 0;
      int tg = givenLevel(fi, gj, Nicknames.canonical(fi), cj);
      int tf = tg > 0 ? familyLevel(gi, fj, null, v[b + FAMILY_SOUNDEX]) : 0;
      boolean s = sg > 0 && sf > 0;
      if (tg > 0 && tf > 0 && (!s || tg + tf > sg + sf || tg + tf == sg + sf && tg > sg)) {
        sg = tg;
        sf = tf;
        s = true;
      }
      if (s && sg + sf > gl + fl) {
        gl = sg;
        fl = sf;
      }
    }
    int code = 0;
    code += RADIX[0] * levelCode(gl);
    code += RADIX[1] * levelCode(fl);
    code += RADIX[2] * levelCode(dateLevel(v[a + DOB], v[b + DOB]));
    code += RADIX[3] * levelCode(emailLevel(v[a + EMAIL], v[b + EMAIL]));
    code += RADIX[4] * levelCode(phoneLevel(v[a + PHONE], v[b + PHONE]));
    code += RADIX[5] * levelCode(addressLevel(v, a, b));
    code += RADIX[6] * levelCode(idLevel(v[a + NATIONAL_ID], v[b + NATIONAL_ID]));
    code += RADIX[7] * levelCode(editLevel(v[a + ACCOUNT_ID], v[b + ACCOUNT_ID]));
    return code;
  }

  /** The level of comparison {@code f} in a pattern, or -1 when a value was missing. */
  static int level(int pattern, int f) {
    return (pattern / RADIX[f]) % (FIELDS[f].levels() + 1) - 1;
  }

  private static int levelCode(int level) {
    return level + 1;
  }

  static int givenLevel(String a, String b, String ca, String cb) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 3;
    }
    if (ca.equals(cb) || Similarity.withinOneEdit(a, b) && Math.min(a.length(), b.length()) >= 3
        || Nicknames.shareFormalName(a, b)) {
      return 2;
    }
    if (!(ca.equals(a) && cb.equals(b)) && Similarity.withinOneEdit(ca, cb) && Math.min(ca.length(), cb.length()) >= 3) {
      // a nickname against a mistyped formal name (Bill and Wiliam): one edit apart once the
      // nickname is read as its formal name
      return 2;
    }
    if (Nicknames.mistypedNameOf(a, cb) || Nicknames.mistypedNameOf(b, ca)) {
      // a mistyped nickname against its formal name or another of its nicknames (Bil and William)
      return 2;
    }
    if ((a.length() == 1 || b.length() == 1)
        && (a.charAt(0) == b.charAt(0) || ca.charAt(0) == cb.charAt(0))) {
      return 1;
    }
    // only the thresholds 0.94 and 0.85 matter: below 0.85 by the bound is as good as 0
    double s = Similarity.jaroWinklerBound(a, b) < 0.85 ? 0 : Similarity.jaroWinkler(a, b);
    if (s >= 0.94) {
      return 2;
    }
    return s >= 0.85 || Similarity.withinOneEdit(a, b) || a.startsWith(b) || b.startsWith(a) ? 1 : 0;
  }

  static int familyLevel(String a, String b) {
    return familyLevel(a, b, null, null);
  }

  /**
   * Family names, with their Soundex codes when known ({@code null} otherwise): the cheap tests
   * first, the Jaro-Winkler similarity only when they leave the level open, Soundex last.
   */
  static int familyLevel(String a, String b, String soundexA, String soundexB) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 3;
    }
    boolean oneEdit = Similarity.withinOneEdit(a, b);
    if (Math.min(a.length(), b.length()) >= 4 && (oneEdit || a.contains(b) || b.contains(a))) {
      return 2;
    }
    double s = Similarity.jaroWinklerBound(a, b) < 0.85 ? 0 : Similarity.jaroWinkler(a, b);
    if (s >= 0.94) {
      return 2;
    }
    if (s >= 0.85 || oneEdit) {
      return 1;
    }
    String sa = soundexA != null ? soundexA : Similarity.soundex(a);
    String sb = soundexB != null ? soundexB : Similarity.soundex(b);
    return sa.equals(sb) ? 1 : 0;
  }

  /**
   * Birth dates as digits: exact (3); close (2): one digit wrong, two transposed, or day and
   * month swapped; similar (1): two typing errors (two digits wrong, wherever they are: two copies
   * of one date, each mistyped once, are two digits apart, as two national ids are two edits
   * apart), the same year and month, or day and month swapped with one digit wrong besides;
   * different (0).
   */
  static int dateLevel(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 3;
    }
    if (Similarity.withinOneEdit(a, b)) {
      return 2;
    }
    boolean eight = a.length() == 8 && b.length() == 8;
    if (eight && a.regionMatches(0, b, 0, 4) && a.regionMatches(4, b, 6, 2) && a.regionMatches(6, b, 4, 2)) {
      return 2;
    }
    if (eight && (a.regionMatches(0, b, 0, 6) || Similarity.editDistance(a, b, 2) <= 2)) {
      return 1;
    }
    if (eight && Similarity.withinOneEdit(a, b.substring(0, 4) + b.substring(6, 8) + b.substring(4, 6))) {
      // day and month swapped and one digit wrong besides: two errors, as two digits wrong
      return 1;
    }
    return 0;
  }

  /** Identifiers: exact (3), one typing error (2), two (1), different (0). */
  static int idLevel(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 3;
    }
    if (Similarity.withinOneEdit(a, b)) {
      return 2;
    }
    return Similarity.editDistance(a, b, 2) <= 2 ? 1 : 0;
  }

  static int emailLevel(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 2;
    }
    int ai = a.indexOf('@');
    int bi = b.indexOf('@');
    if (ai == bi && a.regionMatches(0, b, 0, ai)) {
      return 1;
    }
    return Similarity.jaroWinklerAtLeast(a, b, 0.92) ? 1 : 0;
  }

  static int phoneLevel(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 2;
    }
    // a country code against a trunk prefix: +44 7700 900123 and 07700 900123 agree on the last 10 digits
    int n = Math.min(10, Math.min(a.length(), b.length()));
    if (n >= 9 && a.regionMatches(a.length() - n, b, b.length() - n, n)) {
      return 2;
    }
    if (Similarity.withinOneEdit(a, b)) {
      return 1;
    }
    int m = Math.min(a.length(), b.length());
    return m >= 7 && Similarity.withinOneEdit(a.substring(a.length() - m), b.substring(b.length() - m)) ? 1 : 0;
  }

  /** The address level of the records whose rows start at {@code ri} and {@code rj} of {@code v}. */
  private static int addressLevel(String[] v, int ri, int rj) {
    int pc = editLevel(v[ri + POSTCODE], v[rj + POSTCODE]);
    int lc = similarLevel(v[ri + LOCALITY], v[rj + LOCALITY], 0.9);
    String a = v[ri + STREET];
    String b = v[rj + STREET];
    String ni = v[ri + STREET_NO];
    String nj = v[rj + STREET_NO];
    if (a.isEmpty() || b.isEmpty()) {
      if (pc < 0 && lc < 0) {
        return -1;
      }
      if (pc == 2 && lc >= 1) {
        return 3;
      }
      return pc == 2 ? 2 : pc == 1 || lc >= 1 ? 1 : 0;
    }
    boolean sameNumber = !ni.isEmpty() && ni.equals(nj);
    boolean nearNumber = !ni.isEmpty() && !nj.isEmpty() && Similarity.withinOneEdit(ni, nj);
    boolean sameStreet = a.equals(b) || Similarity.jaroWinklerAtLeast(a, b, 0.9);
    boolean sameArea = pc == 2 || (pc < 0 && lc >= 1) || (lc == 2 && pc >= 1);
    if (sameStreet && sameNumber) {
      return sameArea || (pc < 0 && lc < 0) ? 4 : 3;
    }
    if (sameStreet && nearNumber && (sameArea || pc >= 1 || lc >= 1)) {
      return 3;
    }
    if (sameStreet && sameArea) {
      return 2;
    }
    if (pc == 2) {
      return 2;
    }
    return pc == 1 || lc >= 1 ? 1 : 0;
  }

  static int similarLevel(String a, String b, double threshold) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 2;
    }
    return Similarity.jaroWinklerAtLeast(a, b, threshold) ? 1 : 0;
  }

  static int editLevel(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return -1;
    }
    if (a.equals(b)) {
      return 2;
    }
    return Similarity.withinOneEdit(a, b) ? 1 : 0;
  }

  /** The deterministic rule that links {@code i} and {@code j}, if any. */
  String rule(int i, int j) {
    if (verifiedEmail[i] && verifiedEmail[j] && email[i].equals(email[j])) {
      return "same verified e-mail";
    }
    if (!accountId[i].isEmpty() && accountId[i].equals(accountId[j])) {
      return "same account id";
    }
    return null;
  }

  /**
   * The evidence that records {@code i} and {@code j} (with agreement {@code pattern}) are the
   * same person or two people, from the attributes that tell people of one household apart: the
   * national id (+4 for exact or one typing error, -3 for three or more edits), the birth date (+2
   * exact or close, -2 different) and the given name (+2 exact or close, -2 when no typo,
   * nickname, initial or swap explains the difference). Family name, address, phone and e-mail
   * are left out: a household shares them.
   */
  int personEvidence(int i, int j, int pattern) {
    int score = 0;
    int id = level(pattern, 6);
    score += id >= 2 ? 4 : id == 0 ? -3 : 0;
    int dob = level(pattern, 2);
    score += dob >= 2 ? 2 : dob == 0 ? -2 : 0;
    int g = level(pattern, 0);
    if (g >= 2) {
      score += 2;
    } else if (g == 0 && givenNameUnexplained(i, j)) {
      score -= 2;
    }
    return score;
  }

  /**
   * Whether two different given names are unexplained: not within two edits of each other, and
   * neither record's given name read against the other's family name (a swap in either record,
   * the other's family name perhaps missing or another one) is within two edits or the same name
   * by nickname. Symmetric in {@code i} and {@code j}.
   */
  boolean givenNameUnexplained(int i, int j) {
    return Similarity.editDistance(given[i], given[j], 2) > 2
        && !nameNear(given[i], givenCanon[i], family[j]) && !nameNear(given[j], givenCanon[j], family[i]);
  }

  private static boolean nameNear(String g, String canon, String f) {
    return !f.isEmpty() && (Similarity.editDistance(g, f, 2) <= 2 || canon.equals(Nicknames.canonical(f))
        || Nicknames.shareFormalName(g, f));
  }

  /**
   * Whether two records are clearly different people: some household-distinguishing attribute
   * disagrees and the others do not outweigh it ({@link #personEvidence} at most 0 with a
   * disagreement). Twins (same birth date, other given names), a father and son of the same
   * name (other birth dates) and a couple sharing an e-mail address are; a record whose given
   * name or id was mistyped or replaced, while its birth date and id agree, is not.
   */
  boolean clearlyDifferent(int i, int j, int pattern) {
    int e = personEvidence(i, j, pattern);
    if (e > 0) {
      return false;
    }
    return level(pattern, 6) == 0 || level(pattern, 2) == 0
        || level(pattern, 0) == 0 && givenNameUnexplained(i, j);
  }
}
