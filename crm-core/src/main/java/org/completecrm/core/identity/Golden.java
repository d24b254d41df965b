package org.completecrm.core.identity;

import java.time.Instant;
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

  /**
   * Survivorship over the records by frequency, trust and recency ({@link #of} without the
   * shortcut for one record): per attribute, the record with a value that comes first in the
   * order of the attribute's rule (then the next criteria, then the source identity) gives it.
   * Each record's trust rank and update time are taken once, and each value's standardised key
   * once per attribute (not once per comparison); the order is the one a comparator chain over
   * frequency, trust, recency and identity gives, and the best record is the first smallest
   * under it.
   */
  static GoldenRecord ofMany(CustomerId customer, List<SourceRecord> records, ResolverSettings settings) {
    int n = records.size();
    SourceRecord[] rs = records.toArray(new SourceRecord[0]);
    int[] trust = new int[n];
    Instant[] updated = new Instant[n];
    for (int i = 0; i < n; i++) {
      trust[i] = settings.trustRank(rs[i].identity().system());
      updated[i] = rs[i].updatedAt().orElse(Instant.MIN);
    }
    String[] values = new String[n];
    String[] keys = new String[n];
    int[] frequency = new int[n];
    Map<AttributeType, String> golden = new EnumMap<>(AttributeType.class);
    Map<AttributeType, SourceIdentity> provenance = new EnumMap<>(AttributeType.class);
    for (AttributeType type : AttributeType.values()) {
      if (type == AttributeType.OTHER) {
        continue;
      }
      boolean any = false;
      for (int i = 0; i < n; i++) {
        String v = rs[i].attributes().get(type);
        // present as SourceRecord.get takes it: not blank
        values[i] = v == null || v.isBlank() ? null : v;
        keys[i] = values[i] == null ? null : key(type, v);
        any |= values[i] != null;
      }
      if (!any) {
        continue;
      }
      count(keys, frequency);
      Survivorship rule = settings.survivorshipOf(type);
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (values[i] != null && (best < 0 || compare(rule, i, best, frequency, trust, updated, rs) < 0)) {
          best = i;
        }
      }
      golden.put(type, values[best]);
      provenance.put(type, rs[best].identity());
    }
    TreeSet<SourceIdentity> sources = new TreeSet<>();
    records.forEach(r -> sources.add(r.identity()));
    return GoldenRecord.builder().customer(customer).attributes(golden).provenance(provenance).sources(sources).build();
  }

  /** Sets {@code frequency[i]} to how many keys equal {@code keys[i]} ({@code null}: no value, not counted). */
  private static void count(String[] keys, int[] frequency) {
    int n = keys.length;
    if (n <= 16) {
      // most clusters hold a few records: comparing every two is cheaper than a map
      for (int i = 0; i < n; i++) {
        int c = 0;
        for (int j = 0; keys[i] != null && j < n; j++) {
          if (keys[i].equals(keys[j])) {
            c++;
          }
        }
        frequency[i] = c;
      }
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String k : keys) {
      if (k != null) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    for (int i = 0; i < n; i++) {
      frequency[i] = keys[i] == null ? 0 : counts.get(keys[i]);
    }
  }

  /**
   * The order of records {@code a} and {@code b} under a survivorship rule: by its criterion, then
   * the others in the order frequency (more first), trust (lower rank first), recency (later
   * first), then by source identity.
   */
  private static int compare(Survivorship rule, int a, int b, int[] frequency, int[] trust, Instant[] updated,
      SourceRecord[] rs) {
    int byFrequency = Integer.compare(frequency[b], frequency[a]);
    int byTrust = Integer.compare(trust[a], trust[b]);
    int byRecency = updated[b].compareTo(updated[a]);
    int c;
    switch (rule) {
      case MOST_RECENT:
        c = byRecency != 0 ? byRecency : byFrequency != 0 ? byFrequency : byTrust;
        break;
      case MOST_TRUSTED_SOURCE:
        c = byTrust != 0 ? byTrust : byFrequency != 0 ? byFrequency : byRecency;
        break;
      default:
        c = byFrequency != 0 ? byFrequency : byTrust != 0 ? byTrust : byRecency;
    }
    return c != 0 ? c : rs[a].identity().compareTo(rs[b].identity());
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
