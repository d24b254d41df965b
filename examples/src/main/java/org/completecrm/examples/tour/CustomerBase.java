package org.completecrm.examples.tour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.timeline.CostDriver;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.hipparchus.random.RandomDataGenerator;

/**
 * A seeded, realistic customer base for the tour: households of one to four customers, dated
 * purchases drawn from the BG/NBD and Gamma-Gamma generative processes (Fader, Hardie and Lee
 * 2005) with CDNOW-like parameters, and channel interactions with cost drivers whose intensity
 * varies from customer to customer.
 *
 * <p>The cohort makes its first purchases in the first 12 weeks after {@link #START} and is
 * observed for 78 weeks: weeks 1-39 calibrate the models and weeks 40-78 are the holdout, as in
 * the CDNOW literature.
 */
public final class CustomerBase {
  /** The first day of the cohort. */
  public static final LocalDate START = LocalDate.of(2025, 1, 6);
  /** The last day of the calibration period (end of week 39). */
  public static final LocalDate CALIBRATION_END = START.plusWeeks(39).minusDays(1);
  /** The last day observed (end of week 78). */
  public static final LocalDate OBSERVATION_END = START.plusWeeks(78).minusDays(1);

  private final List<Household> households;
  private final List<Purchase> purchases;
  private final List<Interaction> interactions;

  private CustomerBase(List<Household> households, List<Purchase> purchases, List<Interaction> interactions) {
    this.households = households;
    this.purchases = purchases;
    this.interactions = interactions;
  }

  /** Households, every member's dated purchases and interactions. */
  public List<Household> households() {
    return households;
  }

  /** Every purchase, in customer then date order. */
  public List<Purchase> purchases() {
    return purchases;
  }

  /** Every interaction, with its cost driver. */
  public List<Interaction> interactions() {
    return interactions;
  }

  /** Draws a customer base of about {@code customers} customers from {@code seed}. */
  public static CustomerBase simulate(int customers, long seed) {
    if (customers < 1 || customers > 5_000_000) {
      throw new InvalidValueException("CustomerBase.customers", customers, "a count from 1 to 5,000,000");
    }
    RandomDataGenerator rng = new RandomDataGenerator(seed);
    List<Household> households = new ArrayList<>();
    List<Purchase> purchases = new ArrayList<>();
    List<Interaction> interactions = new ArrayList<>();
    int made = 0;
    int h = 0;
    while (made < customers) {
      int size = Math.min(customers - made, householdSize(rng.nextDouble()));
      Household household = Household.empty(HouseholdId.of(String.format(java.util.Locale.ROOT, "h%07d", h++)));
      for (int m = 0; m < size; m++) {
        CustomerId id = CustomerId.of(String.format(java.util.Locale.ROOT, "c%07d", made++));
        int firstDay = (int) Math.floor(rng.nextDouble() * 84);
        household = household.join(id, role(m), START.plusDays(firstDay).atStartOfDay().toInstant(ZoneOffset.UTC));
        purchasesOf(id, firstDay, rng, purchases);
        interactionsOf(id, firstDay, rng, interactions);
      }
      households.add(household);
    }
    return new CustomerBase(List.copyOf(households), List.copyOf(purchases), List.copyOf(interactions));
  }

  private static int householdSize(double u) {
    return u < 0.35 ? 1 : u < 0.70 ? 2 : u < 0.88 ? 3 : 4;
  }

  private static HouseholdRole role(int member) {
    return member == 0 ? HouseholdRole.PRIMARY : member == 1 ? HouseholdRole.PARTNER : HouseholdRole.DEPENDANT;
  }

  /** BG/NBD: rate λ ~ Gamma(r, α) per week, dropout p ~ Beta(a, b) after each purchase; spend Gamma-Gamma. */
  private static void purchasesOf(CustomerId id, int firstDay, RandomDataGenerator rng, List<Purchase> out) {
    double lambdaPerWeek = rng.nextGamma(0.25, 1 / 4.4);
    double dropout = rng.nextBeta(0.8, 2.4);
    double meanSpend = 1 / rng.nextGamma(3.74, 1 / 15.44);
    int lastDay = 78 * 7 - 1;
    double day = firstDay;
    Map<LocalDate, Double> byDay = new TreeMap<>();
    while (day <= lastDay) {
      double amount = rng.nextGamma(6.25, meanSpend);
      byDay.merge(START.plusDays((long) Math.floor(day)), Math.round(amount * 100) / 100.0, Double::sum);
      if (rng.nextDouble() < dropout && day > firstDay) {
        break;
      }
      day += lambdaPerWeek <= 0 ? Double.POSITIVE_INFINITY : rng.nextExponential(7 / lambdaPerWeek);
    }
    byDay.forEach((d, amount) -> out.add(new Purchase(id, d, amount)));
  }

  private static final Object[][] CHANNEL_MIX = {
    // channel, direction, activity, purpose, mean per year, minutes mean (0 = one occurrence)
    {Channel.PHONE, Direction.INBOUND, "inbound-call", Purpose.SERVICE, 1.0, 6.0},
    {Channel.EMAIL, Direction.INBOUND, "email-handled", Purpose.SERVICE, 1.5, 0.0},
    {Channel.WEB, Direction.INBOUND, "web-session", Purpose.SERVICE, 6.0, 0.0},
    {Channel.BRANCH, Direction.INBOUND, "branch-visit", Purpose.SERVICE, 0.3, 0.0},
    {Channel.POST, Direction.OUTBOUND, "statement-posted", Purpose.TRANSACTIONAL, 2.0, 0.0},
    {Channel.CHAT, Direction.INBOUND, "chat-session", Purpose.SERVICE, 1.0, 0.0},
  };

  private static void interactionsOf(CustomerId id, int firstDay, RandomDataGenerator rng, List<Interaction> out) {
    double serviceIntensity = rng.nextGamma(2.0, 0.5);
    double digital = rng.nextDouble();
    int days = 78 * 7 - firstDay;
    int n = 0;
    for (Object[] row : CHANNEL_MIX) {
      Channel channel = (Channel) row[0];
      double mix = channel == Channel.WEB || channel == Channel.CHAT || channel == Channel.EMAIL ? 2 * digital : 2 * (1 - digital);
      double mean = (double) row[4] * days / 365.0 * serviceIntensity * mix;
      long count = mean <= 0 ? 0 : rng.nextPoisson(mean);
      for (long k = 0; k < count; k++) {
        int day = firstDay + (int) Math.floor(rng.nextDouble() * days);
        double minutesMean = (double) row[5];
        CostDriver driver = minutesMean > 0
            ? CostDriver.of((String) row[2],
                BigDecimal.valueOf(1 + rng.nextExponential(minutesMean)).setScale(1, RoundingMode.HALF_UP), "minute")
            : CostDriver.once((String) row[2]);
        out.add(Interaction.builder()
            .id(EventId.of(id + "-i" + n++))
            .customer(id)
            .at(START.plusDays(day).atTime(9 + (int) (rng.nextDouble() * 9), 0).toInstant(ZoneOffset.UTC))
            .channel(channel)
            .direction((Direction) row[1])
            .type((String) row[2])
            .purpose((Purpose) row[3])
            .costDriver(driver)
            .build());
      }
    }
  }
}
