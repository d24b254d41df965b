package org.completecrm.core.loyalty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.immutables.value.Value;

/**
 * A loyalty programme: how points are earned, when they expire, how tiers are earned by value,
 * the rewards catalogue, whether points pool per household, and the goodwill the frontline may
 * give.
 *
 * <p>Validated when built, from JSON ({@link LoyaltyProgrammes#fromJson}) or the builder alike: every
 * error is an {@link InvalidProgrammeException} naming the JSON path, the bad value and what was
 * expected. Qualification periods run from {@link #start()} for {@link Qualification#periodMonths()}
 * months each, in UTC.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLoyaltyProgramme.class)
@JsonDeserialize(as = ImmutableLoyaltyProgramme.class)
public abstract class LoyaltyProgramme {
  LoyaltyProgramme() {}

  /** A builder. */
  public static ImmutableLoyaltyProgramme.Builder builder() {
    return ImmutableLoyaltyProgramme.builder();
  }

  /** The programme's id. */
  public abstract String id();

  /** The start of the first qualification period. */
  public abstract Instant start();

  /** What one point is worth to the member, in the programme's currency: the liability per point. */
  public abstract Money pointValue();

  /** Points per unit of spend. */
  public abstract List<EarningRule> earning();

  /** Bonus points for behaviours. */
  public abstract List<BehaviourBonus> bonuses();

  /** When points expire. */
  public abstract ExpiryPolicy expiry();

  /** How tiers are earned. */
  public abstract Qualification qualification();

  /** The tiers, lowest (the base tier) first. */
  public abstract List<Tier> tiers();

  /** The rewards catalogue. */
  public abstract List<Reward> rewards();

  /** Whether members of a household redeem from one pool, the sum of their balances. */
  @Value.Default
  public boolean householdPooling() {
    return false;
  }

  /** The frontline's goodwill limit. */
  @Value.Default
  public GoodwillLimit goodwill() {
    return GoodwillLimit.none();
  }

  /** Points a purchase of {@code spend} units earns: the matching rules' rates added, rounded down. */
  public long pointsFor(double spend, Optional<String> product, Optional<Channel> channel) {
    if (!(spend >= 0) || Double.isInfinite(spend)) {
      throw new InvalidValueException("LoyaltyProgramme.pointsFor.spend", spend, "a finite spend >= 0");
    }
    double rate = 0;
    for (EarningRule r : earning()) {
      if (r.matches(product, channel)) {
        rate += r.pointsPerUnit();
      }
    }
    return (long) Math.floor(spend * rate + 1e-9);
  }

  /** The bonus for {@code behaviour}, if the programme rewards it. */
  public Optional<BehaviourBonus> bonusFor(String behaviour) {
    return bonuses().stream().filter(b -> b.behaviour().equals(behaviour)).findFirst();
  }

  /** The reward {@code id} of the catalogue, if there is one. */
  public Optional<Reward> reward(String id) {
    return rewards().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The index of tier {@code id} (0 for the base tier), if the programme has it. */
  public Optional<Integer> tierIndex(String id) {
    for (int i = 0; i < tiers().size(); i++) {
      if (tiers().get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The start of qualification period {@code k} (0 is the programme's start). */
  public Instant periodStart(int k) {
    return Instant.ofEpochSecond(periodStartEpochSecond(k));
  }

  long periodStartEpochSecond(int k) {
    long s = start().getEpochSecond();
    long day = Math.floorDiv(s, 86_400);
    long secondOfDay = s - day * 86_400;
    return LocalDate.ofEpochDay(day).plusMonths((long) k * qualification().periodMonths()).toEpochDay() * 86_400
        + secondOfDay;
  }

  /** The qualification period that contains {@code at}: -1 before the start. */
  public int periodOf(Instant at) {
    return periodOfEpochSecond(at.getEpochSecond());
  }

  int periodOfEpochSecond(long at) {
    if (at < start().getEpochSecond()) {
      return -1;
    }
    long months = qualification().periodMonths();
    LocalDate from = LocalDate.ofEpochDay(Math.floorDiv(start().getEpochSecond(), 86_400));
    LocalDate to = LocalDate.ofEpochDay(Math.floorDiv(at, 86_400));
    int k = (int) (ChronoUnit.MONTHS.between(from, to) / months);
    while (k > 0 && periodStartEpochSecond(k) > at) {
      k--;
    }
    while (periodStartEpochSecond(k + 1) <= at) {
      k++;
    }
    return k;
  }

  /** The currency of the programme's money figures. */
  public Currency currency() {
    return pointValue().currency();
  }

  @Value.Check
  void check() {
    ProgrammeValidator.validate(this);
  }

  @Override
  public String toString() {
    return "LoyaltyProgramme{" + id() + ", tiers=" + tiers().size() + ", rewards=" + rewards().size() + "}";
  }
}
