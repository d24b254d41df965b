package org.completecrm.rules.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.completecrm.core.propensity.Contribution;

/**
 * The adaptive model's propensity for one candidate of a decision: the model and its version, the
 * channel it was estimated for, the propensity arbitration used (a Thompson sample when the
 * decision explored) and the main contributions behind the estimate.
 *
 * @param action the candidate action
 * @param channel the channel with the highest estimate among the action's channels
 * @param model the model's name
 * @param modelVersion the model's version
 * @param estimate the model's calibrated propensity
 * @param propensity the propensity arbitration used
 * @param explored whether the decision explored (ranked on a Thompson sample)
 * @param evidence the outcomes of this action and channel the model has learned from
 * @param contributions the largest contributions, the larger first
 */
public record PropensityNote(OfferId action, Channel channel, String model, long modelVersion, double estimate,
    double propensity, boolean explored, long evidence, List<Contribution> contributions) {
  /** Validates and copies. */
  public PropensityNote {
    Checks.present(action, "PropensityNote.action");
    Checks.present(channel, "PropensityNote.channel");
    Checks.notBlank(model, "PropensityNote.model");
    Checks.probability(estimate, "PropensityNote.estimate");
    Checks.probability(propensity, "PropensityNote.propensity");
    contributions = List.copyOf(Checks.noNulls(Checks.present(contributions, "PropensityNote.contributions"),
        "PropensityNote.contributions"));
  }

  /**
   * In words: {@code gold-card: propensity 0.33 by model propensity v4 from 1,600 outcomes; likely
   * to accept because of valueTier = gold (+1.37); less likely because of pAlive below 0.1 (-0.60)}.
   */
  public String because() {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s: propensity %.2f by model %s v%d from %,d outcomes",
        action.value(), estimate, model, modelVersion, evidence));
    if (explored) {
      s.append(String.format(Locale.ROOT, " (exploring: ranked at %.2f)", propensity));
    }
    side(s, true, "; likely to accept because of ");
    side(s, false, "; less likely because of ");
    return s.toString();
  }

  private void side(StringBuilder s, boolean up, String words) {
    List<String> parts = new ArrayList<>();
    for (Contribution c : contributions) {
      if (up ? c.logOdds() >= 0.05 : c.logOdds() <= -0.05) {
        parts.add(c.words());
      }
    }
    if (!parts.isEmpty()) {
      s.append(words).append(String.join(", ", parts));
    }
  }
}
