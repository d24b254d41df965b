package org.completecrm.core.loyalty;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.completecrm.core.Checks;

/**
 * A member's tier as of an instant, with the figures that decided it.
 *
 * @param tier the tier held
 * @param tierIndex its index, 0 for the base tier
 * @param basis why it is held
 * @param decidingPeriod the qualification period whose figures decided, -1 when none has
 * @param earnedTier the tier those figures earn on their own
 * @param figures the deciding period's figure of each of the programme's measures
 * @param decidingMeasure the measure that reached {@code earnedTier}'s threshold, if any did
 * @param threshold that threshold
 * @param graceUntil when the grace period ends, for {@link TierBasis#GRACE}
 */
public record TierStanding(
    String tier,
    int tierIndex,
    TierBasis basis,
    int decidingPeriod,
    String earnedTier,
    Map<QualificationMeasure, Double> figures,
    Optional<QualificationMeasure> decidingMeasure,
    OptionalDouble threshold,
    Optional<Instant> graceUntil) {

  /** Validates the standing. */
  public TierStanding {
    Checks.notBlank(tier, "TierStanding.tier");
    Checks.present(basis, "TierStanding.basis");
    Checks.notBlank(earnedTier, "TierStanding.earnedTier");
    figures = Map.copyOf(Checks.noNulls(figures, "TierStanding.figures"));
    Checks.present(decidingMeasure, "TierStanding.decidingMeasure");
    Checks.present(threshold, "TierStanding.threshold");
    Checks.present(graceUntil, "TierStanding.graceUntil");
  }

  /** Why the member holds the tier, with the deciding figures, in plain words. */
  public String words() {
    String reached = decidingMeasure.map(m -> String.format(Locale.ROOT, "%s %,.2f reached %s's threshold %,.2f",
        m.name().toLowerCase(Locale.ROOT), figures.get(m), earnedTier, threshold.orElse(0))).orElse(null);
    String period = "period " + decidingPeriod;
    switch (basis) {
      case BASE:
        return tier + ": the base tier; no qualification period has ended yet";
      case EARNED:
        return reached != null ? tier + ": " + reached + " in " + period
            : tier + ": no measure reached a higher threshold in " + period + " " + figuresText();
      case SOFT_LANDING:
        return tier + ": " + period + " earned " + earnedTier + " " + figuresText()
            + "; soft landing drops one tier a period";
      case GRACE:
        return tier + ": kept until " + graceUntil.map(Object::toString).orElse("?") + " (grace); " + period
            + " earned " + earnedTier + " " + figuresText();
      default:
        return tier + ": upgraded now, " + reached + " so far in " + period;
    }
  }

  private String figuresText() {
    StringBuilder sb = new StringBuilder("(");
    figures.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(e.getKey().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(String.format(Locale.ROOT, "%,.2f", e.getValue()));
    });
    return sb.append(')').toString();
  }
}
