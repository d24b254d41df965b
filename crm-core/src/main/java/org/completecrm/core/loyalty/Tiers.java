package org.completecrm.core.loyalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/**
 * Tiers earned by value: the tier a period's figures earn, and the tier a member holds at an
 * instant after soft landing, grace and upgrades.
 *
 * <p>At the end of each period the member's status becomes the tier the period's figures earn;
 * with soft landing it is at least one below the tier held at the period's end. A drop takes
 * effect only after the grace period. Within a period, figures that already earn a higher tier
 * upgrade the member at once. Because thresholds rise tier by tier for every measure and any one
 * measure suffices, the tier earned never falls when a figure rises.
 */
public final class Tiers {
  private Tiers() {}

  /** The index of the highest tier whose threshold any measure's figure reaches (0 for the base tier). */
  public static int earned(LoyaltyProgramme programme, Map<QualificationMeasure, Double> figures) {
    Checks.present(figures, "Tiers.earned.figures");
    return earned(programme, (m, k) -> figures.getOrDefault(m, 0.0), 0);
  }

  static int earned(LoyaltyProgramme programme, PeriodFigures f, int period) {
    List<Tier> tiers = programme.tiers();
    List<QualificationMeasure> measures = programme.qualification().measures();
    int best = 0;
    for (QualificationMeasure m : measures) {
      double v = f.figure(m, period);
      if (!Double.isFinite(v)) {
        throw new InvalidValueException("PeriodFigures." + m, v, "a finite figure for period " + period);
      }
      for (int t = tiers.size() - 1; t > best; t--) {
        if (v >= tiers.get(t).thresholds().get(m)) {
          best = t;
          break;
        }
      }
    }
    return best;
  }

  /** The index of the tier the member holds at {@code at}. */
  public static int tierIndexAt(LoyaltyProgramme programme, PeriodFigures figures, Instant at) {
    return fold(programme, figures, at).tier;
  }

  /** The tier the member holds at {@code at}, explained by the figures that decided it. */
  public static TierStanding standing(LoyaltyProgramme programme, PeriodFigures figures, Instant at) {
    Held h = fold(programme, figures, at);
    List<Tier> tiers = programme.tiers();
    Map<QualificationMeasure, Double> shown = new EnumMap<>(QualificationMeasure.class);
    Optional<QualificationMeasure> deciding = Optional.empty();
    OptionalDouble threshold = OptionalDouble.empty();
    int earned = h.period < 0 ? 0 : earned(programme, figures, h.period);
    if (h.period >= 0) {
      for (QualificationMeasure m : programme.qualification().measures()) {
        double v = figures.figure(m, h.period);
        shown.put(m, v);
        if (deciding.isEmpty() && earned > 0 && v >= tiers.get(earned).thresholds().get(m)) {
          deciding = Optional.of(m);
          threshold = OptionalDouble.of(tiers.get(earned).thresholds().get(m));
        }
      }
    }
    return new TierStanding(tiers.get(h.tier).id(), h.tier, h.basis, h.period, tiers.get(earned).id(), shown,
        deciding, threshold, h.graceUntil == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(h.graceUntil)));
  }

  private record Held(int tier, TierBasis basis, int period, long graceUntil) {}

  private static Held fold(LoyaltyProgramme programme, PeriodFigures figures, Instant at) {
    Checks.present(programme, "Tiers.programme");
    Checks.present(figures, "Tiers.figures");
    Checks.present(at, "Tiers.at");
    Qualification q = programme.qualification();
    int current = programme.periodOf(at);
    if (current < 0) {
      return new Held(0, TierBasis.BASE, -1, Long.MIN_VALUE);
    }
    int status = 0;
    int heldBefore = 0;
    int lastEarned = 0;
    for (int k = 0; k < current; k++) {
      lastEarned = earned(programme, figures, k);
      heldBefore = Math.max(status, lastEarned);
      status = q.softLanding() ? Math.max(lastEarned, heldBefore - 1) : lastEarned;
    }
    Held held;
    if (current == 0) {
      held = new Held(0, TierBasis.BASE, -1, Long.MIN_VALUE);
    } else if (status < heldBefore && q.graceMonths() > 0 && graceEnd(programme, current) > at.getEpochSecond()) {
      held = new Held(heldBefore, TierBasis.GRACE, current - 1, graceEnd(programme, current));
    } else {
      held = new Held(status, status == lastEarned ? TierBasis.EARNED : TierBasis.SOFT_LANDING, current - 1, Long.MIN_VALUE);
    }
    int now = earned(programme, figures, current);
    return now > held.tier ? new Held(now, TierBasis.UPGRADED, current, Long.MIN_VALUE) : held;
  }

  private static long graceEnd(LoyaltyProgramme programme, int period) {
    long start = programme.periodStartEpochSecond(period);
    long day = Math.floorDiv(start, 86_400);
    return LocalDate.ofEpochDay(day).plusMonths(programme.qualification().graceMonths()).toEpochDay() * 86_400
        + (start - day * 86_400);
  }
}
