package org.completecrm.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.testing.InvalidGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Any valid document made invalid in one place is rejected with the field, the value and the JSON path of that place. */
class JsonErrorProperties {

  @Test
  void anExpiryMovedBeforeItsGrantIsReportedAtItsEntry() {
    qt().withExamples(200).forAll(CoreGen.consentLedgers(), SourceDSL.integers().between(0, 1000))
        .checkAssert((ledger, pick) -> {
          int i = -1;
          for (int k = 0; k < ledger.entries().size(); k++) {
            if (ledger.entries().get((pick + k) % ledger.entries().size()).action().name().equals("GRANTED")) {
              i = (pick + k) % ledger.entries().size();
              break;
            }
          }
          if (i < 0) {
            return;
          }
          ConsentEntry e = ledger.entries().get(i);
          ObjectNode doc = CrmJson.mapper().valueToTree(ledger);
          ObjectNode entry = (ObjectNode) ((ArrayNode) doc.get("entries")).get(i);
          entry.put("expiresAt", e.recordedAt().minusSeconds(1).toString());
          int index = i;
          InvalidValueException x = assertThrows(InvalidValueException.class,
              () -> CrmJson.read(doc.toString(), ConsentLedger.class));
          assertEquals("ConsentEntry.expiresAt", x.field());
          assertEquals(e.recordedAt().minusSeconds(1).toString(), x.rejectedValue());
          assertEquals(Optional.of("$.entries[" + index + "].expiresAt"), x.jsonPath());
        });
  }

  @Test
  void aBadCountryInAnyAddressIsReportedAtThatAddress() {
    qt().withExamples(200).forAll(CoreGen.customers(), InvalidGen.invalidCountryCodes())
        .checkAssert((customer, country) -> {
          if (customer.addresses().isEmpty()) {
            return;
          }
          int last = customer.addresses().size() - 1;
          ObjectNode doc = CrmJson.mapper().valueToTree(customer);
          ((ObjectNode) ((ArrayNode) doc.get("addresses")).get(last)).put("country", country);
          InvalidValueException x = assertThrows(InvalidValueException.class,
              () -> CrmJson.read(doc.toString(), Customer.class));
          assertEquals("PostalAddress.country", x.field());
          assertEquals(Optional.of("$.addresses[" + last + "].country"), x.jsonPath());
        });
  }

  @Test
  void anInvalidIdentifierAnywhereInAHouseholdIsReportedAtItsPath() {
    qt().withExamples(200).forAll(CoreGen.households(), InvalidGen.invalidIdTexts()).checkAssert((household, bad) -> {
      ObjectNode doc = CrmJson.mapper().valueToTree(household);
      int last = household.memberships().size() - 1;
      ((ObjectNode) ((ArrayNode) doc.get("memberships")).get(last)).put("customer", bad);
      InvalidValueException x = assertThrows(InvalidValueException.class,
          () -> CrmJson.read(doc.toString(), org.completecrm.core.household.Household.class));
      assertEquals("CustomerId.value", x.field());
      assertEquals(Optional.of("$.memberships[" + last + "].customer"), x.jsonPath());
    });
  }
}
