package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.completecrm.examples.tour.LoyaltyTour;
import org.junit.jupiter.api.Test;

class LoyaltyExampleTest {
  @Test
  void printsTheMovesAndTheCostPerTierUnderBothProgrammes() {
    StringWriter text = new StringWriter();
    LoyaltyTour.standalone(new PrintWriter(text, true), 1_500, 4);
    String out = text.toString();
    for (String expected : new String[] {"points outstanding", "tier by spend (rows) against tier by profit or CLV",
      "move down when tiers follow value", "by spend gold", "by value gold", "net"}) {
      assertTrue(out.contains(expected), "missing '" + expected + "' in\n" + out);
    }
  }
}
