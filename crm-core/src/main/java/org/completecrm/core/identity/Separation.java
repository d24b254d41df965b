package org.completecrm.core.identity;

import java.util.Set;
import org.completecrm.core.Checks;

/**
 * Two groups of records a person split apart: automatic matching never puts a record of one group
 * into the same customer as a record of the other (a person may still merge them).
 *
 * @param first one group
 * @param second the other group
 */
public record Separation(Set<SourceIdentity> first, Set<SourceIdentity> second) {
  /** Validates and copies both groups. */
  public Separation {
    first = Set.copyOf(Checks.noNulls(first, "Separation.first"));
    second = Set.copyOf(Checks.noNulls(second, "Separation.second"));
  }

  /** Whether putting records {@code a} and {@code b} together would undo this separation. */
  public boolean separates(java.util.Collection<SourceIdentity> a, java.util.Collection<SourceIdentity> b) {
    return (intersects(first, a) && intersects(second, b)) || (intersects(second, a) && intersects(first, b));
  }

  private static boolean intersects(Set<SourceIdentity> s, java.util.Collection<SourceIdentity> c) {
    for (SourceIdentity x : c) {
      if (s.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
