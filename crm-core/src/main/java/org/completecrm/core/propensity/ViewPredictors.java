package org.completecrm.core.propensity;

import java.time.Duration;
import java.util.List;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.OfferRecord;

/**
 * Predictor values from the customer's 360° view and household view, beside the analytic scores:
 * what a model with {@link #PREDICTORS} can learn from besides CLV, P(alive), tier and segment.
 *
 * <p>Numbers: {@code view.purchases} (purchase count), {@code view.daysSinceLastPurchase} (absent
 * without purchases), {@code view.contacts90d} (contacts in the last 90 days), {@code
 * view.acceptanceRate} (accepted share of the offers responded to; absent without responses),
 * {@code view.householdSize} (members including the customer). Labels: {@code view.openComplaint}
 * and {@code view.overdueCommitment} ({@code yes} or {@code no}), {@code view.householdRole}
 * (absent without a household).
 */
public final class ViewPredictors {
  /** The predictors over these values, with their bins. */
  public static final List<Predictor> PREDICTORS = List.of(
      Predictor.numeric("view.purchases", 1, 2, 3, 5, 8, 13, 21),
      Predictor.numeric("view.daysSinceLastPurchase", 30, 90, 180, 365, 730),
      Predictor.numeric("view.contacts90d", 1, 2, 4, 8),
      Predictor.numeric("view.acceptanceRate", 0.1, 0.25, 0.5, 0.75),
      Predictor.numeric("view.householdSize", 2, 3, 4, 5),
      Predictor.symbolic("view.openComplaint"),
      Predictor.symbolic("view.overdueCommitment"),
      Predictor.symbolic("view.householdRole"));

  private ViewPredictors() {}

  /** {@code scores} with the view's predictor values added (a score of the same name is replaced). */
  public static Scores of(CustomerView view, Scores scores) {
    Checks.present(view, "ViewPredictors.view");
    Checks.present(scores, "ViewPredictors.scores");
    var s = Scores.builder().from(scores)
        .putValues("view.purchases", (double) view.purchaseCount())
        .putValues("view.contacts90d", (double) view.contactsWithin(Duration.ofDays(90)).size())
        .putValues("view.householdSize", (double) (view.householdMembers().size() + 1))
        .putLabels("view.openComplaint", view.openComplaints().isEmpty() ? "no" : "yes")
        .putLabels("view.overdueCommitment", view.overdueCommitments().isEmpty() ? "no" : "yes");
    view.lastPurchaseAt().ifPresent(t -> s.putValues("view.daysSinceLastPurchase",
        Math.max(0, Duration.between(t, view.asOf()).toSeconds()) / 86_400.0));
    long responded = 0;
    long accepted = 0;
    for (OfferRecord o : view.offers()) {
      if (o.response().isPresent()) {
        responded++;
        accepted += o.response().get() == OfferResponse.ACCEPTED ? 1 : 0;
      }
    }
    if (responded > 0) {
      s.putValues("view.acceptanceRate", accepted / (double) responded);
    }
    view.householdRole().ifPresent(r -> s.putLabels("view.householdRole", r.name()));
    return s.build();
  }
}
