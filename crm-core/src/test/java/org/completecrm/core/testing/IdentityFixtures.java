package org.completecrm.core.testing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.Comparison;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;

/** Named fixtures for identity resolution: a typical match model and records of a small family. */
public final class IdentityFixtures {
  private IdentityFixtures() {}

  /**
   * A hand-set model typical of person data: agreement on each attribute is likely among matches
   * and unlikely among non-matches, with names and dates of birth weighing most.
   */
  public static MatchModel aTypicalModel() {
    Map<Comparison, List<Double>> m = new EnumMap<>(Comparison.class);
    Map<Comparison, List<Double>> u = new EnumMap<>(Comparison.class);
    m.put(Comparison.GIVEN_NAME, List.of(0.02, 0.05, 0.13, 0.80));
    u.put(Comparison.GIVEN_NAME, List.of(0.90, 0.04, 0.02, 0.04));
    m.put(Comparison.FAMILY_NAME, List.of(0.04, 0.04, 0.07, 0.85));
    u.put(Comparison.FAMILY_NAME, List.of(0.90, 0.05, 0.02, 0.03));
    m.put(Comparison.BIRTH_DATE, List.of(0.03, 0.07, 0.90));
    u.put(Comparison.BIRTH_DATE, List.of(0.99, 0.008, 0.002));
    m.put(Comparison.EMAIL, List.of(0.10, 0.05, 0.85));
    u.put(Comparison.EMAIL, List.of(0.995, 0.004, 0.001));
    m.put(Comparison.PHONE, List.of(0.15, 0.05, 0.80));
    u.put(Comparison.PHONE, List.of(0.99, 0.009, 0.001));
    m.put(Comparison.ADDRESS, List.of(0.10, 0.05, 0.05, 0.10, 0.70));
    u.put(Comparison.ADDRESS, List.of(0.80, 0.15, 0.03, 0.01, 0.01));
    m.put(Comparison.NATIONAL_ID, List.of(0.01, 0.04, 0.95));
    u.put(Comparison.NATIONAL_ID, List.of(0.998, 0.0019, 0.0001));
    m.put(Comparison.ACCOUNT_ID, List.of(0.05, 0.95));
    u.put(Comparison.ACCOUNT_ID, List.of(0.999, 0.001));
    return MatchModel.builder().prior(0.01).m(m).u(u).build();
  }

  /** A record of {@code system}/{@code key} with the given attributes (type, value, type, value, ...). */
  public static SourceRecord aRecord(String system, String key, Object... typeValuePairs) {
    Map<AttributeType, String> a = new EnumMap<>(AttributeType.class);
    for (int i = 0; i < typeValuePairs.length; i += 2) {
      a.put((AttributeType) typeValuePairs[i], (String) typeValuePairs[i + 1]);
    }
    return SourceRecord.builder().identity(SourceIdentity.of(system, key)).attributes(a).build();
  }

  /** The same record with a verified e-mail address and an update instant. */
  public static SourceRecord verifiedEmail(SourceRecord r, Instant updatedAt) {
    return SourceRecord.builder().from(r).verified(Set.of(AttributeType.EMAIL)).updatedAt(updatedAt).build();
  }
}
