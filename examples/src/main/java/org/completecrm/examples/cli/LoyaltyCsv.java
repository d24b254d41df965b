package org.completecrm.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.loyalty.EntryKind;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.ProgrammeLedger;
import org.completecrm.examples.loyalty.LoyaltyBook;

/** Reading the ledger and values CSV files of {@code crm loyalty}, strictly, naming file, line and column. */
final class LoyaltyCsv {
  private LoyaltyCsv() {}

  /** The ledger (and households) from {@code ledger}, the values from {@code values} when given. */
  static LoyaltyBook.Inputs read(Path ledger, Path values, Delimiter delimiter, LoyaltyProgramme programme) {
    ProgrammeLedger.Builder builder = ProgrammeLedger.builder(1 << 12);
    Map<CustomerId, HouseholdId> households = new HashMap<>();
    Set<String> ids = new HashSet<>();
    ValueCsv.forEach(ledger, delimiter, row -> {
      CustomerId member = id(row, "member");
      Instant at = instant(row, "at");
      EntryKind kind = kind(row);
      double points = row.number("points");
      if (points != Math.rint(points) || points < 0 || points > 1e15) {
        throw new InvalidValueException(row.where("points"), row.text("points"), "a whole number of points >= 0");
      }
      double spend = row.has("spend") ? row.number("spend") : 0;
      if (kind == EntryKind.EARN && !row.has("spend")) {
        throw new InvalidValueException(row.where("spend"), "", "the spend of an EARN row");
      }
      if (row.has("entry_id") && !ids.add(row.text("entry_id"))) {
        throw new InvalidValueException(row.where("entry_id"), row.text("entry_id"), "an entry id used only once");
      }
      if (row.has("household")) {
        HouseholdId h = HouseholdId.of(row.text("household"));
        HouseholdId before = households.putIfAbsent(member, h);
        if (before != null && !before.equals(h)) {
          throw new InvalidValueException(row.where("household"), h, "the member's household " + before + " given before");
        }
      }
      try {
        builder.add(member, at.getEpochSecond(), kind, (long) points, spend);
      } catch (InvalidValueException e) {
        throw new InvalidValueException(row.where(e.field().endsWith("spend") ? "spend" : "points"), e.rejectedValue(),
            e.expected());
      }
    });
    Map<CustomerId, LoyaltyBook.MemberValues> scores = new HashMap<>();
    if (values != null) {
      ValueCsv.forEach(values, delimiter, row -> {
        CustomerId member = id(row, "customer_id");
        double alive = row.number("p_alive");
        if (alive < 0 || alive > 1) {
          throw new InvalidValueException(row.where("p_alive"), alive, "a probability in [0, 1]");
        }
        double purchases = row.number("expected_purchases");
        if (purchases < 0) {
          throw new InvalidValueException(row.where("expected_purchases"), purchases, "a number >= 0");
        }
        OptionalDouble clv = row.has("clv") ? OptionalDouble.of(row.number("clv")) : OptionalDouble.empty();
        OptionalDouble profit = row.has("profit") ? OptionalDouble.of(row.number("profit")) : OptionalDouble.empty();
        if (scores.put(member, new LoyaltyBook.MemberValues(alive, purchases, clv, profit)) != null) {
          throw new InvalidValueException(row.where("customer_id"), member, "one row per customer id");
        }
      });
    }
    return new LoyaltyBook.Inputs(builder.build(), households, scores, Map.of());
  }

  private static CustomerId id(ValueCsv.Row row, String column) {
    try {
      return CustomerId.of(row.text(column));
    } catch (InvalidValueException e) {
      throw new InvalidValueException(row.where(column), e.rejectedValue(), e.expected());
    }
  }

  private static Instant instant(ValueCsv.Row row, String column) {
    try {
      return Instant.parse(row.text(column));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(row.where(column), row.text(column), "an ISO-8601 instant such as 2026-03-01T10:15:00Z");
    }
  }

  private static EntryKind kind(ValueCsv.Row row) {
    String v = row.text("kind");
    for (EntryKind k : EntryKind.values()) {
      if (k.name().equals(v)) {
        return k;
      }
    }
    throw new InvalidValueException(row.where("kind"), v, "one of " + java.util.Arrays.toString(EntryKind.values()));
  }
}
