package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Redaction;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * How a source's columns (CSV headers, JSON field names) map to attribute types, which column
 * holds the record key and which the source system, and the explicit formats of date columns.
 *
 * <p>JSON shape: <pre>{@code
 * {"id": "customer_ref", "source": "system",
 *  "columns": {"first": "GIVEN_NAME", "dob": "BIRTH_DATE", "mail": "EMAIL"},
 *  "dateFormats": {"dob": "dd/MM/yyyy"}}
 * }</pre> {@code source} is absent when every record comes from one system. Several columns may
 * map to the same type (their values are joined with a space); columns of type {@code OTHER} are
 * kept as free attributes under their column name.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableColumnMapping.class)
@JsonDeserialize(as = ImmutableColumnMapping.class)
public abstract class ColumnMapping {
  ColumnMapping() {}

  /** A builder. */
  public static ImmutableColumnMapping.Builder builder() {
    return ImmutableColumnMapping.builder();
  }

  /** The column holding the record's key in its source system. */
  public abstract String id();

  /** The column holding the source system's name; absent when all records come from one system. */
  public abstract Optional<String> source();

  /** Column name to attribute type. */
  public abstract Map<String, AttributeType> columns();

  /** Column name to its date pattern ({@code java.time} syntax, for example {@code dd/MM/yyyy}). */
  public abstract Map<String, String> dateFormats();

  /** The parsed date formatters by column; strict (no 31 February). */
  @Value.Lazy
  Map<String, DateTimeFormatter> formatters() {
    Map<String, DateTimeFormatter> result = new TreeMap<>();
    dateFormats().forEach((column, pattern) -> result.put(column, formatter(column, pattern)));
    return result;
  }

  private static DateTimeFormatter formatter(String column, String pattern) {
    try {
      String strict = pattern.indexOf('\'') < 0 ? pattern.replace('y', 'u') : pattern;
      return DateTimeFormatter.ofPattern(strict, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(
          "ColumnMapping.dateFormats[" + column + "]", pattern, "a java.time date pattern such as dd/MM/yyyy");
    }
  }

  /**
   * Turns one row (column name to text) into a source record; {@code defaultSystem} names the
   * system when the mapping has no source column. A date that does not parse with its column's
   * format (nor as ISO) is kept as written, so that it can still be compared as text.
   */
  public SourceRecord toRecord(Map<String, String> row, String defaultSystem) {
    Checks.present(row, "ColumnMapping.toRecord.row");
    String key = row.get(id());
    if (key == null || key.isBlank()) {
      throw new InvalidValueException("ColumnMapping.id", id(), "a non-blank record key in column '" + id() + "'");
    }
    String system = source().map(row::get).filter(s -> !s.isBlank()).orElse(defaultSystem);
    Map<AttributeType, String> attributes = new EnumMap<>(AttributeType.class);
    Map<String, String> free = new LinkedHashMap<>();
    for (Map.Entry<String, AttributeType> c : columns().entrySet()) {
      String raw = row.get(c.getKey());
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String value = raw.strip();
      if (c.getValue() == AttributeType.OTHER) {
        free.put(c.getKey(), value);
        continue;
      }
      if (c.getValue() == AttributeType.BIRTH_DATE) {
        value = parseDate(c.getKey(), value);
      }
      attributes.merge(c.getValue(), value, (a, b) -> a + " " + b);
    }
    return SourceRecord.builder()
        .identity(SourceIdentity.of(system, key.strip()))
        .attributes(attributes)
        .freeAttributes(free)
        .build();
  }

  private String parseDate(String column, String value) {
    DateTimeFormatter f = formatters().get(column);
    Optional<LocalDate> parsed = Standardise.date(value, f == null ? List.of() : List.of(f));
    return parsed.map(LocalDate::toString).orElse(value);
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "ColumnMapping.id");
    source().ifPresent(s -> Checks.notBlank(s, "ColumnMapping.source"));
    Checks.noNulls(columns(), "ColumnMapping.columns");
    Checks.noNulls(dateFormats(), "ColumnMapping.dateFormats");
    if (columns().isEmpty()) {
      throw new InvalidValueException("ColumnMapping.columns", "{}", "at least one mapped column");
    }
    for (String column : dateFormats().keySet()) {
      if (columns().get(column) != AttributeType.BIRTH_DATE) {
        throw new InvalidValueException(
            "ColumnMapping.dateFormats", column, "a column mapped to BIRTH_DATE, one of " + columns().keySet());
      }
      formatter(column, dateFormats().get(column));
    }
  }

  @Override
  public String toString() {
    return "ColumnMapping{id=" + id() + ", columns=" + columns().size() + "}";
  }

  static String masked(AttributeType type, String value) {
    if (type == AttributeType.EMAIL) {
      return Redaction.email(value);
    }
    return type.personal() ? Redaction.mask(value) : value;
  }
}
