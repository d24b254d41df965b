package org.completecrm.rules.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.response.Allowance;
import org.completecrm.rules.response.Escalation;

/** Works out a {@link DecisionComparison}: one pass per area, each keyed by what identifies its subjects. */
final class Differences {
  private final Decision before;
  private final Decision after;
  private final List<DecisionChange> changes = new ArrayList<>();

  private Differences(Decision before, Decision after) {
    this.before = before;
    this.after = after;
  }

  static DecisionComparison between(Decision before, Decision after) {
    Checks.present(before, "DecisionComparison.before");
    Checks.present(after, "DecisionComparison.after");
    if (!before.customer().equals(after.customer())) {
      throw new InvalidValueException("DecisionComparison.after.customer", after.customer(),
          "a decision about the same customer as the earlier one, " + before.customer());
    }
    if (!before.event().equals(after.event())) {
      throw new InvalidValueException("DecisionComparison.after.event", after.event(),
          "a decision answering the same event as the earlier one, " + before.event());
    }
    Differences d = new Differences(before, after);
    d.actions();
    d.candidates();
    d.rules();
    d.commitments();
    d.escalations();
    d.allowances();
    d.notes();
    return ImmutableDecisionComparison.builder().customer(before.customer()).event(before.event().kind())
        .ruleSetBefore(before.ruleSet() + " v" + before.ruleSetVersion())
        .ruleSetAfter(after.ruleSet() + " v" + after.ruleSetVersion())
        .atBefore(before.at()).atAfter(after.at()).changes(d.changes).build();
  }

  private void actions() {
    Map<String, ChosenAction> was = byKey(before.actions(), a -> a.action().value());
    Map<String, ChosenAction> is = byKey(after.actions(), a -> a.action().value());
    for (String id : union(is.keySet(), was.keySet())) {
      ChosenAction a = was.get(id);
      ChosenAction b = is.get(id);
      if (a == null) {
        add(ChangeArea.ACTION, ChangeKind.ADDED, id, null, shortly(b), "Newly chosen: " + b.name() + " ("
            + shortly(b) + "); before, " + candidateWords(before, id, false) + ".");
      } else if (b == null) {
        add(ChangeArea.ACTION, ChangeKind.REMOVED, id, shortly(a), null, "No longer chosen: " + a.name()
            + " (was " + shortly(a) + "); now " + candidateWords(after, id, true) + ".");
      } else {
        List<String> diffs = new ArrayList<>();
        differs(diffs, "rank", a.rank(), b.rank());
        differs(diffs, "channel", a.channel(), b.channel());
        differs(diffs, "delivery", a.delivery(), b.delivery());
        if (a.delivery() != Delivery.IN_SESSION || b.delivery() != Delivery.IN_SESSION) {
          differs(diffs, "send at", a.sendAt(), b.sendAt()); // in a session, always the decision's instant
        }
        differs(diffs, "route to", a.routeTo().map(Object::toString).orElse("nobody"),
            b.routeTo().map(Object::toString).orElse("nobody"));
        if (!a.message().equals(b.message())) {
          diffs.add("the message differs");
        }
        if (!diffs.isEmpty()) {
          add(ChangeArea.ACTION, ChangeKind.CHANGED, id, shortly(a), shortly(b),
              b.name() + ": " + String.join("; ", diffs) + ".");
        }
      }
    }
  }

  /** A chosen action in short: rank, channel, delivery and when; no message text (it may name the customer). */
  private static String shortly(ChosenAction a) {
    return "rank " + a.rank() + ", " + a.channel() + " " + a.delivery() + " at " + a.sendAt()
        + a.routeTo().map(t -> ", route to " + t).orElse("");
  }

  /** What becomes ({@code now}) or became of action {@code id} in {@code d}, where it is not chosen. */
  private static String candidateWords(Decision d, String id, boolean now) {
    for (CandidateOutcome c : d.candidates()) {
      if (c.action().value().equals(id)) {
        return (now ? "it is" : "it was") + " dropped at " + c.stage() + " by " + c.decisive().by() + ": "
            + c.decisive().text();
      }
    }
    return now ? "no rule proposes it" : "no rule proposed it";
  }

  private void candidates() {
    Set<String> chosen = new LinkedHashSet<>();
    before.actions().forEach(a -> chosen.add(a.action().value()));
    after.actions().forEach(a -> chosen.add(a.action().value()));
    Map<String, CandidateOutcome> was = byKey(before.candidates(), c -> c.action().value());
    Map<String, CandidateOutcome> is = byKey(after.candidates(), c -> c.action().value());
    for (String id : union(is.keySet(), was.keySet())) {
      if (chosen.contains(id)) {
        continue;
      }
      CandidateOutcome a = was.get(id);
      CandidateOutcome b = is.get(id);
      if (a == null) {
        add(ChangeArea.CANDIDATE, ChangeKind.ADDED, id, null, shortly(b),
            id + " is now proposed and " + shortly(b) + ": " + b.decisive().text());
      } else if (b == null) {
        add(ChangeArea.CANDIDATE, ChangeKind.REMOVED, id, shortly(a), null,
            id + " is no longer proposed (it was " + shortly(a) + ").");
      } else if (a.kept() != b.kept() || a.stage() != b.stage() || !a.decisive().by().equals(b.decisive().by())) {
        add(ChangeArea.CANDIDATE, ChangeKind.CHANGED, id, shortly(a), shortly(b),
            id + " was " + shortly(a) + ", now " + shortly(b) + ": " + b.decisive().text());
      }
    }
  }

  private static String shortly(CandidateOutcome c) {
    return (c.kept() ? "kept" : "dropped") + " at " + c.stage() + " by " + c.decisive().by();
  }

  private void rules() {
    Set<String> was = new LinkedHashSet<>(before.rulesFired());
    Set<String> is = new LinkedHashSet<>(after.rulesFired());
    for (String rule : union(is, was)) {
      if (!was.contains(rule)) {
        add(ChangeArea.RULE, ChangeKind.ADDED, rule, null, "fires", "Rule " + rule + " fires now.");
      } else if (!is.contains(rule)) {
        add(ChangeArea.RULE, ChangeKind.REMOVED, rule, "fires", null, "Rule " + rule + " no longer fires.");
      }
    }
  }

  private void commitments() {
    Function<CommitmentMade, String> key = c -> c.kind() + " by " + c.owner() + " ('" + c.description() + "')";
    Map<String, CommitmentMade> was = byKey(before.commitments(), key);
    Map<String, CommitmentMade> is = byKey(after.commitments(), key);
    for (String k : union(is.keySet(), was.keySet())) {
      CommitmentMade a = was.get(k);
      CommitmentMade b = is.get(k);
      if (a == null) {
        add(ChangeArea.COMMITMENT, ChangeKind.ADDED, k, null, "due by " + b.dueBy(),
            "A new promise: " + k + ", due by " + b.dueBy() + ".");
      } else if (b == null) {
        add(ChangeArea.COMMITMENT, ChangeKind.REMOVED, k, "due by " + a.dueBy(), null,
            "No longer promised: " + k + " (was due by " + a.dueBy() + ").");
      } else if (!a.dueBy().equals(b.dueBy())) {
        add(ChangeArea.COMMITMENT, ChangeKind.CHANGED, k, "due by " + a.dueBy(), "due by " + b.dueBy(),
            "The promise " + k + " is now due by " + b.dueBy() + " (was " + a.dueBy() + ").");
      }
    }
  }

  private void escalations() {
    Map<String, Escalation> was = byKey(before.escalations(), e -> e.commitment().value());
    Map<String, Escalation> is = byKey(after.escalations(), e -> e.commitment().value());
    for (String k : union(is.keySet(), was.keySet())) {
      Escalation a = was.get(k);
      Escalation b = is.get(k);
      if (a == null) {
        add(ChangeArea.ESCALATION, ChangeKind.ADDED, k, null, "to " + b.routeTo(),
            "Overdue commitment " + k + " is now escalated to " + b.routeTo() + " (rule " + b.rule() + ").");
      } else if (b == null) {
        add(ChangeArea.ESCALATION, ChangeKind.REMOVED, k, "to " + a.routeTo(), null,
            "Overdue commitment " + k + " is no longer escalated (was to " + a.routeTo() + ").");
      } else if (!a.routeTo().equals(b.routeTo())) {
        add(ChangeArea.ESCALATION, ChangeKind.CHANGED, k, "to " + a.routeTo(), "to " + b.routeTo(),
            "Overdue commitment " + k + " is escalated to " + b.routeTo() + " instead of " + a.routeTo() + ".");
      }
    }
  }

  private void allowances() {
    Map<String, Allowance> was = byKey(before.allowances(), Allowance::guardrail);
    Map<String, Allowance> is = byKey(after.allowances(), Allowance::guardrail);
    for (String k : union(is.keySet(), was.keySet())) {
      Allowance a = was.get(k);
      Allowance b = is.get(k);
      if (a == null) {
        add(ChangeArea.ALLOWANCE, ChangeKind.ADDED, k, null, shortly(b),
            "Room to act '" + k + "' is now given: " + shortly(b) + " (rule " + b.rule() + ").");
      } else if (b == null) {
        add(ChangeArea.ALLOWANCE, ChangeKind.REMOVED, k, shortly(a), null,
            "Room to act '" + k + "' is no longer given (was " + shortly(a) + ").");
      } else if (!shortly(a).equals(shortly(b))) {
        add(ChangeArea.ALLOWANCE, ChangeKind.CHANGED, k, shortly(a), shortly(b),
            "Room to act '" + k + "': " + shortly(b) + " (was " + shortly(a) + ").");
      }
    }
  }

  private static String shortly(Allowance a) {
    return a.action() + " up to " + a.limit();
  }

  private void notes() {
    Set<String> was = new LinkedHashSet<>(before.notes());
    Set<String> is = new LinkedHashSet<>(after.notes());
    for (String note : union(is, was)) {
      if (!was.contains(note)) {
        add(ChangeArea.NOTE, ChangeKind.ADDED, note, null, note, "New note: " + note);
      } else if (!is.contains(note)) {
        add(ChangeArea.NOTE, ChangeKind.REMOVED, note, note, null, "Note gone: " + note);
      }
    }
  }

  private void add(ChangeArea area, ChangeKind kind, String subject, String was, String is, String text) {
    changes.add(DecisionChange.of(area, kind, subject, Optional.ofNullable(was), Optional.ofNullable(is), text));
  }

  private static void differs(List<String> diffs, String what, Object was, Object is) {
    if (!was.equals(is)) {
      diffs.add(what + " " + was + " -> " + is);
    }
  }

  /**
   * The elements of {@code values} by key, in their order. A key already taken gets its
   * occurrence appended ({@code " #2"}), so that no element is left out of the comparison.
   */
  private static <V> Map<String, V> byKey(List<V> values, Function<V, String> key) {
    Map<String, V> out = new LinkedHashMap<>();
    for (V v : values) {
      String k = key.apply(v);
      String unique = k;
      for (int n = 2; out.containsKey(unique); n++) {
        unique = k + " #" + n;
      }
      out.put(unique, v);
    }
    return out;
  }

  /** The keys of the later decision in its order, then those only the earlier one has, in its order. */
  private static <K> Set<K> union(Set<K> later, Set<K> earlier) {
    Set<K> out = new LinkedHashSet<>(later);
    out.addAll(earlier);
    return out;
  }
}
