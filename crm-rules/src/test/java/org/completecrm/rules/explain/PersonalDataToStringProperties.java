package org.completecrm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.OfferId;
import org.completecrm.core.PersonalData;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.testing.PeopleGen;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.ruleset.ActionKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * No {@code toString} of a value holding personal data prints it, over generated values of every
 * such type: the personal values are read from the attributes marked {@link PersonalData} (an
 * ArchUnit rule in {@code examples} checks that each such type writes its own {@code toString}).
 */
class PersonalDataToStringProperties {
  private static final Instant AT = Instant.parse("2026-11-23T10:15:00Z");

  /** Every personal value of {@code value}: its {@code @PersonalData} attributes, as text, unwrapped. */
  static List<String> personalValues(Object value) {
    List<String> out = new ArrayList<>();
    for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(PersonalData.class) && m.getParameterCount() == 0) {
          try {
            m.setAccessible(true);
            collect(m.invoke(value), out);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(m + ": " + e, e);
          }
        }
      }
    }
    return out;
  }

  private static void collect(Object v, List<String> out) {
    if (v instanceof Optional<?> o) {
      o.ifPresent(x -> collect(x, out));
    } else if (v instanceof Collection<?> c) {
      c.forEach(x -> collect(x, out));
    } else if (v instanceof Map<?, ?> m) {
      m.values().forEach(x -> collect(x, out));
    } else if (v != null && v.toString().length() >= 3) {
      // shorter texts (an initial, a two-letter code) appear in any text by chance
      out.add(v.toString());
    }
  }

  static void assertPrintsNoPersonalData(Object value, List<String> personal) {
    String text = value.toString();
    for (String p : personal) {
      assertFalse(text.contains(p), () -> value.getClass().getSimpleName() + ".toString() prints '" + p + "': " + text);
    }
  }

  static void assertPrintsNoPersonalDataOfItsOwn(Object value) {
    assertPrintsNoPersonalData(value, personalValues(value));
  }

  @Test
  void customersAddressesAndContactPointsPrintNoPersonalData() {
    qt().withExamples(300).forAll(CoreGen.customers()).checkAssert(c -> {
      List<String> personal = personalValues(c);
      c.addresses().forEach(a -> personal.addAll(personalValues(a)));
      c.contactPoints().forEach(p -> personal.addAll(personalValues(p)));
      assertTrue(personal.size() > 0 || c.displayName().length() < 3, c::toString);
      assertPrintsNoPersonalData(c, personal);
      c.addresses().forEach(a -> assertPrintsNoPersonalData(a, personal));
      c.contactPoints().forEach(p -> assertPrintsNoPersonalData(p, personal));
    });
  }

  @Test
  void sourceAndGoldenRecordsPrintNoPersonalData() {
    qt().withExamples(20).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      List<SourceRecord> records = PeopleGen.generate(8, seed).records();
      records.forEach(PersonalDataToStringProperties::assertPrintsNoPersonalDataOfItsOwn);
      Resolution r = Resolver.resolve(records, ResolverSettings.defaults(), AT);
      r.goldenRecords().forEach(PersonalDataToStringProperties::assertPrintsNoPersonalDataOfItsOwn);
      List<String> all = new ArrayList<>();
      records.forEach(x -> all.addAll(personalValues(x)));
      assertPrintsNoPersonalData(r, all);
    });
  }

  @Test
  void chosenActionsAndDecisionsPrintNoPersonalMessage() {
    qt().withExamples(200).forAll(CoreGen.persons()).checkAssert(c -> {
      String message = "Hello " + c.displayName() + ", your statement is ready at "
          + c.contactPoints().stream().map(p -> p.value()).findFirst().orElse("the branch");
      ChosenAction a = ChosenAction.builder().rank(1).action(OfferId.of("statement")).name("Statement")
          .kind(ActionKind.SERVICE).purpose(Purpose.SERVICE).channel(Channel.EMAIL).delivery(Delivery.OUTBOUND)
          .sendAt(AT).deferred(false).score(1).message(Optional.of(message)).routeTo(Optional.empty())
          .explanation("Statement (service): proposed by rule r1.").build();
      assertPrintsNoPersonalDataOfItsOwn(a);
      Decision d = Decision.builder().customer(CustomerId.of("c-1")).at(AT).event(DecisionEvent.inboundCall())
          .ruleSet("rs").ruleSetVersion(1).addActions(a).build();
      assertPrintsNoPersonalData(d, List.of(message));
      assertPrintsNoPersonalData(d, personalValues(c).stream().filter(p -> message.contains(p)).toList());
    });
  }
}
