package org.completecrm.core.propensity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.immutables.value.Value;

/**
 * An adaptive propensity model: for each action and channel, naive Bayes over binned predictors
 * with evidence counts, a prior for the cold start and a calibration learned from its own
 * outcomes. A value: {@link #learn} returns a new model, and JSON round-trips it exactly.
 *
 * <p><b>Update rule.</b> {@code learn(outcomes)} adds every outcome of the batch to the counts;
 * the calibration bin of each is chosen with the model before the batch. The result is therefore
 * the same for any order of the batch; learning two batches one after the other gives the same
 * predictor counts as learning them together, and calibration counts that differ only in which
 * model placed them.
 *
 * <p>Naive Bayes with binned predictors and evidence counts is the method of adaptive decision
 * hubs (the counts are sufficient statistics; see also Domingos and Pazzani, "On the optimality of
 * the simple Bayesian classifier under zero-one loss", Machine Learning 29, 1997, on why its
 * ranking is good while its probabilities need calibrating); the calibration by log-odds bins
 * follows Zadrozny and Elkan, "Transforming classifier scores into accurate multiclass probability
 * estimates", KDD 2002 (binning), shrunk towards the uncalibrated value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdaptiveModel.class)
@JsonDeserialize(as = ImmutableAdaptiveModel.class)
public abstract class AdaptiveModel {
  /** The number of calibration bins of every action. */
  public static final int CALIBRATION_BINS = 64;
  /** The lower end of the first calibration bin, in log-odds. */
  public static final double CALIBRATION_LOW = -8.0;
  /** The width of each calibration bin, in log-odds. */
  public static final double CALIBRATION_WIDTH = 0.25;
  /** Pseudo-outcomes that shrink each predictor bin's rate towards the action's base rate. */
  public static final double BIN_STRENGTH = 5.0;
  /** Pseudo-outcomes that shrink a calibration bin's correction towards none. */
  public static final double CALIBRATION_SHRINKAGE = 10.0;

  AdaptiveModel() {}

  /** A builder. */
  public static ImmutableAdaptiveModel.Builder builder() {
    return ImmutableAdaptiveModel.builder();
  }

  /** A model with no evidence: every propensity is {@code priorMean} until outcomes arrive. */
  public static AdaptiveModel prior(String name, List<Predictor> predictors, double priorMean, double priorStrength) {
    Checks.present(predictors, "AdaptiveModel.prior.predictors");
    return builder().name(name).predictors(predictors).priorMean(priorMean).priorStrength(priorStrength).build();
  }

  /**
   * The prior over the standard predictors ({@link #standardPredictors()}), named {@code
   * propensity}, with prior mean 0.1 worth 10 outcomes.
   */
  public static AdaptiveModel standardPrior() {
    return prior("propensity", standardPredictors(), 0.1, 10);
  }

  /**
   * The standard predictors, from the analytic scores: {@code clv} (edges 0, 50, 100, 250, 500,
   * 1000, 2500, 5000), {@code pAlive} (edges 0.1 to 0.9 by 0.1), {@code valueTier} and {@code
   * segment} (labels).
   */
  public static List<Predictor> standardPredictors() {
    return List.of(
        Predictor.numeric(Scores.CLV, 0, 50, 100, 250, 500, 1000, 2500, 5000),
        Predictor.numeric(Scores.P_ALIVE, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9),
        Predictor.symbolic(Scores.VALUE_TIER),
        Predictor.symbolic(Scores.SEGMENT));
  }

  /** The model's name, which rule sets refer to. */
  public abstract String name();

  /** How many batches it has learned from; 0 for a prior. */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The propensity before any evidence, in (0, 1). */
  @Value.Default
  public double priorMean() {
    return 0.1;
  }

  /** How many outcomes the prior is worth, in (0, 1e9]. */
  @Value.Default
  public double priorStrength() {
    return 10;
  }

  /** The predictors, with distinct names. */
  public abstract List<Predictor> predictors();

  /** The evidence per action and channel, at most one entry for each. */
  public abstract List<ActionEvidence> evidence();

  @Value.Lazy
  CompiledModel compiled() {
    return new CompiledModel(this);
  }

  /** The evidence of {@code action} on {@code channel}, if it has any. */
  public Optional<ActionEvidence> evidenceOf(OfferId action, Channel channel) {
    return evidence().stream().filter(e -> e.action().equals(action) && e.channel() == channel).findFirst();
  }

  /**
   * The propensity of {@code action} on {@code channel} for a customer with the given predictor
   * values (scores and labels by predictor name; a missing one falls in the "missing" bin).
   */
  public PropensityEstimate estimate(OfferId action, Channel channel, Scores predictorValues) {
    Checks.present(action, "AdaptiveModel.estimate.action");
    Checks.present(channel, "AdaptiveModel.estimate.channel");
    Checks.present(predictorValues, "AdaptiveModel.estimate.predictorValues");
    CompiledModel c = compiled();
    CompiledEvidence ev = c.of(action, channel);
    double[] ratios = new double[c.predictors.size()];
    double raw = ev.raw(c.predictors, predictorValues, ratios);
    int k = CompiledEvidence.calibrationBin(raw);
    double p = ev.calibrated(raw);
    return new PropensityEstimate(this, action, channel, predictorValues, p, ev.outcomes,
        ev.calibrationCount[k], ratios);
  }

  /** The model after the batch {@code outcomes} (see the update rule above); version + 1. */
  public AdaptiveModel learn(Collection<Outcome> outcomes) {
    return new Learner(this).add(outcomes).result();
  }

  static int valueBin(Predictor p, double v) {
    List<Double> edges = p.edges();
    int lo = 0;
    int hi = edges.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (v >= edges.get(mid)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "AdaptiveModel.name");
    if (version() < 0) {
      throw new InvalidValueException("AdaptiveModel.version", version(), "a version of at least 0");
    }
    if (!(priorMean() > 0 && priorMean() < 1)) {
      throw new InvalidValueException("AdaptiveModel.priorMean", priorMean(), "a probability in (0, 1)");
    }
    if (!(priorStrength() > 0 && priorStrength() <= 1e9)) {
      throw new InvalidValueException("AdaptiveModel.priorStrength", priorStrength(), "a number of outcomes in (0, 1e9]");
    }
    Checks.noNulls(predictors(), "AdaptiveModel.predictors");
    Checks.noNulls(evidence(), "AdaptiveModel.evidence");
    Set<String> names = new HashSet<>();
    for (int j = 0; j < predictors().size(); j++) {
      if (!names.add(predictors().get(j).name())) {
        throw new InvalidValueException("AdaptiveModel.predictors[" + j + "].name", predictors().get(j).name(),
            "a name no other predictor has");
      }
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < evidence().size(); i++) {
      checkEvidence(i, evidence().get(i), keys);
    }
  }

  private void checkEvidence(int i, ActionEvidence ev, Set<String> keys) {
    String at = "AdaptiveModel.evidence[" + i + "]";
    if (!keys.add(ev.action().value() + "/" + ev.channel())) {
      throw new InvalidValueException(at, ev.action().value() + "/" + ev.channel(),
          "one entry per action and channel");
    }
    if (ev.calibration().size() != CALIBRATION_BINS) {
      throw new InvalidValueException(at + ".calibration", ev.calibration().size() + " bins",
          CALIBRATION_BINS + " calibration bins");
    }
    if (ev.predictors().size() != predictors().size()) {
      throw new InvalidValueException(at + ".predictors", ev.predictors().size() + " predictors",
          "one entry per model predictor, " + predictors().size());
    }
    for (int j = 0; j < predictors().size(); j++) {
      Predictor p = predictors().get(j);
      PredictorEvidence pe = ev.predictors().get(j);
      String pat = at + ".predictors[" + j + "]";
      if (!pe.predictor().equals(p.name())) {
        throw new InvalidValueException(pat + ".predictor", pe.predictor(), "the model's predictor " + p.name());
      }
      if (pe.bins().size() != p.valueBins() || (p.kind() == PredictorKind.NUMERIC && !pe.labels().isEmpty())) {
        throw new InvalidValueException(pat + ".bins", pe.bins().size() + " bins, " + pe.labels().size() + " labels",
            p.kind() == PredictorKind.NUMERIC ? p.valueBins() + " bins and no labels" : "labels and no bins");
      }
    }
  }
}
