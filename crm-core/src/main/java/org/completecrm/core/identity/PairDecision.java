package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * The decision on a pair of source records, explained comparison by comparison: the total weight,
 * the match probability, the deterministic rule that fired (if any) and the outcome.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePairDecision.class)
@JsonDeserialize(as = ImmutablePairDecision.class)
public abstract class PairDecision {
  PairDecision() {}

  /** A builder. */
  public static ImmutablePairDecision.Builder builder() {
    return ImmutablePairDecision.builder();
  }

  /** The first record (the smaller identity). */
  public abstract SourceIdentity first();

  /** The second record. */
  public abstract SourceIdentity second();

  /** Match, possible match or non-match. */
  public abstract MatchOutcome outcome();

  /** The total Fellegi-Sunter weight (sum of the contributions). */
  public abstract double weight();

  /** The match probability implied by the weight and the model's prior. */
  public abstract double probability();

  /** The deterministic rule that made this a match regardless of the weight, if one did. */
  public abstract Optional<String> rule();

  /** Each comparison's level and weight, in {@link Comparison} order. */
  public abstract List<AttributeWeight> contributions();

  /** A plain-words explanation without personal data, one comparison per line. */
  public String explanation() {
    String head = String.format(Locale.ROOT, "%s: weight %+.2f, probability %.3f%s", outcome(), weight(),
        probability(), rule().map(r -> ", rule: " + r).orElse(""));
    return head + "\n" + contributions().stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
  }

  @Value.Check
  void check() {
    Checks.present(first(), "PairDecision.first");
    Checks.present(second(), "PairDecision.second");
    Checks.present(outcome(), "PairDecision.outcome");
    Checks.finite(weight(), "PairDecision.weight");
    Checks.probability(probability(), "PairDecision.probability");
    Checks.noNulls(contributions(), "PairDecision.contributions");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "PairDecision{%s ~ %s: %s %+.2f}", first(), second(), outcome(), weight());
  }
}
