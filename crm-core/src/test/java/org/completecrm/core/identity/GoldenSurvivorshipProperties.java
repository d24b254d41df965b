package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * {@link Golden#ofMany} (keys and ranks taken once per record, the best record found by one scan)
 * against the comparator chain it replaced ({@link #reference}), under every survivorship rule,
 * for groups of a person's records and of strangers' records (ties in frequency, records without
 * a value, more and fewer than the sixteen records up to which frequencies are counted without a
 * map).
 */
class GoldenSurvivorshipProperties {
  private static final List<ResolverSettings> SETTINGS = settings();

  @Test
  void survivorshipPicksWhatTheComparatorChainPicks() {
    qt().withExamples(300).forAll(integers().between(1, 40), longs().all(), integers().between(0, 2))
        .checkAssert((size, seed, s) -> {
          Random random = new Random(seed);
          PeopleGen.Labelled people = PeopleGen.harder(Math.max(2, size / 3), seed);
          List<SourceRecord> all = new ArrayList<>(people.records());
          Collections.shuffle(all, random);
          List<SourceRecord> group = new ArrayList<>();
          // a person's records first (values that agree and disagree), then anyone's
          Integer person = people.person().get(all.get(0).identity());
          all.stream().filter(r -> people.person().get(r.identity()).equals(person)).forEach(group::add);
          for (SourceRecord r : all) {
            if (group.size() >= size) {
              break;
            }
            if (!group.contains(r)) {
              group.add(withUpdate(r, random));
            }
          }
          ResolverSettings settings = SETTINGS.get(s);
          CustomerId id = ResolutionSteps.customerId(group.get(0).identity());
          assertEquals(reference(id, group, settings), Golden.ofMany(id, group, settings));
        });
  }

  /** Some records without an update time, some with the same one, so that recency ties and falls through. */
  private static SourceRecord withUpdate(SourceRecord r, Random random) {
    int k = random.nextInt(3);
    var b = SourceRecord.builder().from(r);
    return k == 0 ? b.updatedAt(java.util.Optional.empty()).build()
        : k == 1 ? b.updatedAt(Instant.parse("2026-01-01T00:00:00Z")).build() : r;
  }

  private static List<ResolverSettings> settings() {
    Map<AttributeType, Survivorship> recent = new EnumMap<>(AttributeType.class);
    Map<AttributeType, Survivorship> trusted = new EnumMap<>(AttributeType.class);
    for (AttributeType t : AttributeType.values()) {
      recent.put(t, Survivorship.MOST_RECENT);
      trusted.put(t, Survivorship.MOST_TRUSTED_SOURCE);
    }
    return List.of(ResolverSettings.defaults(), ResolverSettings.builder().survivorship(recent).build(),
        ResolverSettings.builder().survivorship(trusted).addSourceTrust("webshop", "billing").build());
  }

  /** Survivorship as a comparator chain per attribute (the implementation before 2026-12-07, kept as the reference). */
  static GoldenRecord reference(CustomerId customer, List<SourceRecord> records, ResolverSettings settings) {
    Map<AttributeType, String> values = new EnumMap<>(AttributeType.class);
    Map<AttributeType, SourceIdentity> provenance = new EnumMap<>(AttributeType.class);
    for (AttributeType type : AttributeType.values()) {
      if (type == AttributeType.OTHER) {
        continue;
      }
      Map<String, Integer> frequency = new HashMap<>();
      for (SourceRecord r : records) {
        r.get(type).ifPresent(v -> frequency.merge(Golden.key(type, v), 1, Integer::sum));
      }
      if (frequency.isEmpty()) {
        continue;
      }
      Comparator<SourceRecord> byFrequency =
          Comparator.comparingInt((SourceRecord r) -> -frequency.get(Golden.key(type, r.get(type).orElseThrow())));
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
}
