package org.completecrm.core.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;

/** Replay of the append-only decision log into clusters of source records. */
public final class DecisionLog {
  private DecisionLog() {}

  /**
   * Replays the decisions in order into clusters (customer id to record identities), checking that
   * each decision applies: no record in two customers, no unknown customer, no merge of a customer
   * with itself, sequence numbers 0, 1, 2, ...
   */
  public static SortedMap<CustomerId, SortedSet<SourceIdentity>> replay(List<MatchDecision> log) {
    Checks.noNulls(log, "DecisionLog.log");
    SortedMap<CustomerId, SortedSet<SourceIdentity>> clusters = new TreeMap<>();
    Map<SourceIdentity, CustomerId> owner = new java.util.HashMap<>();
    long expected = 0;
    for (MatchDecision d : log) {
      String field = "MatchDecision[" + d.sequence() + "]";
      if (d.sequence() != expected) {
        throw new InvalidValueException(field + ".sequence", d.sequence(), "sequence number " + expected);
      }
      expected++;
      CustomerId c = d.customer();
      switch (d.kind()) {
        case CREATE:
          if (clusters.containsKey(c)) {
            throw new InvalidValueException(field + ".customer", c, "a customer id not yet in use");
          }
          clusters.put(c, new TreeSet<>());
          claim(clusters, owner, c, d.records(), field);
          break;
        case ADD:
          require(clusters, c, field + ".customer");
          claim(clusters, owner, c, d.records(), field);
          break;
        case REMOVE:
          release(require(clusters, c, field + ".customer"), owner, d.records(), field);
          if (clusters.get(c).isEmpty()) {
            clusters.remove(c);
          }
          break;
        case MERGE: {
          CustomerId o = d.other().orElseThrow();
          SortedSet<SourceIdentity> absorbed = require(clusters, o, field + ".other");
          if (o.equals(c) || !absorbed.equals(new TreeSet<>(d.records()))) {
            throw new InvalidValueException(field + ".records", d.records().size(), "exactly the records of " + o);
          }
          require(clusters, c, field + ".customer");
          clusters.remove(o);
          release(absorbed, owner, d.records(), field);
          claim(clusters, owner, c, d.records(), field);
          break;
        }
        case UNMERGE: {
          CustomerId o = d.other().orElseThrow();
          SortedSet<SourceIdentity> all = require(clusters, c, field + ".customer");
          if (!all.containsAll(d.records()) || all.size() == d.records().size()) {
            throw new InvalidValueException(field + ".records", d.records().size(), "a proper part of " + c);
          }
          release(all, owner, d.records(), field);
          CustomerId rest = d.renamed().orElse(c);
          clusters.remove(c);
          for (CustomerId id : List.of(o, rest)) {
            if (clusters.containsKey(id) || (id.equals(o) && o.equals(rest))) {
              throw new InvalidValueException(field + ".other", id, "a customer id not in use");
            }
          }
          clusters.put(rest, all);
          clusters.put(o, new TreeSet<>());
          claim(clusters, owner, o, d.records(), field);
          for (SourceIdentity s : all) {
            owner.put(s, rest);
          }
          break;
        }
        default:
          throw new InvalidValueException("DecisionLog.kind", d.kind(), "a known decision kind");
      }
    }
    return clusters;
  }

  private static SortedSet<SourceIdentity> require(
      Map<CustomerId, SortedSet<SourceIdentity>> clusters, CustomerId c, String field) {
    SortedSet<SourceIdentity> s = clusters.get(c);
    if (s == null) {
      throw new InvalidValueException(field, c, "a customer that exists at this point of the log");
    }
    return s;
  }

  private static void claim(Map<CustomerId, SortedSet<SourceIdentity>> clusters, Map<SourceIdentity, CustomerId> owner,
      CustomerId c, Collection<SourceIdentity> records, String field) {
    for (SourceIdentity s : records) {
      CustomerId prev = owner.putIfAbsent(s, c);
      if (prev != null) {
        throw new InvalidValueException(field + ".records", s.masked(), "a record not already in customer " + prev);
      }
      clusters.get(c).add(s);
    }
  }

  private static void release(Set<SourceIdentity> from, Map<SourceIdentity, CustomerId> owner,
      Collection<SourceIdentity> records, String field) {
    for (SourceIdentity s : records) {
      if (!from.remove(s)) {
        throw new InvalidValueException(field + ".records", s.masked(), "a record of the customer");
      }
      owner.remove(s);
    }
  }
}
