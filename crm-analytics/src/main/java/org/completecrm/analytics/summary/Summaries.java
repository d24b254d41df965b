package org.completecrm.analytics.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * purchases only. Results are sorted by customer id and do not depend on the input order, to the
 * last digit: the amounts of one day are summed exactly, then rounded once.
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
    Map<CustomerId, TreeMap<LocalDate, BigDecimal>> byCustomer = new TreeMap<>();
    int i = 0;
    for (Purchase p : purchases) {
      if (p == null) {
        throw new InvalidValueException("Summaries.purchases[" + i + "]", "null", "a purchase");
      }
      i++;
      if (p.date().isAfter(observationEnd)) {
        continue;
      }
      byCustomer.computeIfAbsent(p.customerId(), k -> new TreeMap<>())
          .merge(p.date(), new BigDecimal(p.amount()), BigDecimal::add);
    }
    double holdoutDuration = unit.fromDays(ChronoUnit.DAYS.between(calibrationEnd, observationEnd));
    List<CalibrationHoldout> out = new ArrayList<>(byCustomer.size());
    for (Map.Entry<CustomerId, TreeMap<LocalDate, BigDecimal>> e : byCustomer.entrySet()) {
      TreeMap<LocalDate, BigDecimal> days = e.getValue();
      LocalDate first = days.firstKey();
      if (first.isAfter(calibrationEnd)) {
        continue;
      }
      int x = 0;
      LocalDate last = first;
      double repeatSpend = 0;
      int holdout = 0;
      double holdoutSpend = 0;
      for (Map.Entry<LocalDate, BigDecimal> d : days.entrySet()) {
        if (d.getKey().equals(first)) {
          continue;
        }
        if (!d.getKey().isAfter(calibrationEnd)) {
          x++;
          last = d.getKey();
          repeatSpend += d.getValue().doubleValue();
        } else {
          holdout++;
          holdoutSpend += d.getValue().doubleValue();
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

  /**
   * The discrete-time summaries of the BG/BB model (Fader, Hardie and Shang 2010) of every
   * customer whose first purchase is on or before {@code calibrationEnd}: time is cut into
   * periods of {@code unit} counted from the customer's first purchase day (period 0); each later
   * period that has begun by the calibration end is one transaction opportunity ({@code periods}
   * of them), {@code frequency} counts the opportunities with a purchase and {@code recency} is
   * the last of them (0 without). In days, {@code frequency} is that of {@link #calibration}.
   * Sorted by customer id; independent of the input order.
   */
  public static List<DiscreteSummary> discrete(List<Purchase> purchases, LocalDate calibrationEnd, SummaryUnit unit) {
    if (purchases == null) {
      throw new InvalidValueException("Summaries.purchases", "null", "a list of purchases");
    }
    if (calibrationEnd == null) {
      throw new InvalidValueException("Summaries.calibrationEnd", "null", "a date");
    }
    if (unit == null) {
      throw new InvalidValueException("Summaries.unit", "null", "a time unit");
    }
    Map<CustomerId, TreeSet<LocalDate>> byCustomer = new TreeMap<>();
    int i = 0;
    for (Purchase p : purchases) {
      if (p == null) {
        throw new InvalidValueException("Summaries.purchases[" + i + "]", "null", "a purchase");
      }
      i++;
      if (!p.date().isAfter(calibrationEnd)) {
        byCustomer.computeIfAbsent(p.customerId(), k -> new TreeSet<>()).add(p.date());
      }
    }
    List<DiscreteSummary> out = new ArrayList<>(byCustomer.size());
    for (Map.Entry<CustomerId, TreeSet<LocalDate>> e : byCustomer.entrySet()) {
      LocalDate first = e.getValue().first();
      int periods = period(first, calibrationEnd, unit);
      TreeSet<Integer> active = new TreeSet<>();
      for (LocalDate day : e.getValue()) {
        int k = period(first, day, unit);
        if (k >= 1 && k <= periods) {
          active.add(k);
        }
      }
      out.add(new DiscreteSummary(e.getKey(), active.size(), active.isEmpty() ? 0 : active.last(), periods, 1));
    }
    return out;
  }

  /** The period of {@code unit}, counted from 0, that {@code day} falls in after {@code first}. */
  private static int period(LocalDate first, LocalDate day, SummaryUnit unit) {
    return (int) Math.floor(ChronoUnit.DAYS.between(first, day) / unit.days() + 1e-9);
  }
}
