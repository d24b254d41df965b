package org.completecrm.core.rekey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.interest.TopicAction;
import org.completecrm.core.interest.TopicEntry;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.rekey.MergeRecord.LedgerLayout;

/** Topic ledgers carried through a merge (an opt-out on either side holds) and back. */
final class TopicMerge {
  private TopicMerge() {}

  static TopicEntry moved(TopicEntry e, CustomerId to) {
    return TopicEntry.builder().from(e).customer(to).build();
  }

  /** Merges the two ledgers of {@code held} into the survivor's; the layout goes to {@code layout[0]}. */
  static List<TopicLedger> merge(List<TopicLedger> ledgers, CustomerId survivor, CustomerId absorbed, Instant at,
      LedgerLayout[] layout) {
    Optional<TopicLedger> ls = find(ledgers, survivor);
    Optional<TopicLedger> la = find(ledgers, absorbed);
    List<TopicLedger> out = others(ledgers, survivor, absorbed);
    TopicLedger s = ls.orElse(TopicLedger.empty(survivor));
    TopicLedger a = la.orElse(TopicLedger.empty(absorbed));
    List<TopicEntry> all = new ArrayList<>(s.entries());
    a.entries().forEach(e -> all.add(moved(e, survivor)));
    TopicLedger merged = TopicLedger.builder().customer(survivor).entries(all).build();
    TreeSet<String> topics = new TreeSet<>();
    all.forEach(e -> topics.add(e.topic()));
    int added = 0;
    for (String t : topics) {
      if ((s.optedOut(t, at) || a.optedOut(t, at)) && !merged.optedOut(t, at)) {
        all.add(TopicEntry.builder().customer(survivor).topic(t).action(TopicAction.OPTED_OUT).recordedAt(at)
            .source(ConsentMerge.SOURCE).evidence("merge of " + absorbed + " into " + survivor).build());
        added++;
      }
    }
    layout[0] = new LedgerLayout(ls.isPresent(), la.isPresent(), s.entries().size(), a.entries().size(), added);
    if (ls.isPresent() || la.isPresent()) {
      out.add(TopicLedger.builder().customer(survivor).entries(all).build());
    }
    return out;
  }

  /** Each history back to its customer; the merge's own entries dropped, later ones kept by the survivor. */
  static List<TopicLedger> unmerge(List<TopicLedger> ledgers, CustomerId merged, CustomerId absorbed, LedgerLayout layout) {
    List<TopicLedger> out = others(ledgers, merged, absorbed);
    List<TopicEntry> all = find(ledgers, merged).map(TopicLedger::entries).orElse(List.of());
    int s = layout.survivorEntries();
    int a = layout.absorbedEntries();
    int k = layout.mergeEntries();
    if (all.size() < s + a + k) {
      throw new org.completecrm.core.InvalidValueException("Rekey.unmerge.held.topics", all.size() + " entries",
          "at least the " + (s + a + k) + " entries of the merged topic ledger");
    }
    List<TopicEntry> own = new ArrayList<>(all.subList(0, s));
    own.addAll(all.subList(s + a + k, all.size()));
    if (layout.survivorHadLedger() || !own.isEmpty()) {
      out.add(TopicLedger.builder().customer(merged).entries(own).build());
    }
    if (layout.absorbedHadLedger()) {
      List<TopicEntry> back = new ArrayList<>();
      all.subList(s, s + a).forEach(e -> back.add(moved(e, absorbed)));
      out.add(TopicLedger.builder().customer(absorbed).entries(back).build());
    }
    return out;
  }

  static List<TopicLedger> rename(List<TopicLedger> ledgers, CustomerId from, CustomerId to) {
    List<TopicLedger> out = new ArrayList<>();
    for (TopicLedger l : ledgers) {
      if (l.customer().equals(from)) {
        List<TopicEntry> es = new ArrayList<>();
        l.entries().forEach(e -> es.add(moved(e, to)));
        out.add(TopicLedger.builder().customer(to).entries(es).build());
      } else {
        out.add(l);
      }
    }
    return out;
  }

  private static Optional<TopicLedger> find(List<TopicLedger> ledgers, CustomerId c) {
    return ledgers.stream().filter(l -> l.customer().equals(c)).findFirst();
  }

  private static List<TopicLedger> others(List<TopicLedger> ledgers, CustomerId a, CustomerId b) {
    List<TopicLedger> out = new ArrayList<>();
    ledgers.stream().filter(l -> !l.customer().equals(a) && !l.customer().equals(b)).forEach(out::add);
    return out;
  }
}
