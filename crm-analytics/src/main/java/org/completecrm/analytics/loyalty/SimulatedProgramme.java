package org.completecrm.analytics.loyalty;

import java.time.Instant;
import java.util.List;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.loyalty.ProgrammeLedger;

/**
 * A simulated programme (see {@link LoyaltySimulator}): the ledger up to an instant, the members'
 * purchase summaries in weeks for fitting the value models, and what the simulated future
 * actually redeems of each member's balance at that instant.
 */
public final class SimulatedProgramme {
  private final Instant at;
  private final ProgrammeLedger ledger;
  private final List<CustomerSummary> summaries;
  private final double[] realisedRedemption;

  SimulatedProgramme(Instant at, ProgrammeLedger ledger, List<CustomerSummary> summaries, double[] realisedRedemption) {
    this.at = at;
    this.ledger = ledger;
    this.summaries = List.copyOf(summaries);
    this.realisedRedemption = realisedRedemption;
  }

  /** The instant the ledger runs to. */
  public Instant at() {
    return at;
  }

  /** Every member's entries up to {@link #at()}, members indexed in order. */
  public ProgrammeLedger ledger() {
    return ledger;
  }

  /** Each member's purchase summary in weeks from their first purchase to {@link #at()}, in member order. */
  public List<CustomerSummary> summaries() {
    return summaries;
  }

  /** The points of member {@code i}'s balance at {@link #at()} that the simulated future redeems before they expire. */
  public double realisedRedemption(int i) {
    if (i < 0 || i >= realisedRedemption.length) {
      throw new InvalidValueException("SimulatedProgramme.realisedRedemption.i", i, "a member index");
    }
    return realisedRedemption[i];
  }

  /** The realised redemption of every member's balance, added up. */
  public double realisedRedemption() {
    double sum = 0;
    for (double r : realisedRedemption) {
      sum += r;
    }
    return sum;
  }
}
