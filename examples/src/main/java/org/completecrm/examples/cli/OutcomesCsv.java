package org.completecrm.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.propensity.Outcome;
import org.completecrm.core.propensity.Predictor;
import org.completecrm.core.propensity.PredictorKind;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.OfferResponse;

/**
 * The outcomes CSV of {@code crm learn} and {@code crm experiment}, read strictly: {@code
 * customer_id,action,channel,response} (response {@code accepted}, {@code rejected} or {@code
 * ignored}), an optional {@code value}, and one column per model predictor (a number for a numeric
 * predictor, a label for a symbolic one; empty when unknown). Any other column is an error.
 */
final class OutcomesCsv {
  static final List<String> FIXED = List.of("customer_id", "action", "channel", "response", "value");

  private OutcomesCsv() {}

  /** One row: the customer, the outcome to learn from (null without a channel) and its value. */
  record Row(CustomerId customer, OfferId action, OfferResponse response, Outcome outcome, double value) {}

  static void forEach(Path file, Delimiter delimiter, List<Predictor> predictors, Consumer<Row> action) {
    Map<String, Predictor> byName = new HashMap<>();
    predictors.forEach(p -> byName.put(p.name(), p));
    ValueCsv.forEach(file, delimiter, header -> {
      for (String column : List.of("customer_id", "action", "response")) {
        if (!header.contains(column)) {
          throw new InvalidValueException(file.getFileName() + " line 1 (the header)", String.join(",", header),
              "a column named '" + column + "'");
        }
      }
      for (String column : header) {
        if (!FIXED.contains(column) && !byName.containsKey(column)) {
          Set<String> known = new LinkedHashSet<>(FIXED);
          predictors.forEach(p -> known.add(p.name()));
          throw new InvalidValueException(file.getFileName() + " line 1 column " + column, column,
              "one of " + known + " (the model's predictors)");
        }
      }
    }, row -> action.accept(row(row, predictors)));
  }

  private static Row row(ValueCsv.Row row, List<Predictor> predictors) {
    CustomerId customer = CustomerId.of(row.text("customer_id"));
    OfferId action = OfferId.of(row.text("action"));
    OfferResponse response = response(row);
    double value = row.has("value") ? row.number("value") : 0;
    Outcome outcome = null;
    if (row.has("channel")) {
      var scores = Scores.builder();
      for (Predictor p : predictors) {
        if (row.has(p.name())) {
          if (p.kind() == PredictorKind.NUMERIC) {
            scores.putValues(p.name(), row.number(p.name()));
          } else {
            scores.putLabels(p.name(), row.text(p.name()));
          }
        }
      }
      outcome = Outcome.of(action, channel(row), response, scores.build());
    }
    return new Row(customer, action, response, outcome, value);
  }

  private static OfferResponse response(ValueCsv.Row row) {
    String v = row.text("response");
    for (OfferResponse r : OfferResponse.values()) {
      if (r.name().equalsIgnoreCase(v)) {
        return r;
      }
    }
    throw new InvalidValueException(row.where("response"), v, "accepted, rejected or ignored");
  }

  private static Channel channel(ValueCsv.Row row) {
    String v = row.text("channel");
    List<String> names = new ArrayList<>();
    for (Channel c : Channel.values()) {
      if (c.name().equalsIgnoreCase(v)) {
        return c;
      }
      names.add(c.name().toLowerCase(Locale.ROOT));
    }
    throw new InvalidValueException(row.where("channel"), v, "one of " + names);
  }
}
