package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.rekey.HeldData;
import org.junit.jupiter.api.Test;

/** The whole-customer example does what its Javadoc promises. */
class WholeCustomerExampleTest {
  @Test
  void theMergeIsCarriedThroughAndTheUnmergeGivesEveryEntryBack() {
    StringWriter text = new StringWriter();
    WholeCustomerExample.Result r = WholeCustomerExample.run(new PrintWriter(text));
    assertNotEquals(r.survivor(), r.absorbed());
    ConsentLedger merged = r.merged().ledgers().get(0);
    assertFalse(merged.allows(Channel.EMAIL, Purpose.MARKETING, WholeCustomerExample.MERGED));
    assertEquals(1, r.merged().ballots().get(0).votes().size());
    HeldData after = r.after();
    assertEquals(2, after.ballots().get(0).votes().size());
    for (ConsentLedger before : r.before().ledgers()) {
      ConsentLedger back = after.ledgers().stream().filter(l -> l.customer().equals(before.customer())).findFirst().orElseThrow();
      assertEquals(before.entries(), back.entries().subList(0, before.entries().size()));
    }
    assertTrue(text.toString().contains("PENDING_CONFIRMATION"));
    assertFalse(text.toString().contains("+34600111222"), "no contact point printed");
    assertFalse(text.toString().contains("Lopez"), "no name printed");
  }
}
