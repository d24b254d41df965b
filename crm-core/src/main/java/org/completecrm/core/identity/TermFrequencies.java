package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * How often the values of one attribute occur among the records, for term-frequency adjustment:
 * agreement on a rare family name says more than agreement on a common one. The adjustment of an
 * exact agreement on value {@code v} is {@code log2(agreement / share(v))}, bounded by
 * {@link #CAP} bits: positive for values rarer than the average agreement, negative for common
 * ones (Winkler, "Frequency-based matching in Fellegi-Sunter model of record linkage", 2000; as
 * in Splink's term-frequency adjustments).
 *
 * <p>Only the most frequent values are listed ({@link #LISTED}); an unlisted value counts as
 * {@link #unlisted()}, the share of the least frequent listed one (or of a single record).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTermFrequencies.class)
@JsonDeserialize(as = ImmutableTermFrequencies.class)
public abstract class TermFrequencies {
  /** The largest adjustment, in bits, either way. */
  public static final double CAP = 2;

  /** How many of the most frequent values are listed. */
  public static final int LISTED = 500;

  TermFrequencies() {}

  /** A builder. */
  public static ImmutableTermFrequencies.Builder builder() {
    return ImmutableTermFrequencies.builder();
  }

  /** The most frequent standardised values with their share of the records that have a value, most frequent first. */
  public abstract Map<String, Double> shares();

  /** The share assumed for a value that is not listed. */
  public abstract double unlisted();

  /** The chance that two records with a value agree on it: the sum of the squared shares of all values. */
  public abstract double agreement();

  /**
   * The number of records with a value that the table was counted from; 0 when not known (a table
   * written before it was kept), and then the table tells shares but not counts.
   */
  @Value.Default
  public long records() {
    return 0;
  }

  /** The share of the records with a value that have {@code value} (standardised): listed, or {@link #unlisted()}. */
  public double share(String value) {
    return shares().getOrDefault(value, unlisted());
  }

  /** The adjustment in bits of an exact agreement on {@code value} (standardised). */
  public double adjustment(String value) {
    double share = share(value);
    double a = Math.log(agreement() / share) / Math.log(2);
    return Math.max(-CAP, Math.min(CAP, a));
  }

  /** Counts the standardised values (empty ones ignored) into a table. */
  static TermFrequencies of(Collection<String> values) {
    Map<String, Long> counts = new HashMap<>();
    for (String v : values) {
      if (!v.isEmpty()) {
        counts.merge(v, 1L, Long::sum);
      }
    }
    return ofCounts(counts);
  }

  /**
   * The table with only the chance that two records agree ({@link #agreement()}) and the count of
   * records, no value listed: what the model keeps of birth dates, whose single values say little
   * but whose chance agreement tells how many records share one by chance ({@link
   * MatchModel#coincidenceLogOdds}).
   */
  static TermFrequencies agreementOnly(TermFrequencies table) {
    return builder().from(table).shares(Map.of()).build();
  }

  /**
   * The table of values counted elsewhere (by a distributed engine, for example): the same table
   * as {@link #of} of a collection holding each value as often as its count.
   */
  static TermFrequencies ofCounts(Map<String, Long> counts) {
    long n = 0;
    for (long c : counts.values()) {
      n += c;
    }
    if (n == 0) {
      return builder().unlisted(1).agreement(1).build();
    }
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    double agreement = 0;
    for (Map.Entry<String, Long> e : sorted) {
      double share = (double) e.getValue() / n;
      agreement += share * share;
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(LISTED, sorted.size()))) {
      shares.put(e.getKey(), (double) e.getValue() / n);
    }
    double unlisted = sorted.size() > LISTED ? (double) sorted.get(LISTED - 1).getValue() / n : 1.0 / n;
    return builder().shares(shares).unlisted(unlisted).agreement(agreement).records(n).build();
  }

  @Value.Check
  void check() {
    Checks.noNulls(shares(), "TermFrequencies.shares");
    shares().forEach((v, s) -> share(s, "TermFrequencies.shares[" + v.length() + " characters]"));
    share(unlisted(), "TermFrequencies.unlisted");
    share(agreement(), "TermFrequencies.agreement");
    if (records() < 0) {
      throw new InvalidValueException("TermFrequencies.records", records(), "a count of at least 0");
    }
  }

  private static void share(double s, String field) {
    if (!(s > 0 && s <= 1)) {
      throw new InvalidValueException(field, s, "a share in (0, 1]");
    }
  }

  @Override
  public String toString() {
    return "TermFrequencies{listed=" + shares().size() + ", agreement=" + agreement() + "}";
  }
}
