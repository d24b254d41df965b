package org.completecrm.examples;

import java.io.PrintWriter;
import org.completecrm.examples.tour.LoyaltyTour;

/**
 * A loyalty programme that rewards the relationship: the same simulated customer base and points
 * ledger under a programme whose tiers are earned by spend and under one whose tiers are earned
 * by profit after cost-to-serve or CLV; which members move, and what each tier costs and earns.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.LoyaltyExample}.
 * The wiring is in {@link LoyaltyTour} and {@link org.completecrm.examples.loyalty.LoyaltyBook}.
 */
public final class LoyaltyExample {
  private LoyaltyExample() {}

  /** Runs the comparison on 10,000 simulated customers. */
  public static void main(String[] args) {
    LoyaltyTour.standalone(new PrintWriter(System.out, true), 10_000, 2026);
  }
}
