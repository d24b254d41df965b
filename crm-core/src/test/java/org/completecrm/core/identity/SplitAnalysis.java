package org.completecrm.core.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.CustomerId;
import org.completecrm.core.testing.FebrlStyleGen;
import org.completecrm.core.testing.IdentityMetrics;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics, not part of the suite (the name matches no surefire include): why people are split
 * and customers impure on labelled data. For every person whose records fall in several customers,
 * the best pair across the parts is classified (no candidate pair, non-match, possible match, or a
 * match the cluster guard refused and by which rule); the learned m and u per level are printed.
 * Run with {@code -Dtest=SplitAnalysis -Ddata=harder|dedup|linkage -Dshow=40 -DshowImpure=10}
 * (docs/identity-resolution.md, Accuracy).
 */
class SplitAnalysis {
  @Test
  void analyse() {
    String which = System.getProperty("data", "harder");
    List<SourceRecord> records;
    Map<SourceIdentity, Integer> person;
    Map<SourceIdentity, Set<PeopleGen.Corruption>> kinds = Map.of();
    if (which.equals("harder")) {
      PeopleGen.Labelled d = PeopleGen.harder(10_000, 20261204L);
      records = d.records();
      person = d.person();
      kinds = d.corruptions();
    } else if (which.equals("dedup")) {
      FebrlStyleGen.Labelled d = FebrlStyleGen.deduplication(2000, 20261204L);
      records = d.records();
      person = d.person();
    } else {
      FebrlStyleGen.Labelled d = FebrlStyleGen.linkage(5000, 20261205L);
      records = d.records();
      person = d.person();
    }
    Resolution r = Resolver.resolve(records, ResolverSettings.defaults(), Instant.parse("2026-01-01T00:00:00Z"));
    for (Comparison c : Prepared.FIELDS) {
      StringBuilder sb = new StringBuilder(c + ":");
      for (int l = 0; l < c.levels(); l++) {
        sb.append(String.format(Locale.ROOT, " %s m=%.4f u=%.5f w=%.2f;", c.levelName(l), r.model().m().get(c).get(l), r.model().u().get(c).get(l), r.model().weight(c, l)));
      }
      System.out.println(sb);
    }
    System.out.println("prior " + r.model().prior() + " logodds " + r.model().priorLogOdds());
    System.out.println(which + " " + IdentityMetrics.of(r.clusters().values(), person) + " " + r.statistics());
    List<SourceRecord> sorted = Resolver.sortedUnique(records);
    Prepared p = Prepared.of(sorted);
    MatchModel model = r.model();
    p.adjustedBy(model);
    Blocking.Candidates cand = Blocking.candidates(p, ResolverSettings.defaults().maxBlockSize());
    Map<Long, Integer> pairIndex = new HashMap<>();
    for (int k = 0; k < cand.pairs().length; k++) {
      pairIndex.put(cand.pairs()[k], k);
    }
    Map<SourceIdentity, Integer> index = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      index.put(sorted.get(i).identity(), i);
    }
    Map<SourceIdentity, CustomerId> owner = r.owners();
    Map<Integer, List<Integer>> byPerson = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      byPerson.computeIfAbsent(person.get(sorted.get(i).identity()), x -> new ArrayList<>()).add(i);
    }
    double prior = model.priorLogOdds();
    Map<String, Integer> categories = new TreeMap<>();
    Map<String, Integer> kindsOfSplit = new TreeMap<>();
    int shown = 0;
    int maxShow = Integer.getInteger("show", 40);
    for (Map.Entry<Integer, List<Integer>> e : byPerson.entrySet()) {
      List<Integer> recs = e.getValue();
      Map<CustomerId, List<Integer>> parts = new TreeMap<>();
      for (int i : recs) {
        parts.computeIfAbsent(owner.get(sorted.get(i).identity()), x -> new ArrayList<>()).add(i);
      }
      if (parts.size() < 2) {
        continue;
      }
      // for the largest part against each other part: the best pair across
      List<List<Integer>> ps = new ArrayList<>(parts.values());
      ps.sort((x, y) -> y.size() - x.size());
      List<Integer> main = ps.get(0);
      for (int q = 1; q < ps.size(); q++) {
        double best = Double.NEGATIVE_INFINITY;
        int bi = -1;
        int bj = -1;
        boolean anyCandidate = false;
        for (int i : main) {
          for (int j : ps.get(q)) {
            int x = Math.min(i, j);
            int y = Math.max(i, j);
            Integer k = pairIndex.get((long) x << 32 | y);
            int pattern = p.compare(x, y);
            double w = model.weightOf(pattern) + p.tfAdjustment(x, y, pattern) + prior;
            if (k != null) {
              anyCandidate = true;
            } else {
              w -= 1000;
            }
            if (w > best) {
              best = w;
              bi = x;
              bj = y;
            }
          }
        }
        String cat;
        if (!anyCandidate) {
          cat = "no candidate pair";
        } else if (best >= 0 || p.rule(bi, bj) != null) {
          // guard on final clusters
          List<Integer> ca = members(sorted, r.clusters().get(owner.get(sorted.get(main.get(0)).identity())), index);
          List<Integer> cb = members(sorted, r.clusters().get(owner.get(sorted.get(ps.get(q).get(0)).identity())), index);
          cat = "matched pair, guard: " + guardReason(p, model, ca, cb, person, sorted);
        } else if (best >= Resolver.logit(0.05)) {
          cat = "best pair possible";
        } else {
          cat = "best pair non-match";
        }
        categories.merge(cat, 1, Integer::sum);
        Set<PeopleGen.Corruption> ks = java.util.EnumSet.noneOf(PeopleGen.Corruption.class);
        for (int j : ps.get(q)) {
          ks.addAll(kinds.getOrDefault(sorted.get(j).identity(), Set.of()));
        }
        kindsOfSplit.merge(cat.substring(0, Math.min(cat.length(), 30)) + " " + ks, 1, Integer::sum);
        if (shown < maxShow && bi >= 0) {
          shown++;
          System.out.printf(Locale.ROOT, "person %d parts %s: %s best %.2f%n", e.getKey(), sizes(ps), cat, best);
          int pattern = p.compare(bi, bj);
          System.out.println("   levels " + levels(pattern) + "  rule=" + p.rule(bi, bj));
          for (int i : main) {
            StringBuilder sb = new StringBuilder("   w:");
            for (int j : ps.get(q)) {
              int x = Math.min(i, j);
              int y = Math.max(i, j);
              int pt = p.compare(x, y);
              sb.append(String.format(Locale.ROOT, " %.1f%s(%d) [%s]", model.weightOf(pt) + p.tfAdjustment(x, y, pt) + prior,
                  p.clearlyDifferent(x, y, pt) ? "!" : "", p.personEvidence(x, y, pt), levels(pt)));
            }
            System.out.println(sb);
          }
          for (List<Integer> part : ps) {
            CustomerId c = owner.get(sorted.get(part.get(0)).identity());
            for (SourceIdentity s : r.clusters().get(c)) {
              int i = index.get(s);
              System.out.println("     " + (part == main ? "A " : "B ") + (person.get(s).equals(e.getKey()) ? "  " : "X ")
                  + row(p, i) + " " + kinds.getOrDefault(s, Set.of()));
            }
          }
        }
      }
    }
    System.out.println("split categories: " + categories);
    kindsOfSplit.forEach((k, v) -> System.out.println("  " + v + " " + k));
    // impure customers
    int impure = 0;
    for (Map.Entry<CustomerId, Set<SourceIdentity>> c : r.clusters().entrySet()) {
      long people = c.getValue().stream().map(person::get).distinct().count();
      if (people > 1) {
        impure++;
        if (impure <= Integer.getInteger("showImpure", 10)) {
          System.out.println("impure customer " + c.getKey());
          for (SourceIdentity s : c.getValue()) {
            System.out.println("     P" + person.get(s) + " " + row(p, index.get(s)) + " " + kinds.getOrDefault(s, Set.of()));
          }
        }
      }
    }
    System.out.println("impure customers: " + impure);
  }

  private static String sizes(List<List<Integer>> ps) {
    StringBuilder sb = new StringBuilder();
    for (List<Integer> x : ps) {
      sb.append(x.size()).append(' ');
    }
    return sb.toString().trim();
  }

  private static List<Integer> members(List<SourceRecord> sorted, Set<SourceIdentity> set, Map<SourceIdentity, Integer> index) {
    List<Integer> out = new ArrayList<>();
    for (SourceIdentity s : set) {
      out.add(index.get(s));
    }
    return out;
  }

  static String guardReason(Prepared p, MatchModel model, List<Integer> a, List<Integer> b,
      Map<SourceIdentity, Integer> person, List<SourceRecord> sorted) {
    double evidence = 0;
    int beyond = 0;
    int clearly = 0;
    for (int i : a) {
      for (int j : b) {
        int x = Math.min(i, j);
        int y = Math.max(i, j);
        int pattern = p.compare(x, y);
        evidence += Math.max(-ClusterGuard.EVIDENCE_BOUND, Math.min(ClusterGuard.EVIDENCE_BOUND, model.weightOf(pattern) + p.tfAdjustment(x, y, pattern)));
        if (p.clearlyDifferent(x, y, pattern)) {
          clearly++;
          if (p.personEvidence(x, y, pattern) <= ClusterGuard.BEYOND_DOUBT) {
            beyond++;
          }
        }
      }
    }
    double mean = evidence / (a.size() * b.size()) + model.priorLogOdds();
    boolean impure = a.stream().map(i -> person.get(sorted.get(i).identity())).distinct().count() > 1
        || b.stream().map(i -> person.get(sorted.get(i).identity())).distinct().count() > 1;
    return (beyond > 0 ? "beyond-doubt" : mean < ClusterGuard.MIN_MEAN_LOG_ODDS ? "mean" : clearly > 0 ? "outvoted" : "other")
        + (impure ? " (impure part)" : "");
  }

  static String levels(int pattern) {
    StringBuilder sb = new StringBuilder();
    for (Comparison c : Prepared.FIELDS) {
      int l = Prepared.level(pattern, c.ordinal());
      sb.append(c.name(), 0, 3).append('=').append(l < 0 ? "-" : c.levelName(l).substring(0, 3)).append(' ');
    }
    return sb.toString();
  }

  static String row(Prepared p, int i) {
    return String.join("|", Arrays.asList(p.given[i], p.family[i], p.dob[i], p.email[i], p.phone[i], p.streetNo[i],
        p.street[i], p.locality[i], p.postcode[i], p.nationalId[i], p.accountId[i]));
  }
}
