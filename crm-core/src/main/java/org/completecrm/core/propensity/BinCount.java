package org.completecrm.core.propensity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.completecrm.core.InvalidValueException;
import org.immutables.value.Value;

/** The evidence in one bin: how many outcomes there were positive (accepted) and negative. */
@Value.Immutable
@JsonSerialize(as = ImmutableBinCount.class)
@JsonDeserialize(as = ImmutableBinCount.class)
public abstract class BinCount {
  static final BinCount EMPTY = of(0, 0);

  BinCount() {}

  /** The counts {@code positives} and {@code negatives}, each at least 0. */
  public static BinCount of(long positives, long negatives) {
    return ImmutableBinCount.builder().positives(positives).negatives(negatives).build();
  }

  /** Outcomes accepted. */
  public abstract long positives();

  /** Outcomes rejected or ignored. */
  public abstract long negatives();

  /** All outcomes. */
  public long total() {
    return positives() + negatives();
  }

  @Value.Check
  void check() {
    if (positives() < 0 || negatives() < 0 || positives() + negatives() < 0) {
      throw new InvalidValueException("BinCount", positives() + "/" + negatives(),
          "counts of at least 0 whose sum fits a long");
    }
  }
}
