package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.explain.Decision;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void theHostGetsADecisionWithReasonsThatRoundTripsThroughJson() {
    StringWriter text = new StringWriter();
    Decision decision = EmbeddingExample.run(new PrintWriter(text));
    assertEquals("c-ana", decision.customer().value());
    assertTrue(decision.actions().get(0).explanation().contains("overdue"), decision.summary());
    assertEquals(decision, CrmJson.read(CrmJson.write(decision), Decision.class));
    assertTrue(text.toString().contains("reads back equal: true"));
  }
}
