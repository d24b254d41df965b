package org.completecrm.core.propensity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;

/** A model's evidence compiled once per model value: log-ratio tables per action and channel. */
final class CompiledModel {
  final List<Predictor> predictors;
  private final Map<String, CompiledEvidence>[] byChannel;
  final CompiledEvidence empty;

  @SuppressWarnings({"unchecked", "rawtypes"})
  CompiledModel(AdaptiveModel model) {
    predictors = model.predictors();
    byChannel = new Map[Channel.values().length];
    for (int i = 0; i < byChannel.length; i++) {
      byChannel[i] = new HashMap<>();
    }
    for (ActionEvidence ev : model.evidence()) {
      byChannel[ev.channel().ordinal()].put(ev.action().value(), new CompiledEvidence(model, ev));
    }
    empty = new CompiledEvidence(model, null);
  }

  CompiledEvidence of(OfferId action, Channel channel) {
    CompiledEvidence e = byChannel[channel.ordinal()].get(action.value());
    return e == null ? empty : e;
  }
}
