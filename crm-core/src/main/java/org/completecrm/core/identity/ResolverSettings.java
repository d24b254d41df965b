package org.completecrm.core.identity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * Settings of a resolution: a given model or none (then estimated by EM), the probability
 * thresholds of a match and of a possible match, blocking, source trust and survivorship.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResolverSettings.class)
@JsonDeserialize(as = ImmutableResolverSettings.class)
public abstract class ResolverSettings {
  ResolverSettings() {}

  /** A builder. */
  public static ImmutableResolverSettings.Builder builder() {
    return ImmutableResolverSettings.builder();
  }

  /** The defaults: the model estimated from the data, a match at probability 0.5 or more. */
  public static ResolverSettings defaults() {
    return builder().build();
  }

  /** The match model to use; when absent it is estimated from the records by EM. */
  public abstract Optional<MatchModel> model();

  /** A pair with at least this match probability is a match. */
  @Value.Default
  public double matchProbability() {
    return 0.5;
  }

  /** A pair with at least this probability (and below the match threshold) is a possible match, queued for review. */
  @Value.Default
  public double possibleMatchProbability() {
    return 0.05;
  }

  /** Whether deterministic rules (same verified e-mail, same account id) make a match whatever the weight. */
  @Value.Default
  public boolean rules() {
    return true;
  }

  /** Blocks with more records than this are skipped (and counted). */
  @Value.Default
  public int maxBlockSize() {
    return 32;
  }

  /** The limit of EM iterations. */
  @Value.Default
  public int maxIterations() {
    return 200;
  }

  /** Source systems from most to least trusted; unlisted systems rank after all listed ones. */
  public abstract List<String> sourceTrust();

  /** The survivorship rule per attribute; {@link Survivorship#MOST_FREQUENT} where not given. */
  public abstract Map<AttributeType, Survivorship> survivorship();

  /** The rule for one attribute. */
  public Survivorship survivorshipOf(AttributeType type) {
    return survivorship().getOrDefault(type, Survivorship.MOST_FREQUENT);
  }

  /** The trust rank of a system: 0 for the most trusted, the list size for unlisted systems. */
  public int trustRank(String system) {
    int i = sourceTrust().indexOf(system);
    return i < 0 ? sourceTrust().size() : i;
  }

  @Value.Check
  void check() {
    Checks.present(model(), "ResolverSettings.model");
    Checks.probability(matchProbability(), "ResolverSettings.matchProbability");
    Checks.probability(possibleMatchProbability(), "ResolverSettings.possibleMatchProbability");
    if (possibleMatchProbability() > matchProbability()) {
      throw new InvalidValueException("ResolverSettings.possibleMatchProbability", possibleMatchProbability(),
          "a probability at most matchProbability " + matchProbability());
    }
    if (maxBlockSize() < 2) {
      throw new InvalidValueException("ResolverSettings.maxBlockSize", maxBlockSize(), "at least 2");
    }
    if (maxIterations() < 1) {
      throw new InvalidValueException("ResolverSettings.maxIterations", maxIterations(), "at least 1");
    }
    Checks.noNulls(sourceTrust(), "ResolverSettings.sourceTrust");
    Checks.noNulls(survivorship(), "ResolverSettings.survivorship");
  }
}
