package org.completecrm.core.customer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.commitment.Commitments;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.view.CustomerView;
import org.junit.jupiter.api.Test;

/** {@code toString} of values never contains personal data in full: names, e-mail, phone, address lines, birth date. */
class RedactionProperties {

  static List<String> personalData(Customer c) {
    List<String> pd = new ArrayList<>();
    c.givenName().ifPresent(pd::add);
    c.familyName().ifPresent(pd::add);
    c.organisationName().ifPresent(pd::add);
    c.birthDate().ifPresent(d -> pd.add(d.toString()));
    c.foundingDate().ifPresent(d -> pd.add(d.toString()));
    if (!c.displayName().isEmpty()) {
      pd.add(c.displayName());
    }
    for (PostalAddress a : c.addresses()) {
      pd.addAll(a.lines());
      a.postcode().ifPresent(pd::add);
    }
    for (ContactPoint p : c.contactPoints()) {
      if (p.kind() == ContactKind.EMAIL || p.kind() == ContactKind.PHONE) {
        pd.add(p.value());
      }
    }
    return pd;
  }

  static void assertNoPersonalData(String text, List<String> personalData) {
    for (String pd : personalData) {
      assertFalse(text.contains(pd), () -> "'" + pd + "' in " + text);
    }
  }

  @Test
  void customersNeverPrintTheirPersonalData() {
    qt().withExamples(300).forAll(CoreGen.customers()).checkAssert(c -> {
      List<String> pd = personalData(c);
      assertNoPersonalData(c.toString(), pd);
      c.addresses().forEach(a -> assertNoPersonalData(a.toString(), pd));
      c.contactPoints().forEach(p -> assertNoPersonalData(p.toString(), pd));
    });
  }

  @Test
  void viewsAndEventsNeverPrintTheCustomersPersonalData() {
    qt().withExamples(100).forAll(CoreGen.viewInputs()).checkAssert(inputs -> {
      List<String> pd = personalData(inputs.customer());
      CustomerView v = inputs.fold();
      assertNoPersonalData(v.toString(), pd);
      inputs.events().forEach(e -> assertNoPersonalData(e.toString(), pd));
      Commitments.fold(inputs.events().stream().filter(e -> e.customer().equals(v.customerId())).toList())
          .forEach(c -> assertNoPersonalData(c.toString(), pd));
      v.cases().forEach(c -> assertNoPersonalData(c.toString(), pd));
      v.offers().forEach(o -> assertNoPersonalData(o.toString(), pd));
      assertNoPersonalData(v.consent().toString(), pd);
      assertNoPersonalData(v.preferences().toString(), pd);
    });
  }
}
