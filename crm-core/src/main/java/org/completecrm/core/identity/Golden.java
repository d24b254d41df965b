package org.completecrm.core.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;

/** Survivorship: picks each golden value from a cluster's records and records its provenance. */
final class Golden {
  private Golden() {}

  static GoldenRecord of(CustomerId customer, List<SourceRecord> records, ResolverSettings settings) {
    return records.size() == 1 ? ofOne(customer, records.get(0)) : ofMany(customer, records, settings);
  }

  /** Survivorship over the records by frequency, trust and recency ({@link #of} without the shortcut for one record). */
  static GoldenRecord ofMany(CustomerId customer, List<SourceRecord> records, ResolverSettings settings) {
    Map<AttributeType, String> values = new EnumMap<>(AttributeType.class);
    Map<AttributeType, SourceIdentity> provenance = new EnumMap<>(AttributeType.class);
    for (AttributeType type : AttributeType.values()) {
      if (type == AttributeType.OTHER) {
        continue;
      }
      Map<String, Integer> frequency = new HashMap<>();
      for (SourceRecord r : records) {
        r.get(type).ifPresent(v -> frequency.merge(key(type, v), 1, Integer::sum));
      }
      if (frequency.isEmpty()) {
        continue;
      }
      Comparator<SourceRecord> byFrequency =
          Comparator.comparingInt((SourceRecord r) -> -frequency.get(key(type, r.get(type).orElseThrow())));
      Comparator<SourceRecord> byTrust = Comparator.comparingInt(r -> settings.trustRank(r.identity().system()));
      Comparator<SourceRecord> byRecency =
          Comparator.comparing((SourceRecord r) -> r.updatedAt().orElse(Instant.MIN), Comparator.reverseOrder());
      Comparator<SourceRecord> order;
      switch (settings.survivorshipOf(type)) {
        case MOST_RECENT:
          order = byRecency.thenComparing(byFrequency).thenComparing(byTrust);
          break;
        case MOST_TRUSTED_SOURCE:
          order = byTrust.thenComparing(byFrequency).thenComparing(byRecency);
          break;
        default:
          order = byFrequency.thenComparing(byTrust).thenComparing(byRecency);
      }
      order = order.thenComparing(SourceRecord::identity);
      SourceRecord best = records.stream().filter(r -> r.get(type).isPresent()).min(order).orElseThrow();
      values.put(type, best.get(type).orElseThrow());
      provenance.put(type, best.identity());
    }
    TreeSet<SourceIdentity> sources = new TreeSet<>();
    records.forEach(r -> sources.add(r.identity()));
    return GoldenRecord.builder().customer(customer).attributes(values).provenance(provenance).sources(sources).build();
  }

  /**
   * The golden record of a cluster of one record: each of its typed values, from it. What {@link
   * #of} picks for one record whatever the survivorship rules (the only record that has a value
   * is the best), without counting frequencies or ordering; most clusters are of one record.
   */
  static GoldenRecord ofOne(CustomerId customer, SourceRecord record) {
    Map<AttributeType, String> values = new EnumMap<>(AttributeType.class);
    Map<AttributeType, SourceIdentity> provenance = new EnumMap<>(AttributeType.class);
    for (AttributeType type : AttributeType.values()) {
      if (type == AttributeType.OTHER) {
        continue;
      }
      Optional<String> v = record.get(type);
      if (v.isPresent()) {
        values.put(type, v.get());
        provenance.put(type, record.identity());
      }
    }
    TreeSet<SourceIdentity> sources = new TreeSet<>();
    sources.add(record.identity());
    return GoldenRecord.builder().customer(customer).attributes(values).provenance(provenance).sources(sources).build();
  }

  /** The value compared for frequency: standardised, so that "Bill" and "BILL " count together. */
  static String key(AttributeType type, String value) {
    switch (type) {
      case EMAIL:
        return Standardise.email(value);
      case PHONE:
        return Standardise.phone(value);
      case POSTCODE:
      case NATIONAL_ID:
      case ACCOUNT_ID:
      case STREET_NUMBER:
        return Standardise.code(value);
      case STREET:
      case ADDRESS_LINE:
        return Standardise.street(value);
      case BIRTH_DATE:
        return Prepared.dateDigits(value.strip());
      default:
        return Standardise.text(value);
    }
  }
}
