package org.completecrm.analytics.propensity;

import java.time.Duration;
import java.util.List;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.OfferRecord;

/**
 * The features a propensity model reads from a customer's 360° view, each on a scale near [0, 1]
 * so that one learning rate suits all.
 *
 * <p>In order ({@link #NAMES}): {@code pAlive}, the probability the customer is still active
 * (from the value models); {@code purchases}, {@code ln(1 + purchase count) / 5}; {@code
 * recency}, years since the last purchase, capped at 5 and divided by 5 (1 without purchases);
 * {@code recentContacts}, {@code ln(1 + contacts in the last 90 days) / 3}; {@code openComplaint},
 * 1 with an open complaint; {@code acceptance}, the share of responded offers accepted (0 without
 * responses); {@code outstandingOffers}, {@code ln(1 + offers awaiting a response) / 2}; {@code
 * household}, {@code min(other members, 4) / 4}; {@code overdueCommitment}, 1 when a promise to the
 * customer is overdue.
 */
public final class ViewFeatures {
  /** The feature names, in order. */
  public static final List<String> NAMES = List.of(
      "pAlive", "purchases", "recency", "recentContacts", "openComplaint",
      "acceptance", "outstandingOffers", "household", "overdueCommitment");

  private ViewFeatures() {}

  /** The features of {@code view} with probability alive {@code pAlive}. */
  public static double[] of(CustomerView view, double pAlive) {
    Checks.present(view, "ViewFeatures.view");
    Checks.probability(pAlive, "ViewFeatures.pAlive");
    double recency = view.lastPurchaseAt()
        .map(t -> Math.min(5.0, Math.max(0, Duration.between(t, view.asOf()).getSeconds()) / (365.25 * 86_400)) / 5.0)
        .orElse(1.0);
    long responded = 0;
    long accepted = 0;
    for (OfferRecord o : view.offers()) {
      if (o.response().isPresent()) {
        responded++;
        if (o.response().get() == OfferResponse.ACCEPTED) {
          accepted++;
        }
      }
    }
    return new double[] {
      pAlive,
      Math.log1p(view.purchaseCount()) / 5.0,
      recency,
      Math.log1p(view.contactsWithin(Duration.ofDays(90)).size()) / 3.0,
      view.openComplaints().isEmpty() ? 0 : 1,
      responded == 0 ? 0 : accepted / (double) responded,
      Math.log1p(view.outstandingOffers().size()) / 2.0,
      Math.min(view.householdMembers().size(), 4) / 4.0,
      view.overdueCommitments().isEmpty() ? 0 : 1
    };
  }
}
