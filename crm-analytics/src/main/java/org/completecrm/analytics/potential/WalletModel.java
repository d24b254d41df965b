package org.completecrm.analytics.potential;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.Checks;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * A simple wallet-estimate model: a household's total wallet as a linear function of its
 * attributes, floored at zero.
 *
 * <p>{@code wallet = max(0, intercept + Σ coefficient[k] × attribute[k])}, rounded half-even to
 * the currency's minor unit. Attributes are numbers the host knows about every household (income,
 * financial assets, property value, number of adults, age of the primary member). The
 * coefficients are given (an external bureau's or an analyst's rule of thumb, e.g. "wallet = 1.5 ×
 * annual income") or {@linkplain #fit fitted} by ridge-regularised least squares on households
 * whose wallet is known, from a survey or an external estimate. The model is deliberately simple
 * and transparent: every estimate can be explained attribute by attribute.
 */
public final class WalletModel {
  private final Currency currency;
  private final double intercept;
  private final Map<String, Double> coefficients;

  private WalletModel(Currency currency, double intercept, Map<String, Double> coefficients) {
    this.currency = currency;
    this.intercept = intercept;
    this.coefficients = Collections.unmodifiableMap(new TreeMap<>(coefficients));
  }

  /** The model with the given intercept and coefficient per attribute name, estimating in {@code currency}. */
  public static WalletModel of(Currency currency, double intercept, Map<String, Double> coefficients) {
    Checks.present(currency, "WalletModel.currency");
    Checks.finite(intercept, "WalletModel.intercept");
    Checks.noNulls(coefficients, "WalletModel.coefficients");
    coefficients.forEach((k, v) -> Checks.finite(v, "WalletModel.coefficients[" + k + "]"));
    return new WalletModel(currency, intercept, coefficients);
  }

  /**
   * Fits the model by least squares with a ridge penalty {@code ridge × Σ coefficient²} (not on
   * the intercept), on households whose attributes and known wallets are given in matching
   * order. Every household must have every attribute named in {@code attributeNames}.
   */
  public static WalletModel fit(
      Currency currency, List<String> attributeNames, List<Map<String, Double>> attributes, List<Money> wallets, double ridge) {
    Checks.present(currency, "WalletModel.fit.currency");
    Checks.noNulls(Checks.present(attributeNames, "WalletModel.fit.attributeNames"), "WalletModel.fit.attributeNames");
    Checks.noNulls(Checks.present(attributes, "WalletModel.fit.attributes"), "WalletModel.fit.attributes");
    Checks.noNulls(Checks.present(wallets, "WalletModel.fit.wallets"), "WalletModel.fit.wallets");
    Checks.finiteNonNegative(ridge, "WalletModel.fit.ridge");
    if (attributes.size() != wallets.size()) {
      throw new InvalidValueException("WalletModel.fit.wallets", wallets.size() + " wallets", attributes.size() + " wallets, one per household");
    }
    int p = attributeNames.size() + 1;
    if (attributes.size() < p) {
      throw new InvalidValueException("WalletModel.fit.attributes", attributes.size() + " households", "at least " + p + " households");
    }
    // Normal equations (X'X + ridge·I') b = X'y, with the attributes centred so that the
    // intercept is not penalised.
    double[] mean = new double[p - 1];
    double yMean = 0;
    double[][] x = new double[attributes.size()][p - 1];
    double[] y = new double[attributes.size()];
    for (int i = 0; i < attributes.size(); i++) {
      Money w = wallets.get(i);
      if (!w.currency().equals(currency)) {
        throw new InvalidValueException("WalletModel.fit.wallets[" + i + "].currency", w.currency(), "the currency " + currency);
      }
      y[i] = w.amount().doubleValue();
      yMean += y[i];
      for (int k = 0; k < p - 1; k++) {
        x[i][k] = attribute(attributes.get(i), attributeNames.get(k), "WalletModel.fit.attributes[" + i + "]");
        mean[k] += x[i][k];
      }
    }
    int n = attributes.size();
    yMean /= n;
    for (int k = 0; k < p - 1; k++) {
      mean[k] /= n;
    }
    RealMatrix xtx = new Array2DRowRealMatrix(p - 1, p - 1);
    double[] xty = new double[p - 1];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < p - 1; a++) {
        double xa = x[i][a] - mean[a];
        xty[a] += xa * (y[i] - yMean);
        for (int b = 0; b < p - 1; b++) {
          xtx.addToEntry(a, b, xa * (x[i][b] - mean[b]));
        }
      }
    }
    for (int a = 0; a < p - 1; a++) {
      xtx.addToEntry(a, a, ridge + 1e-9 * Math.max(1, xtx.getEntry(a, a)));
    }
    double[] beta;
    try {
      beta = new CholeskyDecomposition(xtx).getSolver().solve(new ArrayRealVector(xty)).toArray();
    } catch (RuntimeException e) {
      throw new InvalidValueException("WalletModel.fit.attributes", attributeNames, "attributes that are not collinear (or a ridge > 0)");
    }
    double intercept = yMean;
    Map<String, Double> coefficients = new TreeMap<>();
    for (int k = 0; k < p - 1; k++) {
      intercept -= beta[k] * mean[k];
      coefficients.put(attributeNames.get(k), beta[k]);
    }
    return of(currency, intercept, coefficients);
  }

  private static double attribute(Map<String, Double> attributes, String name, String field) {
    Double v = attributes.get(name);
    if (v == null) {
      throw new InvalidValueException(field + "." + name, "missing", "a value for every attribute of the model");
    }
    return Checks.finite(v, field + "." + name);
  }

  /** The estimated wallet of a household with these attributes. */
  public Money estimate(Map<String, Double> attributes) {
    Checks.noNulls(attributes, "WalletModel.estimate.attributes");
    double w = intercept;
    for (Map.Entry<String, Double> c : coefficients.entrySet()) {
      w += c.getValue() * attribute(attributes, c.getKey(), "WalletModel.estimate.attributes");
    }
    BigDecimal amount = BigDecimal.valueOf(Math.max(0, w))
        .setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN);
    return Money.of(amount, currency);
  }

  /**
   * The wallets of every household: the given wallet where there is one, else the model's
   * estimate from its attributes (households with neither are left out).
   */
  public <K extends Comparable<K>> Map<K, Money> fillIn(Map<K, Money> given, Map<K, Map<String, Double>> attributes) {
    Checks.noNulls(given, "WalletModel.fillIn.given");
    Checks.noNulls(attributes, "WalletModel.fillIn.attributes");
    Map<K, Money> out = new TreeMap<>(given);
    attributes.forEach((k, a) -> out.computeIfAbsent(k, x -> estimate(a)));
    return Collections.unmodifiableMap(out);
  }

  /** The currency of the estimates. */
  public Currency currency() {
    return currency;
  }

  /** The intercept. */
  public double intercept() {
    return intercept;
  }

  /** The coefficient per attribute. */
  public Map<String, Double> coefficients() {
    return coefficients;
  }

  /** The attributes the model reads, in order. */
  public List<String> attributes() {
    return new ArrayList<>(coefficients.keySet());
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "WalletModel{%s, intercept=%.4f", currency, intercept));
    coefficients.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, ", %s=%.6g", k, v)));
    return b.append('}').toString();
  }
}
