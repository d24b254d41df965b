package org.completecrm.core.propensity;

import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.SeededHash;

/**
 * Seeded exploration with a cap: a share of at most {@code cap} of decisions (chosen by hashing
 * the decision's key with the seed) ranks on Thompson samples ({@link PropensityEstimate#sample}),
 * the rest on the estimates themselves. Actions with little evidence get wide samples and so win
 * some of the exploring decisions; at most {@code cap} of all decisions can differ from the
 * greedy choice. The same seed and key give the same draws.
 *
 * @param cap the largest share of decisions that explore, in [0, 1]
 * @param seed the seed
 */
public record Exploration(double cap, long seed) {
  /** Validates the cap. */
  public Exploration {
    if (!(cap >= 0 && cap <= 1)) {
      throw new InvalidValueException("Exploration.cap", cap, "a share in [0, 1]");
    }
  }

  /** No exploration: every decision uses the estimates. */
  public static Exploration none() {
    return new Exploration(0, 0);
  }

  /** Whether the decision with this key explores. */
  public boolean explores(String decisionKey) {
    Checks.present(decisionKey, "Exploration.decisionKey");
    return cap > 0 && SeededHash.uniform(seed, decisionKey) < cap;
  }

  /** The propensity the decision {@code decisionKey} ranks {@code estimate}'s action by. */
  public double propensity(PropensityEstimate estimate, String decisionKey) {
    if (!explores(decisionKey)) {
      return estimate.probability();
    }
    return estimate.sample(SeededHash.of(seed, decisionKey + '\u0000' + estimate.action().value()
        + '\u0000' + estimate.channel().name()));
  }
}
