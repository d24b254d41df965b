package org.completecrm.rules.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.fixtures.Customers;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.completecrm.rules.condition.internal.Conditions;
import org.completecrm.rules.condition.internal.Facts;

/** {@link Conditions#eventKinds}: the kinds it names are a superset of those for which a condition holds. */
class EventKindsProperties {
  private static final EventKind[] KINDS = EventKind.values();

  private static boolean holds(Condition c, EventKind kind) {
    return Conditions.compile(c, "$").test(Facts.of(DecisionEvent.of(kind), Customers.anaAt(Customers.NOW),
        Customers.anasScores(), Customers.NOW));
  }

  private static int between(RandomnessSource in, int min, int max) {
    return Generate.range(min, max).generate(in);
  }

  private static String[] someKinds(RandomnessSource in) {
    List<String> names = new ArrayList<>();
    for (EventKind k : KINDS) {
      if (between(in, 0, 2) == 0) {
        names.add(k.name());
      }
    }
    if (names.isEmpty()) {
      names.add(KINDS[between(in, 0, KINDS.length - 1)].name());
    }
    return names.toArray(new String[0]);
  }

  /** Conditions up to three levels deep over the event kind, constants and fields of Ana's view. */
  private static Gen<Condition> conditions(int depth) {
    return in -> {
      int form = between(in, 0, depth > 0 ? 10 : 6);
      String kind = KINDS[between(in, 0, KINDS.length - 1)].name();
      switch (form) {
        case 0: return Condition.on("event.kind").eq(kind);
        case 1: return Condition.on("event.kind").ne(kind);
        case 2: return Condition.on("event.kind").in(someKinds(in));
        case 3: return Condition.on("event.kind").notIn(someKinds(in));
        case 4: return between(in, 0, 1) == 0 ? Condition.alwaysTrue() : Condition.never();
        case 5: return Condition.on("clv").gt(100);
        case 6: return Condition.on("segment").eq("nobody");
        case 7: return Condition.negate(conditions(depth - 1).generate(in));
        case 8: return Condition.anyOf(conditions(depth - 1).generate(in), conditions(depth - 1).generate(in));
        default: return Condition.allOf(conditions(depth - 1).generate(in), conditions(depth - 1).generate(in));
      }
    };
  }

  @Test
  void aConditionHoldsOnlyForTheKindsItIsSaidToAdmit() {
    qt().withExamples(400).forAll(conditions(3)).checkAssert(c -> {
      Set<EventKind> admitted = Conditions.eventKinds(c);
      for (EventKind k : KINDS) {
        if (holds(c, k)) {
          assertTrue(admitted.contains(k), () -> c + " holds for " + k + " but admits only " + admitted);
        }
      }
    });
  }

  @Test
  void kindComparisonsNarrowAndOtherFieldsDoNot() {
    assertEquals(EnumSet.of(EventKind.CAMPAIGN_RUN), Conditions.eventKinds(Condition.allOf(
        Condition.on("event.kind").eq("CAMPAIGN_RUN"), Condition.on("clv").gt(1))));
    assertEquals(EnumSet.of(EventKind.INBOUND_CALL, EventKind.WEB_VISIT), Conditions.eventKinds(Condition.anyOf(
        Condition.on("event.kind").eq("INBOUND_CALL"), Condition.on("event.kind").in("WEB_VISIT"))));
    assertEquals(EnumSet.complementOf(EnumSet.of(EventKind.PURCHASE)),
        Conditions.eventKinds(Condition.on("event.kind").notIn("PURCHASE")));
    assertEquals(EnumSet.allOf(EventKind.class), Conditions.eventKinds(Condition.on("clv").gt(1)));
    assertEquals(EnumSet.allOf(EventKind.class),
        Conditions.eventKinds(Condition.negate(Condition.on("event.kind").eq("PURCHASE"))), "not is not narrowed");
    assertEquals(EnumSet.noneOf(EventKind.class), Conditions.eventKinds(Condition.never()));
    assertEquals(EnumSet.noneOf(EventKind.class), Conditions.eventKinds(Condition.allOf(
        Condition.on("event.kind").eq("PURCHASE"), Condition.on("event.kind").eq("COMPLAINT"))));
  }
}
