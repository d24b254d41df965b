package org.completecrm.rules.internal.nba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Purpose;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.ruleset.ActionKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Dropped candidates are listed by the stage that dropped them, then by their place among the actions. */
class DroppedTest {
  private static CandidateOutcome droppedAt(int action, Stage stage) {
    Reason why = Reason.of(stage, "policy:test", "Dropped at " + stage + ".");
    return new CandidateOutcome(OfferId.of("a" + action), ActionKind.OFFER, Purpose.MARKETING, false, stage, why,
        List.of(why), Optional.empty());
  }

  @Test
  void anEarlierStageComesFirstWhateverTheAction() {
    Dropped<CandidateOutcome> d = new Dropped<>();
    d.add(0, Stage.VOLUME, droppedAt(0, Stage.VOLUME));
    d.add(2, Stage.ELIGIBILITY, droppedAt(2, Stage.ELIGIBILITY));
    d.add(1, Stage.CONTACT_POLICY, droppedAt(1, Stage.CONTACT_POLICY));
    assertEquals(List.of("a2", "a1", "a0"), d.inOrder().stream().map(c -> c.action().value()).toList());
  }

  @Test
  void withinAStageTheActionsAreInTheirOrder() {
    Dropped<CandidateOutcome> d = new Dropped<>();
    d.add(3, Stage.RULES, droppedAt(3, Stage.RULES));
    d.add(0, Stage.RULES, droppedAt(0, Stage.RULES));
    d.add(2, Stage.RULES, droppedAt(2, Stage.RULES));
    assertEquals(List.of("a0", "a2", "a3"), d.inOrder().stream().map(c -> c.action().value()).toList());
  }

  @Test
  void noneDroppedListsNone() {
    assertEquals(List.of(), new Dropped<CandidateOutcome>().inOrder());
  }

  @Test
  void theOrderIsTheSameWhateverTheOrderTheyWereDroppedIn() {
    qt().forAll(Generate.range(0, 30), Generate.longRange(0, Long.MAX_VALUE)).checkAssert((n, seed) -> {
      Random random = new Random(seed);
      List<Integer> actions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        actions.add(i);
      }
      Collections.shuffle(actions, random);
      Stage[] stages = Stage.values();
      List<Integer> some = actions.subList(0, random.nextInt(n + 1));
      Dropped<CandidateOutcome> d = new Dropped<>();
      List<CandidateOutcome> expected = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (int a : some) {
        CandidateOutcome c = droppedAt(a, stages[random.nextInt(stages.length - 1)]);
        d.add(a, c.stage(), c);
        expected.add(c);
        order.add(a);
      }
      List<Integer> byAction = new ArrayList<>(order);
      expected.sort(Comparator.comparing(CandidateOutcome::stage)
          .thenComparingInt(c -> Integer.parseInt(c.action().value().substring(1))));
      assertEquals(expected, d.inOrder(), () -> "dropped in the order " + byAction);
    });
  }
}
