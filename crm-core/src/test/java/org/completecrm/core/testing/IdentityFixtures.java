package org.completecrm.core.testing;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.completecrm.core.identity.AttributeType;
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
    return MatchModel.builder().from(MatchModel.typical()).prior(0.01).build();
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
