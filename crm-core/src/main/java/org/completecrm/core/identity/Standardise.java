package org.completecrm.core.identity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Standardisation of attribute values before comparison: case and accent folding, whitespace,
 * e-mail and phone normalisation, nickname equivalence, street-word abbreviations, and date parsing
 * with explicit formats. Every method is pure and returns {@code ""} for an absent or empty value.
 */
public final class Standardise {
  private static final Map<String, String> STREET_WORDS =
      Map.ofEntries(
          Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("road", "rd"),
          Map.entry("avenue", "ave"), Map.entry("av", "ave"), Map.entry("drive", "dr"),
          Map.entry("lane", "ln"), Map.entry("place", "pl"), Map.entry("court", "ct"),
          Map.entry("crescent", "cres"), Map.entry("terrace", "tce"), Map.entry("close", "cl"),
          Map.entry("boulevard", "blvd"), Map.entry("square", "sq"), Map.entry("highway", "hwy"),
          Map.entry("parade", "pde"), Map.entry("circuit", "cct"), Map.entry("north", "n"),
          Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"),
          Map.entry("apartment", "apt"), Map.entry("flat", "apt"), Map.entry("unit", "apt"));

  private static final java.util.Set<String> TITLES =
      java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "jr", "sr", "mx");

  private Standardise() {}

  /** Folds case and accents, turns punctuation into spaces and collapses whitespace: {@code " Zoë  O'Neil"} gives {@code "zoe o neil"}. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String folded = value;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 127) {
        folded = Normalizer.normalize(value, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        break;
      }
    }
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(Character.toLowerCase(c));
      } else if (c != '\'' && c != '\u2019') {
        space = true;
      }
    }
    return sb.toString();
  }

  /** A name folded by {@link #text} without titles such as {@code mr} or {@code dr}. */
  public static String name(String value) {
    String t = text(value);
    if (t.isEmpty()) {
      return t;
    }
    StringBuilder sb = new StringBuilder(t.length());
    for (String token : t.split(" ")) {
      if (!TITLES.contains(token)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(token);
      }
    }
    return sb.toString();
  }

  /** The canonical form of a given name: its first word with a common nickname mapped to the formal name ({@code "Bill"} gives {@code "william"}). */
  public static String givenName(String value) {
    String n = name(value);
    int sp = n.indexOf(' ');
    String first = sp < 0 ? n : n.substring(0, sp);
    return Nicknames.canonical(first);
  }

  /** An e-mail address in lower case without a {@code +tag}, and without dots in the local part for Gmail; {@code ""} if it is not an address. */
  public static String email(String value) {
    if (value == null) {
      return "";
    }
    String e = value.strip().toLowerCase(Locale.ROOT);
    int at = e.lastIndexOf('@');
    if (at <= 0 || at == e.length() - 1) {
      return "";
    }
    String local = e.substring(0, at);
    String domain = e.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
      local = local.replace(".", "");
      domain = "gmail.com";
    }
    return local + "@" + domain;
  }

  /** The digits of a phone number without an international {@code 00} prefix. */
  public static String phone(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    String d = sb.toString();
    if (d.startsWith("00")) {
      d = d.substring(2);
    }
    return d;
  }

  /** Letters and digits only, upper case: postcodes and identifiers ({@code "sw1a 1aa"} gives {@code "SW1A1AA"}). */
  public static String code(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /** A street or address line folded by {@link #text} with common words abbreviated ({@code "Main Street"} gives {@code "main st"}). */
  public static String street(String value) {
    String t = text(value);
    if (t.isEmpty()) {
      return t;
    }
    StringBuilder sb = new StringBuilder(t.length());
    for (String token : t.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(STREET_WORDS.getOrDefault(token, token));
    }
    return sb.toString();
  }

  /**
   * Parses a date with the given formats in order, then as ISO {@code yyyy-MM-dd}; empty if none
   * parses. Formats are explicit: no guessing between day-month and month-day orders.
   */
  public static Optional<LocalDate> date(String value, List<DateTimeFormatter> formats) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    for (DateTimeFormatter f : formats) {
      try {
        return Optional.of(LocalDate.parse(v, f));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
