package org.completecrm.analytics.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.completecrm.core.CaseId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid timelines and households for the analytics properties (until
 * crm-core's test-jar {@code CoreGen} covers them): a handful of customers, every channel, the
 * fixture card's activities plus unknown ones and interactions without a driver.
 */
public final class AnalyticsGen {
  /** Customers {@code c-0 .. c-(CUSTOMERS-1)}. */
  public static final int CUSTOMERS = 6;
  /** The start of the generated year. */
  public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
  /** The end of the generated year. */
  public static final Instant END = Instant.parse("2025-01-01T00:00:00Z");

  private static final String[] ACTIVITIES = {
    "inbound-call", "email-handled", "branch-visit", "statement-posted", "unknown-activity", ""
  };

  private AnalyticsGen() {}

  /** Customer {@code c-i}. */
  public static CustomerId customer(int i) {
    return CustomerId.of("c-" + i);
  }

  /** A timeline of up to {@code max} interactions, transactions and complaints, with ids {@code e-0, e-1, ...} by position. */
  public static Gen<List<TimelineEvent>> timelines(int max) {
    return timelines(max, CUSTOMERS, START, END);
  }

  /**
   * A timeline of up to {@code max} events of customers {@code c-0 .. c-(customers-1)} in
   * {@code [start, end)}, with ids {@code e-0, e-1, ...} by position.
   */
  public static Gen<List<TimelineEvent>> timelines(int max, int customers, Instant start, Instant end) {
    Gen<Object[]> raw = integers().between(0, customers - 1)
        .zip(integers().between(0, Channel.values().length - 1),
            integers().between(0, ACTIVITIES.length + 1),
            integers().between(0, 90_000),
            longs().between(0, end.getEpochSecond() - start.getEpochSecond() - 1),
            (c, ch, a, q, t) -> new Object[] {c, ch, a, q, t});
    return lists().of(raw).ofSizeBetween(0, max).map(raws -> events(raws, start));
  }

  private static List<TimelineEvent> events(List<Object[]> raws, Instant start) {
    List<TimelineEvent> out = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      Object[] r = raws.get(i);
      CustomerId customer = customer((Integer) r[0]);
      Channel channel = Channel.values()[(Integer) r[1]];
      int a = (Integer) r[2];
      int q = (Integer) r[3];
      Instant at = start.plusSeconds((Long) r[4]);
      EventId id = EventId.of("e-" + i);
      if (a == ACTIVITIES.length) {
        BigDecimal amount = BigDecimal.valueOf(q, 2);
        out.add(Transaction.builder().id(id).customer(customer).at(at)
            .amount(Money.of(amount, Money.currency("EUR")))
            .kind(q % 7 == 0 ? TransactionKind.REFUND : TransactionKind.PURCHASE)
            .margin(q % 3 == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(Money.of(amount.multiply(new BigDecimal("0.35")), Money.currency("EUR"))))
            .build());
      } else if (a == ACTIVITIES.length + 1) {
        out.add(CaseUpdated.builder().id(id).customer(customer).at(at).caseId(CaseId.of("case-" + i))
            .kind(q % 2 == 0 ? CaseKind.COMPLAINT : CaseKind.SERVICE_REQUEST)
            .severity(Severity.values()[q % Severity.values().length]).status(CaseStatus.values()[0]).build());
      } else {
        var b = Interaction.builder().id(id).customer(customer).at(at).channel(channel)
            .direction(q % 2 == 0 ? Direction.INBOUND : Direction.OUTBOUND).type("contact");
        String activity = ACTIVITIES[a];
        if (!activity.isEmpty()) {
          String unit = activity.equals("inbound-call") ? "minute" : "occurrence";
          BigDecimal quantity = unit.equals("minute") ? BigDecimal.valueOf(q % 60_000, 3) : BigDecimal.ONE;
          b.costDriver(CostDriver.of(activity, quantity, unit));
        }
        out.add(b.build());
      }
    }
    return out;
  }

  /**
   * Households {@code h-0, h-1, h-2} with a random membership history of the customers: each
   * customer has zero to three consecutive, non-overlapping periods in random households, in
   * non-primary roles, some closed and some open.
   */
  public static Gen<List<Household>> households() {
    return longs().all().map(AnalyticsGen::households);
  }

  static List<Household> households(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<List<Membership>> members = new ArrayList<>();
    for (int h = 0; h < 3; h++) {
      members.add(new ArrayList<>());
    }
    long span = END.getEpochSecond() - START.getEpochSecond();
    HouseholdRole[] roles = {HouseholdRole.PARTNER, HouseholdRole.DEPENDANT, HouseholdRole.OTHER};
    for (int c = 0; c < CUSTOMERS; c++) {
      long t = START.getEpochSecond() - 86_400L * random.nextInt(0, 30);
      int periods = random.nextInt(0, 4);
      for (int p = 0; p < periods; p++) {
        long since = t + random.nextLong(0, span / 3);
        long until = since + 1 + random.nextLong(0, span / 2);
        boolean open = p == periods - 1 && random.nextBoolean();
        var b = Membership.builder().customer(customer(c))
            .role(roles[random.nextInt(roles.length)]).since(Instant.ofEpochSecond(since));
        if (!open) {
          b.until(Instant.ofEpochSecond(until));
        }
        members.get(random.nextInt(3)).add(b.build());
        t = until;
      }
    }
    List<Household> out = new ArrayList<>();
    for (int h = 0; h < 3; h++) {
      out.add(Household.builder().id(HouseholdId.of("h-" + h)).memberships(members.get(h)).build());
    }
    return out;
  }
}
