package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.completecrm.core.OfferId;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Stage;
import org.junit.jupiter.api.Test;

class ContactCentreExampleTest {
  @Test
  void serviceRecoveryComesFirstTheOfferIsKnownAndBothAreExplained() {
    StringWriter text = new StringWriter();
    Decision d = ContactCentreExample.run(new PrintWriter(text));
    assertEquals(OfferId.of("call-back-now"), d.actions().get(0).action());
    assertEquals(OfferId.of("resolve-complaint"), d.actions().get(1).action());
    var offer = d.candidates().stream().filter(c -> c.action().equals(OfferId.of("premium-fund-switch"))).findFirst()
        .orElseThrow();
    assertEquals(Stage.SUITABILITY, offer.stage());
    String out = text.toString();
    assertTrue(out.contains("1. Keep the overdue call-back now"), out);
    assertTrue(out.contains("know: The customer has offer premium-fund-switch, sent by EMAIL on 2026-11-22T08:05:00Z"), out);
    assertTrue(out.contains("not premium-fund-switch (SUITABILITY, policy:suitability.open-complaint)"), out);
    assertTrue(out.contains("allowed as an override, recorded on the customer's timeline"), out);
    assertTrue(out.contains("May the survey team e-mail or text Ana now? no"), out);
    assertTrue(out.contains("- ALLOWANCE CHANGED: Room to act 'goodwill': goodwill-credit up to GBP 75.00 (was "
        + "goodwill-credit up to GBP 50.00)."), out);
  }

  @Test
  void theSampleContextFileIsTheExampleContext() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("rules/context.json")) {
      assertEquals(ContactCentreExample.context(), CrmJson.read(in, DecisionContext.class));
    }
  }
}
