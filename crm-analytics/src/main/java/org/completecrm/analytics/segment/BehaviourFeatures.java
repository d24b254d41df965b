package org.completecrm.analytics.segment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;

/**
 * The behavioural features needs-based segmentation clusters on, from each customer's timeline
 * over a period.
 *
 * <p>Columns, in order: {@code channel.<name>} for every channel, the share of the customer's
 * interactions on it (all zero without interactions); {@code product.<name>} for every product
 * given, the share of purchases of it; {@code serviceIntensity}, {@code ln(1 + interactions per
 * 30 days)}; {@code purchaseFrequency}, {@code ln(1 + purchases per 30 days)}; {@code
 * complaintRate}, {@code ln(1 + distinct service cases per 30 days)}. Shares describe the mix, the
 * logarithms damp heavy users, so that no single customer dominates a cluster.
 */
public final class BehaviourFeatures {
  private BehaviourFeatures() {}

  /** The features of {@code customers} over {@code [from, until)}; products are the product mix's columns. */
  public static FeatureMatrix<CustomerId> of(
      Collection<? extends TimelineEvent> events, Collection<CustomerId> customers, List<String> products, Instant from, Instant until) {
    Checks.noNulls(Checks.present(events, "BehaviourFeatures.events"), "BehaviourFeatures.events");
    Checks.noNulls(Checks.present(customers, "BehaviourFeatures.customers"), "BehaviourFeatures.customers");
    Checks.noNulls(Checks.present(products, "BehaviourFeatures.products"), "BehaviourFeatures.products");
    Checks.present(from, "BehaviourFeatures.from");
    Checks.present(until, "BehaviourFeatures.until");
    if (!until.isAfter(from)) {
      throw new InvalidValueException("BehaviourFeatures.until", until, "an instant after from " + from);
    }
    List<String> productList = List.copyOf(new TreeSet<>(products));
    List<String> names = new ArrayList<>();
    for (Channel c : Channel.values()) {
      names.add("channel." + c.name().toLowerCase(Locale.ROOT));
    }
    productList.forEach(p -> names.add("product." + p));
    names.add("serviceIntensity");
    names.add("purchaseFrequency");
    names.add("complaintRate");
    int channels = Channel.values().length;
    TreeMap<CustomerId, double[]> counts = new TreeMap<>();
    customers.forEach(c -> counts.put(c, new double[names.size() + 2]));
    int interactionsAt = names.size();
    int purchasesAt = names.size() + 1;
    Set<EventId> seen = new HashSet<>();
    Set<List<Object>> cases = new HashSet<>();
    for (TimelineEvent e : events) {
      double[] row = counts.get(e.customer());
      if (row == null || e.at().isBefore(from) || !e.at().isBefore(until) || !seen.add(e.id())) {
        continue;
      }
      if (e instanceof Interaction i) {
        row[i.channel().ordinal()]++;
        row[interactionsAt]++;
      } else if (e instanceof Transaction t && t.kind() == TransactionKind.PURCHASE) {
        row[purchasesAt]++;
        int p = t.product().map(productList::indexOf).orElse(-1);
        if (p >= 0) {
          row[channels + p]++;
        }
      } else if (e instanceof CaseUpdated u && cases.add(List.of(u.customer(), u.caseId()))) {
        row[names.size() - 1]++;
      }
    }
    double months = Duration.between(from, until).getSeconds() / (30.0 * 86_400);
    List<CustomerId> rows = new ArrayList<>(counts.keySet());
    double[][] values = new double[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      double[] c = counts.get(rows.get(r));
      double[] v = new double[names.size()];
      double interactions = c[interactionsAt];
      double purchases = c[purchasesAt];
      for (int j = 0; j < channels; j++) {
        v[j] = interactions == 0 ? 0 : c[j] / interactions;
      }
      for (int j = 0; j < productList.size(); j++) {
        v[channels + j] = purchases == 0 ? 0 : c[channels + j] / purchases;
      }
      int base = channels + productList.size();
      v[base] = Math.log1p(interactions / months);
      v[base + 1] = Math.log1p(purchases / months);
      v[base + 2] = Math.log1p(c[names.size() - 1] / months);
      values[r] = v;
    }
    return new FeatureMatrix<>(rows, names, values);
  }
}
