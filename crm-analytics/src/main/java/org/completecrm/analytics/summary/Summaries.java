package org.completecrm.analytics.summary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;

/**
 * Folds purchases into per-customer summaries for a calibration period and an optional
 * holdout period.
 *
 * <p>Conventions (those of the literature and of the CDNOW files): several purchases by one
 * customer on one day are one purchase whose amount is their sum; a customer enters the cohort
 * with the first purchase on or before the calibration end; frequency counts the later purchase
 * days up to and including the calibration end; recency and age are measured from the first
 * purchase day, age up to the calibration end; the monetary value is the mean of the repeat
 * purchases only. Results are sorted by customer id and do not depend on the input order.
 */
public final class Summaries {
  private Summaries() {}

  /**
   * The purchases among timeline transactions, each cut to its calendar day in {@code zone}:
   * refunds are not purchases and are left out (spend models describe purchase amounts).
   *
   * @throws InvalidValueException if the purchases are in more than one currency
   */
  public static List<Purchase> purchases(List<Transaction> transactions, ZoneId zone) {
    if (transactions == null) {
      throw new InvalidValueException("Summaries.transactions", "null", "a list of transactions");
    }
    if (zone == null) {
      throw new InvalidValueException("Summaries.zone", "null", "a time zone to cut days");
    }
    List<Purchase> out = new ArrayList<>(transactions.size());
    Currency currency = null;
    int i = 0;
    for (Transaction t : transactions) {
      if (t == null) {
        throw new InvalidValueException("Summaries.transactions[" + i + "]", "null", "a transaction");
      }
      i++;
      if (t.kind() != TransactionKind.PURCHASE) {
        continue;
      }
      if (currency == null) {
        currency = t.amount().currency();
      } else if (!currency.equals(t.amount().currency())) {
        throw new InvalidValueException("Summaries.transactions[" + (i - 1) + "].amount.currency",
            t.amount().currency(), "one currency for all purchases (" + currency + ")");
      }
      out.add(new Purchase(t.customer(), t.at().atZone(zone).toLocalDate(),
          t.amount().amount().doubleValue()));
    }
    return out;
  }

  /** The calibration summaries of timeline transactions, days cut in {@code zone}. */
  public static List<CustomerSummary> calibration(
      List<Transaction> transactions, ZoneId zone, LocalDate calibrationEnd, SummaryUnit unit) {
    return calibration(purchases(transactions, zone), calibrationEnd, unit);
  }

  /** The calibration and holdout summaries of timeline transactions, days cut in {@code zone}. */
  public static List<CalibrationHoldout> withHoldout(List<Transaction> transactions, ZoneId zone,
      LocalDate calibrationEnd, LocalDate observationEnd, SummaryUnit unit) {
    return withHoldout(purchases(transactions, zone), calibrationEnd, observationEnd, unit);
  }

  /** The calibration summaries of every customer whose first purchase is on or before {@code calibrationEnd}. */
  public static List<CustomerSummary> calibration(
      List<Purchase> purchases, LocalDate calibrationEnd, SummaryUnit unit) {
    List<CustomerSummary> out = new ArrayList<>();
    for (CalibrationHoldout ch : withHoldout(purchases, calibrationEnd, calibrationEnd, unit)) {
      out.add(ch.calibration());
    }
    return out;
  }

  /**
   * The calibration summaries with the holdout behaviour in {@code (calibrationEnd,
   * observationEnd]}.
   */
  public static List<CalibrationHoldout> withHoldout(
      List<Purchase> purchases,
      LocalDate calibrationEnd,
      LocalDate observationEnd,
      SummaryUnit unit) {
    if (purchases == null) {
      throw new InvalidValueException("Summaries.purchases", "null", "a list of purchases");
    }
    if (calibrationEnd == null) {
      throw new InvalidValueException("Summaries.calibrationEnd", "null", "a date");
    }
    if (observationEnd == null || observationEnd.isBefore(calibrationEnd)) {
      throw new InvalidValueException(
          "Summaries.observationEnd", observationEnd, "a date on or after " + calibrationEnd);
    }
    if (unit == null) {
      throw new InvalidValueException("Summaries.unit", "null", "a time unit");
    }
    Map<CustomerId, TreeMap<LocalDate, Double>> byCustomer = new TreeMap<>();
    int i = 0;
    for (Purchase p : purchases) {
      if (p == null) {
        throw new InvalidValueException("Summaries.purchases[" + i + "]", "null", "a purchase");
      }
      i++;
      if (p.date().isAfter(observationEnd)) {
        continue;
      }
      byCustomer.computeIfAbsent(p.customerId(), k -> new TreeMap<>()).merge(p.date(), p.amount(), Double::sum);
    }
    double holdoutDuration = unit.fromDays(ChronoUnit.DAYS.between(calibrationEnd, observationEnd));
    List<CalibrationHoldout> out = new ArrayList<>(byCustomer.size());
    for (Map.Entry<CustomerId, TreeMap<LocalDate, Double>> e : byCustomer.entrySet()) {
      TreeMap<LocalDate, Double> days = e.getValue();
      LocalDate first = days.firstKey();
      if (first.isAfter(calibrationEnd)) {
        continue;
      }
      int x = 0;
      LocalDate last = first;
      double repeatSpend = 0;
      int holdout = 0;
      double holdoutSpend = 0;
      for (Map.Entry<LocalDate, Double> d : days.entrySet()) {
        if (d.getKey().equals(first)) {
          continue;
        }
        if (!d.getKey().isAfter(calibrationEnd)) {
          x++;
          last = d.getKey();
          repeatSpend += d.getValue();
        } else {
          holdout++;
          holdoutSpend += d.getValue();
        }
      }
      double recency = unit.fromDays(ChronoUnit.DAYS.between(first, last));
      double age = unit.fromDays(ChronoUnit.DAYS.between(first, calibrationEnd));
      CustomerSummary s =
          CustomerSummary.of(e.getKey(), x, recency, age, x == 0 ? 0 : repeatSpend / x);
      out.add(
          new CalibrationHoldout(
              s, holdout, holdoutDuration, holdout == 0 ? 0 : holdoutSpend / holdout));
    }
    return out;
  }
}
