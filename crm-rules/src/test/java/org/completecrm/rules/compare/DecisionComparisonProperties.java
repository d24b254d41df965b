package org.completecrm.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.Test;

/** Invariants of decision comparisons over arbitrary customers and pairs of rule sets. */
class DecisionComparisonProperties {
  private static final int EXAMPLES = 100;

  @Test
  void aDecisionIsTheSameAsItselfAndAsItsJson() {
    qt().withExamples(EXAMPLES).forAll(CoreGen.viewInputs(), RulesGen.ruleSets(), RulesGen.events(), CoreGen.scores())
        .checkAssert((inputs, rules, event, scores) -> {
          CustomerView view = inputs.fold();
          Decision d = Decisions.decide(event, view, scores, rules, view.asOf());
          assertTrue(DecisionComparison.of(d, d).same());
          assertTrue(DecisionComparison.of(d, CrmJson.read(CrmJson.write(d), Decision.class)).same());
        });
  }

  @Test
  void theOtherWayRoundEveryAdditionIsARemovalAndEveryActionChangeIsListed() {
    qt().withExamples(EXAMPLES)
        .forAll(CoreGen.viewInputs(), RulesGen.ruleSets().zip(RulesGen.ruleSets(), List::of), RulesGen.events(),
            CoreGen.scores())
        .checkAssert((inputs, twoRuleSets, event, scores) -> {
          CustomerView view = inputs.fold();
          Decision a = Decisions.decide(event, view, scores, twoRuleSets.get(0), view.asOf());
          Decision b = Decisions.decide(event, view, scores, twoRuleSets.get(1), view.asOf());
          DecisionComparison forth = DecisionComparison.of(a, b);
          DecisionComparison back = DecisionComparison.of(b, a);
          assertEquals(mirrored(forth), keys(back));
          // Every action chosen in one decision only is listed as added or removed, and nothing else is.
          Set<String> onlyInB = ids(b.actions());
          onlyInB.removeAll(ids(a.actions()));
          Set<String> onlyInA = ids(a.actions());
          onlyInA.removeAll(ids(b.actions()));
          assertEquals(onlyInB, subjects(forth, ChangeArea.ACTION, ChangeKind.ADDED));
          assertEquals(onlyInA, subjects(forth, ChangeArea.ACTION, ChangeKind.REMOVED));
          Set<String> newRules = new HashSet<>(b.rulesFired());
          newRules.removeAll(a.rulesFired());
          assertEquals(newRules, subjects(forth, ChangeArea.RULE, ChangeKind.ADDED));
          assertEquals(forth.same(), back.same());
        });
  }

  private static Set<String> ids(List<ChosenAction> actions) {
    return actions.stream().map(x -> x.action().value()).collect(Collectors.toCollection(HashSet::new));
  }

  private static Set<String> subjects(DecisionComparison c, ChangeArea area, ChangeKind kind) {
    return c.changes().stream().filter(x -> x.area() == area && x.kind() == kind).map(DecisionChange::subject)
        .collect(Collectors.toSet());
  }

  /** Each change as area, kind, subject, before and after. */
  private static Set<List<Object>> keys(DecisionComparison c) {
    Set<List<Object>> out = new HashSet<>();
    for (DecisionChange x : c.changes()) {
      out.add(List.of(x.area(), x.kind(), x.subject(), x.before(), x.after()));
    }
    return out;
  }

  /** The changes seen the other way round: added for removed, before for after. */
  private static Set<List<Object>> mirrored(DecisionComparison c) {
    Set<List<Object>> out = new HashSet<>();
    for (DecisionChange x : c.changes()) {
      ChangeKind kind = x.kind() == ChangeKind.ADDED ? ChangeKind.REMOVED
          : x.kind() == ChangeKind.REMOVED ? ChangeKind.ADDED : ChangeKind.CHANGED;
      out.add(new ArrayList<>(List.of(x.area(), kind, x.subject(), x.after(), x.before())));
    }
    return out;
  }
}
