package org.completecrm.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.timeline.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** The 360° view depends on the events, not on the order or number of times systems deliver them. */
class CustomerViewProperties {

  @Test
  void theViewIsTheSameWhateverOrderEventsArriveIn() {
    qt().withExamples(150).forAll(CoreGen.viewInputs(), SourceDSL.longs().all()).checkAssert((inputs, seed) -> {
      List<TimelineEvent> shuffled = new ArrayList<>(inputs.events());
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(inputs.fold(), inputs.withEvents(shuffled).fold());
    });
  }

  @Test
  void anEventDeliveredTwiceCountsOnce() {
    qt().withExamples(150).forAll(CoreGen.viewInputs(), SourceDSL.longs().all()).checkAssert((inputs, seed) -> {
      Random r = new Random(seed);
      List<TimelineEvent> doubled = new ArrayList<>(inputs.events());
      for (TimelineEvent e : inputs.events()) {
        if (r.nextBoolean()) {
          doubled.add(e);
        }
      }
      Collections.shuffle(doubled, r);
      assertEquals(inputs.fold(), inputs.withEvents(doubled).fold());
    });
  }

  @Test
  void theViewHoldsOnlyWhatHappenedByItsInstant() {
    qt().withExamples(150).forAll(CoreGen.viewInputs()).checkAssert(inputs -> {
      CustomerView v = inputs.fold();
      assertTrue(v.contacts().stream().allMatch(c -> !c.at().isAfter(v.asOf())));
      assertTrue(v.contacts().stream().allMatch(c -> c.customer().equals(v.customerId())));
      assertTrue(v.householdContacts().stream().noneMatch(c -> c.customer().equals(v.customerId())));
      long purchases = inputs.events().stream()
          .filter(e -> e.customer().equals(v.customerId()) && !e.at().isAfter(v.asOf()))
          .filter(e -> e instanceof org.completecrm.core.timeline.Transaction
              && ((org.completecrm.core.timeline.Transaction) e).kind() == org.completecrm.core.timeline.TransactionKind.PURCHASE)
          .count();
      assertEquals(purchases, v.purchaseCount());
      v.lastContactByChannel().forEach((ch, at) -> assertTrue(
          v.contacts().stream().filter(c -> c.channel() == ch).allMatch(c -> !c.at().isAfter(at))));
    });
  }
}
