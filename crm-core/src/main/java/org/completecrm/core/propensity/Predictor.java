package org.completecrm.core.propensity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.immutables.value.Value;

/**
 * One predictor of an {@link AdaptiveModel}: a named score or label and how it is binned. A
 * numeric predictor with edges {@code e0 < e1 < ... < ek} has bins {@code (-inf, e0)}, {@code
 * [e0, e1)}, ..., {@code [ek, inf)}; a symbolic one has a bin per label seen. Both have a bin for
 * a customer without the value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePredictor.class)
@JsonDeserialize(as = ImmutablePredictor.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Predictor {
  /** At most this many edges (bins) per numeric predictor. */
  public static final int MAX_EDGES = 1_000;

  Predictor() {}

  /** A numeric predictor over the score {@code name} with the given ascending edges. */
  public static Predictor numeric(String name, double... edges) {
    Checks.present(edges, "Predictor.edges");
    List<Double> list = new ArrayList<>(edges.length);
    for (double e : edges) {
      list.add(e);
    }
    return ImmutablePredictor.builder().name(name).kind(PredictorKind.NUMERIC).edges(list).build();
  }

  /** A symbolic predictor over the label {@code name}. */
  public static Predictor symbolic(String name) {
    return ImmutablePredictor.builder().name(name).kind(PredictorKind.SYMBOLIC).build();
  }

  /** The score or label name it reads. */
  public abstract String name();

  /** Numeric or symbolic. */
  public abstract PredictorKind kind();

  /** The bin edges of a numeric predictor, strictly ascending and finite; empty for a symbolic one. */
  public abstract List<Double> edges();

  /** The number of value bins of a numeric predictor (edges + 1), 0 for a symbolic one. */
  public int valueBins() {
    return kind() == PredictorKind.NUMERIC ? edges().size() + 1 : 0;
  }

  /** The words for numeric bin {@code bin} (0-based), such as {@code clv in [500, 1000)}. */
  public String describeBin(int bin) {
    List<Double> e = edges();
    if (bin == 0) {
      return name() + " below " + number(e.get(0));
    }
    if (bin == e.size()) {
      return name() + " at least " + number(e.get(e.size() - 1));
    }
    return name() + " in [" + number(e.get(bin - 1)) + ", " + number(e.get(bin)) + ")";
  }

  private static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "Predictor.name");
    Checks.present(kind(), "Predictor.kind");
    Checks.noNulls(edges(), "Predictor.edges");
    if (kind() == PredictorKind.SYMBOLIC && !edges().isEmpty()) {
      throw new InvalidValueException("Predictor.edges", edges().size() + " edges",
          "no edges for a SYMBOLIC predictor");
    }
    if (kind() == PredictorKind.NUMERIC) {
      if (edges().isEmpty() || edges().size() > MAX_EDGES) {
        throw new InvalidValueException("Predictor.edges", edges().size() + " edges",
            "between 1 and " + MAX_EDGES + " edges for a NUMERIC predictor");
      }
      for (int i = 0; i < edges().size(); i++) {
        Checks.finite(edges().get(i), "Predictor.edges[" + i + "]");
        if (i > 0 && !(edges().get(i) > edges().get(i - 1))) {
          throw new InvalidValueException("Predictor.edges[" + i + "]", edges().get(i),
              "an edge above the previous one, " + edges().get(i - 1));
        }
      }
    }
  }
}
