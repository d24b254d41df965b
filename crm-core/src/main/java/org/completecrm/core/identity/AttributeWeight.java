package org.completecrm.core.identity;

import java.util.Optional;

/**
 * One comparison's part in a pair decision: the agreement level (absent when a value was missing
 * on either side) and the weight it added.
 *
 * @param comparison what was compared
 * @param level the level name ({@code EXACT}, {@code SIMILAR}, ...), absent when a value was missing
 * @param weight the weight {@code log2(m / u)} it added (0 when missing)
 */
public record AttributeWeight(Comparison comparison, Optional<String> level, double weight) {
  /** Validates the parts: a comparison, a level holder, a finite weight. */
  public AttributeWeight {
    org.completecrm.core.Checks.present(comparison, "AttributeWeight.comparison");
    org.completecrm.core.Checks.present(level, "AttributeWeight.level");
    org.completecrm.core.Checks.finite(weight, "AttributeWeight.weight");
  }

  /** For example {@code "BIRTH_DATE EXACT +6.21"} or {@code "EMAIL missing"}. */
  @Override
  public String toString() {
    return level.map(l -> String.format(java.util.Locale.ROOT, "%s %s %+.2f", comparison, l, weight))
        .orElse(comparison + " missing");
  }
}
