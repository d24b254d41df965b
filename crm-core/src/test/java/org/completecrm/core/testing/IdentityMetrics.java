package org.completecrm.core.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.completecrm.core.identity.SourceIdentity;

/**
 * Accuracy of a resolution against labels: precision, recall and F1 of record pairs (two records
 * put in one customer) and of clusters (a customer with exactly the records of one true person).
 *
 * @param pairPrecision share of predicted same-customer pairs that are the same person
 * @param pairRecall share of same-person pairs that were put in one customer
 * @param clusterPrecision share of predicted customers that are exactly one true person's records
 * @param clusterRecall share of true persons whose records form exactly one predicted customer
 * @param truePairs the number of same-person pairs
 * @param predictedPairs the number of same-customer pairs
 */
public record IdentityMetrics(double pairPrecision, double pairRecall, double clusterPrecision, double clusterRecall,
    long truePairs, long predictedPairs) {

  /** F1 of pairs. */
  public double pairF1() {
    return f1(pairPrecision, pairRecall);
  }

  /** F1 of clusters. */
  public double clusterF1() {
    return f1(clusterPrecision, clusterRecall);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Measures predicted clusters against the true person of each record. */
  public static IdentityMetrics of(Collection<? extends Collection<SourceIdentity>> predicted, Map<SourceIdentity, Integer> truth) {
    Map<Integer, Set<SourceIdentity>> trueClusters = new HashMap<>();
    truth.forEach((s, p) -> trueClusters.computeIfAbsent(p, k -> new HashSet<>()).add(s));
    long truePairs = 0;
    for (Set<SourceIdentity> c : trueClusters.values()) {
      truePairs += (long) c.size() * (c.size() - 1) / 2;
    }
    long predictedPairs = 0;
    long correctPairs = 0;
    long exact = 0;
    for (Collection<SourceIdentity> c : predicted) {
      predictedPairs += (long) c.size() * (c.size() - 1) / 2;
      Map<Integer, Integer> byPerson = new HashMap<>();
      for (SourceIdentity s : c) {
        byPerson.merge(truth.get(s), 1, Integer::sum);
      }
      for (int k : byPerson.values()) {
        correctPairs += (long) k * (k - 1) / 2;
      }
      if (byPerson.size() == 1) {
        int person = byPerson.keySet().iterator().next();
        if (trueClusters.get(person).size() == c.size()) {
          exact++;
        }
      }
    }
    return new IdentityMetrics(
        predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs,
        truePairs == 0 ? 1 : (double) correctPairs / truePairs,
        predicted.isEmpty() ? 1 : (double) exact / predicted.size(),
        trueClusters.isEmpty() ? 1 : (double) exact / trueClusters.size(),
        truePairs, predictedPairs);
  }

  /** The figures as a table row: pair P/R/F1, cluster P/R/F1. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(String.format(Locale.ROOT, "pairs P=%.4f R=%.4f F1=%.4f (%d true, %d predicted)", pairPrecision, pairRecall,
        pairF1(), truePairs, predictedPairs));
    parts.add(String.format(Locale.ROOT, "clusters P=%.4f R=%.4f F1=%.4f", clusterPrecision, clusterRecall, clusterF1()));
    return String.join("; ", parts);
  }
}
