package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/** The most goodwill points the frontline may credit in one adjustment, per tier where it differs. */
@Value.Immutable
@JsonSerialize(as = ImmutableGoodwillLimit.class)
@JsonDeserialize(as = ImmutableGoodwillLimit.class)
public abstract class GoodwillLimit {
  GoodwillLimit() {}

  /** A builder. */
  public static ImmutableGoodwillLimit.Builder builder() {
    return ImmutableGoodwillLimit.builder();
  }

  /** No goodwill points at all. */
  public static GoodwillLimit none() {
    return builder().maxPoints(0).build();
  }

  /** The limit for members of a tier not listed, at least 0. */
  public abstract long maxPoints();

  /** Limits by tier id. */
  public abstract Map<String, Long> byTier();

  /** The limit for a member of {@code tier}. */
  public long limitFor(String tier) {
    return byTier().getOrDefault(tier, maxPoints());
  }

  @Value.Check
  void check() {
    Checks.noNulls(byTier(), "GoodwillLimit.byTier");
  }
}
