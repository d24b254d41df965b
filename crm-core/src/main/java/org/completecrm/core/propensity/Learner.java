package org.completecrm.core.propensity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Folds a batch of outcomes into a model's counts. Every outcome's calibration bin is found with
 * the model as it was before the batch, and every count is an integer, so the new model is the
 * same for any order of the batch.
 */
final class Learner {
  private final AdaptiveModel model;
  private final CompiledModel before;
  private final List<Predictor> predictors;
  private final Map<String, Counts> counts = new TreeMap<>();
  /** The same counts by channel and action, for the fold's lookups. */
  private final List<Map<String, Counts>> byChannel = new ArrayList<>();

  Learner(AdaptiveModel model) {
    this.model = model;
    this.before = model.compiled();
    this.predictors = model.predictors();
    for (int i = 0; i < Channel.values().length; i++) {
      byChannel.add(new HashMap<>());
    }
    for (ActionEvidence ev : model.evidence()) {
      Counts c = new Counts(ev.action(), ev.channel(), ev);
      counts.put(key(ev.action(), ev.channel()), c);
      byChannel.get(ev.channel().ordinal()).put(ev.action().value(), c);
    }
  }

  private static String key(OfferId action, Channel channel) {
    return action.value() + '\u0000' + channel.name();
  }

  Learner add(Collection<Outcome> outcomes) {
    Checks.noNulls(Checks.present(outcomes, "AdaptiveModel.learn.outcomes"), "AdaptiveModel.learn.outcomes");
    for (Outcome o : outcomes) {
      add(o);
    }
    return this;
  }

  private void add(Outcome o) {
    Counts c = byChannel.get(o.channel().ordinal()).get(o.action().value());
    if (c == null) {
      c = new Counts(o.action(), o.channel(), null);
      counts.put(key(o.action(), o.channel()), c);
      byChannel.get(o.channel().ordinal()).put(o.action().value(), c);
    }
    int y = o.accepted() ? 0 : 1;
    c.total[y] = plus(c.total[y]);
    for (int j = 0; j < predictors.size(); j++) {
      Predictor p = predictors.get(j);
      if (p.kind() == PredictorKind.NUMERIC) {
        Double v = o.predictors().values().get(p.name());
        long[][] bins = c.bins[j];
        int b = v == null ? 0 : AdaptiveModel.valueBin(p, v) + 1;
        bins[y][b] = plus(bins[y][b]);
      } else {
        String label = o.predictors().labels().get(p.name());
        if (label == null) {
          c.bins[j][y][0] = plus(c.bins[j][y][0]);
        } else {
          long[] l = c.labels.get(j).computeIfAbsent(label, k -> new long[2]);
          l[y] = plus(l[y]);
        }
      }
    }
    double raw = before.of(o.action(), o.channel()).raw(predictors, o.predictors(), null);
    int k = CompiledEvidence.calibrationBin(raw);
    c.calibration[y][k] = plus(c.calibration[y][k]);
    c.expected[k] = Math.addExact(c.expected[k], Math.round(raw * 1e6));
  }

  private static long plus(long n) {
    if (n == Long.MAX_VALUE) {
      throw new InvalidValueException("AdaptiveModel.learn.outcomes", n, "counts below 2^63 - 1");
    }
    return n + 1;
  }

  AdaptiveModel result() {
    List<ActionEvidence> evidence = new ArrayList<>(counts.size());
    for (Counts c : counts.values()) {
      evidence.add(c.toEvidence());
    }
    evidence.sort(Comparator.comparing((ActionEvidence e) -> e.action().value()).thenComparing(ActionEvidence::channel));
    return AdaptiveModel.builder().from(model).version(model.version() + 1).evidence(evidence).build();
  }

  /** Mutable counts of one action and channel; index 0 positive, 1 negative. */
  private final class Counts {
    final OfferId action;
    final Channel channel;
    final long[] total = new long[2];
    final long[][][] bins;
    final List<TreeMap<String, long[]>> labels = new ArrayList<>();
    final long[][] calibration = new long[2][AdaptiveModel.CALIBRATION_BINS];
    final long[] expected = new long[AdaptiveModel.CALIBRATION_BINS];

    Counts(OfferId action, Channel channel, @Nullable ActionEvidence ev) {
      this.action = action;
      this.channel = channel;
      bins = new long[predictors.size()][][];
      for (int j = 0; j < predictors.size(); j++) {
        Predictor p = predictors.get(j);
        bins[j] = new long[2][p.valueBins() + 1];
        TreeMap<String, long[]> l = new TreeMap<>();
        labels.add(l);
        if (ev != null) {
          PredictorEvidence pe = ev.predictors().get(j);
          set(bins[j], 0, pe.missing());
          for (int b = 0; b < pe.bins().size(); b++) {
            set(bins[j], b + 1, pe.bins().get(b));
          }
          pe.labels().forEach((k, v) -> l.put(k, new long[] {v.positives(), v.negatives()}));
        }
      }
      if (ev != null) {
        total[0] = ev.outcomes().positives();
        total[1] = ev.outcomes().negatives();
        for (int k = 0; k < AdaptiveModel.CALIBRATION_BINS; k++) {
          CalibrationBin cb = ev.calibration().get(k);
          calibration[0][k] = cb.positives();
          calibration[1][k] = cb.negatives();
          expected[k] = cb.logOddsMillionths();
        }
      }
    }

    private void set(long[][] b, int i, BinCount c) {
      b[0][i] = c.positives();
      b[1][i] = c.negatives();
    }

    ActionEvidence toEvidence() {
      List<PredictorEvidence> pes = new ArrayList<>(predictors.size());
      for (int j = 0; j < predictors.size(); j++) {
        Predictor p = predictors.get(j);
        ImmutablePredictorEvidence.Builder pe = PredictorEvidence.builder().predictor(p.name())
            .missing(BinCount.of(bins[j][0][0], bins[j][1][0]));
        for (int b = 1; b <= p.valueBins(); b++) {
          pe.addBins(BinCount.of(bins[j][0][b], bins[j][1][b]));
        }
        labels.get(j).forEach((k, v) -> pe.putLabels(k, BinCount.of(v[0], v[1])));
        pes.add(pe.build());
      }
      List<CalibrationBin> cal = new ArrayList<>(AdaptiveModel.CALIBRATION_BINS);
      for (int k = 0; k < AdaptiveModel.CALIBRATION_BINS; k++) {
        cal.add(CalibrationBin.of(calibration[0][k], calibration[1][k], expected[k]));
      }
      return ActionEvidence.builder().action(action).channel(channel)
          .outcomes(BinCount.of(total[0], total[1])).predictors(pes).calibration(cal).build();
    }
  }
}
