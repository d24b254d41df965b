package org.completecrm.core.loyalty;

import java.time.Instant;
import java.util.Locale;
import org.completecrm.core.CustomerId;
import org.completecrm.core.Checks;

/**
 * A points operation refused, as a value: who, when, why, what was asked and what was available.
 *
 * @param member the member (or the household's member who asked)
 * @param at when
 * @param reason why
 * @param requested the points asked for
 * @param available the balance, pool or limit that was available
 */
public record PointsRefusal(CustomerId member, Instant at, RefusalReason reason, long requested, long available) {
  /** Validates the refusal. */
  public PointsRefusal {
    Checks.present(member, "PointsRefusal.member");
    Checks.present(at, "PointsRefusal.at");
    Checks.present(reason, "PointsRefusal.reason");
  }

  /** The refusal in plain words, for the member or the frontline. */
  public String words() {
    switch (reason) {
      case INSUFFICIENT_BALANCE:
        return String.format(Locale.ROOT, "%,d points asked for, %,d available at %s", requested, available, at);
      case ABOVE_GOODWILL_LIMIT:
        return String.format(Locale.ROOT, "%,d goodwill points asked for, above the limit of %,d", requested, available);
      default:
        return String.format(Locale.ROOT, "%,d points cannot be transferred outside the household", requested);
    }
  }
}
