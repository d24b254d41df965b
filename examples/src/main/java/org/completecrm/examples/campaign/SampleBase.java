package org.completecrm.examples.campaign;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.household.Membership;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.event.DecisionEvent;

/**
 * A seeded base of realistic decision contexts for campaign demos and benchmarks: customers in
 * households of one to four (about 2.5 on average), mostly in the UK, with consent given and
 * withdrawn per channel and purpose, quiet hours for about four in ten, recent offers on the
 * timeline, a few open complaints and overdue call-backs, hardship and bereavement flags, and the
 * scores the sample rules read (segment, value tier, pAlive, CLV, a propensity per offer).
 */
public final class SampleBase {
  /** The default run instant: a Monday morning before the first send. */
  public static final Instant AT = Instant.parse("2026-11-23T07:00:00Z");
  static final List<String> GIVEN = List.of("Ana", "Ben", "Chloe", "Dev", "Eva", "Femi", "Grace", "Hamid", "Isla",
      "Jon", "Kemi", "Liam", "Maya", "Nia", "Omar", "Priya", "Ravi", "Sara", "Tom", "Zoe");
  static final List<String> FAMILY = List.of("Okafor", "Smith", "Patel", "Jones", "Nowak", "Murphy", "Khan", "Evans",
      "Silva", "Brown", "Taylor", "Ahmed", "Wilson", "Kowalski", "Walker");
  static final String[] SEGMENTS = {"savers", "savers", "families", "families", "young", "retired", "dormant"};
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final List<ZoneId> ZONES = List.of(LONDON, LONDON, LONDON, LONDON, LONDON, LONDON, ZoneId.of("Europe/Dublin"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Singapore"));

  /** The shares (percent) of customers granted each consent of {@link #context}, in its order. */
  private static final int[] GRANTED = {65, 40, 25, 15, 75, 85, 20};

  private SampleBase() {}

  /**
   * Generates {@code customers} contexts from {@code seed}, as of {@code at}, handing each to
   * {@code sink} in order (no list is kept).
   *
   * @param offers the offer ids whose propensities the scores carry
   */
  public static void generate(int customers, long seed, Instant at, List<String> offers, Consumer<DecisionContext> sink) {
    generate(new Position(0, 0, seed), customers, at, offers, sink);
  }

  /**
   * Where {@link #generate(int, long, Instant, List, Consumer)} stands before a household: the
   * household's number, its first customer's number and the state of the random stream (the
   * generator's {@link SplittableRandom} is {@code new SplittableRandom(state)} there).
   *
   * @param household the household's number ({@code h-%07d})
   * @param customer its first customer's number ({@code c-%08d})
   * @param state the seed of a {@link SplittableRandom} that continues the stream exactly
   */
  public record Position(int household, int customer, long state) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The positions that cut the {@code customers} contexts of {@code seed} into {@code blocks}
   * blocks of whole households, about as many customers each, first the start and last the end:
   * generating block {@code b} ({@link #generate(Position, int, Instant, List, Consumer)} from
   * position {@code b} to the customer of position {@code b + 1}) gives exactly the contexts that
   * {@link #generate(int, long, Instant, List, Consumer)} gives there, so blocks can be generated
   * anywhere, in any order, and their concatenation is the generator's output. Found by running the
   * generator's random draws alone (no context is built): about 0.2 microseconds a customer.
   *
   * @param offers how many offers the contexts carry propensities of (the draws depend on it)
   * @return {@code blocks + 1} positions (some blocks may be empty when there are few customers)
   */
  public static List<Position> blocks(int customers, long seed, int offers, int blocks) {
    if (customers < 0 || blocks < 1 || offers < 1) {
      throw new InvalidValueException("SampleBase.blocks", customers + "/" + blocks + "/" + offers,
          "customers >= 0, blocks >= 1, offers >= 1");
    }
    List<Position> out = new ArrayList<>(blocks + 1);
    Draws r = new Draws(seed);
    int c = 0;
    int h = 0;
    out.add(new Position(0, 0, seed));
    for (int b = 1; b <= blocks; b++) {
      long end = (long) customers * b / blocks; // the last block ends at the last customer
      while (c < end) {
        int size = Math.min(customers - c, 1 + r.nextInt(4));
        skipHousehold(r, size, offers);
        c += size;
        h++;
      }
      out.add(new Position(h, c, r.state));
    }
    return out;
  }

  /**
   * Generates the contexts from position {@code from} up to customer number {@code until}
   * (exclusive; the last household is cut there), as of {@code at}, handing each to {@code sink}
   * in order: with {@code until} the next position of {@link #blocks}, one block of the generator's
   * output.
   */
  public static void generate(Position from, int until, Instant at, List<String> offers,
      Consumer<DecisionContext> sink) {
    SplittableRandom r = new SplittableRandom(from.state());
    int c = from.customer();
    int h = from.household();
    while (c < until) {
      int size = Math.min(until - c, householdSize(r));
      HouseholdId hid = HouseholdId.of(String.format("h-%07d", h++));
      List<CustomerId> ids = new ArrayList<>(size);
      for (int m = 0; m < size; m++) {
        ids.add(CustomerId.of(String.format("c-%08d", c + m)));
      }
      Household household = null;
      if (size > 1) {
        var hb = Household.builder().id(hid);
        for (int m = 0; m < size; m++) {
          hb.addMemberships(Membership.of(ids.get(m), m == 0 ? HouseholdRole.PRIMARY : m == 1
              ? HouseholdRole.PARTNER : HouseholdRole.DEPENDANT, at.minus(Duration.ofDays(200 + r.nextInt(3000)))));
        }
        household = hb.build();
      }
      String family = FAMILY.get(r.nextInt(FAMILY.size()));
      ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
      String segment = SEGMENTS[r.nextInt(SEGMENTS.length)];
      for (CustomerId id : ids) {
        sink.accept(context(id, family, zone, segment, household, at, offers, r));
      }
      c += size;
    }
  }

  /**
   * The random draws of one household of {@code size} members, in the order {@link #generate}
   * makes them, without building anything. Keep in step with {@link #generate(Position, int,
   * Instant, List, Consumer)}, {@link #context} and {@link #grant} (SampleBaseBlocksTest checks it).
   */
  private static void skipHousehold(Draws r, int size, int offers) {
    if (size > 1) {
      for (int m = 0; m < size; m++) {
        r.nextInt(3000);
      }
    }
    r.nextInt(FAMILY.size());
    r.nextInt(ZONES.size());
    r.nextInt(SEGMENTS.length);
    for (int m = 0; m < size; m++) {
      boolean granted = false;
      for (int percent : GRANTED) {
        if (r.nextInt(100) < percent) {
          r.nextInt(1500);
          granted = true;
        }
      }
      if (r.nextInt(100) < 5 && granted) {
        r.nextInt(60);
      }
      r.skip(); // ranked channel (nextBoolean)
      if (r.nextInt(100) < 40) {
        r.nextInt(3);
        r.nextInt(3);
      }
      for (int e = r.nextInt(4); e > 0; e--) {
        r.nextInt(24 * 40);
        r.nextInt(offers);
        r.nextInt(3);
      }
      if (r.nextInt(100) < 3) {
        r.nextInt(20);
        r.skip(); // the call-back (nextBoolean)
      }
      if (r.nextInt(100) < 2) {
        r.nextInt(90);
      } else if (r.nextInt(200) == 0) {
        r.nextInt(90);
      }
      r.skip(); // pAlive (nextDouble)
      if (r.nextInt(10) >= 2) {
        r.nextInt(10);
      }
      r.skip(); // CLV (nextDouble)
      for (int o = 0; o < 2 * offers; o++) {
        r.skip(); // two nextDouble a propensity
      }
      r.nextInt(GIVEN.size());
    }
  }

  /**
   * The draws of {@code new SplittableRandom(seed)} with the state readable: the same algorithm
   * (SplitMix64 with the golden gamma; {@code nextInt(bound)} by rejection as the JDK's), each draw
   * adding the gamma to the state, so {@code new SplittableRandom(state)} continues the stream.
   */
  static final class Draws {
    static final long GAMMA = 0x9e3779b97f4a7c15L;
    long state;

    Draws(long seed) {
      this.state = seed;
    }

    int nextInt() {
      long z = state += GAMMA;
      z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
      return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    int nextInt(int bound) {
      int r = nextInt();
      int m = bound - 1;
      if ((bound & m) == 0) {
        return r & m;
      }
      for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
        // rejected: draw again
      }
      return r;
    }

    /** A draw whose value does not matter here (a double, a boolean). */
    void skip() {
      state += GAMMA;
    }
  }

  /** 1 to 4 members, each a quarter of the households: 2.5 on average, 400,000 households per 1,000,000 customers. */
  private static int householdSize(SplittableRandom r) {
    return 1 + r.nextInt(4);
  }

  private static DecisionContext context(CustomerId id, String family, ZoneId zone, String segment, Household household,
      Instant at, List<String> offers, SplittableRandom r) {
    ConsentLedger consent = ConsentLedger.empty(id);
    consent = grant(consent, id, Channel.EMAIL, Purpose.MARKETING, 65, at, r);
    consent = grant(consent, id, Channel.POST, Purpose.MARKETING, 40, at, r);
    consent = grant(consent, id, Channel.APP_PUSH, Purpose.MARKETING, 25, at, r);
    consent = grant(consent, id, Channel.PHONE, Purpose.MARKETING, 15, at, r);
    consent = grant(consent, id, Channel.PHONE, Purpose.SERVICE, 75, at, r);
    consent = grant(consent, id, Channel.EMAIL, Purpose.SERVICE, 85, at, r);
    consent = grant(consent, id, Channel.SMS, Purpose.RESEARCH, 20, at, r);
    if (r.nextInt(100) < 5 && !consent.entries().isEmpty()) {
      ConsentEntry first = consent.entries().get(0);
      consent = consent.append(ConsentEntry.builder().from(first).action(ConsentAction.WITHDRAWN)
          .recordedAt(at.minus(Duration.ofDays(1 + r.nextInt(60)))).expiresAt(java.util.Optional.empty())
          .source("contact-centre-call").evidence("call-" + id.value()).build());
    }
    var prefs = ChannelPreferences.builder().zone(zone);
    prefs.addRankedChannels(r.nextBoolean() ? Channel.EMAIL : Channel.APP_PUSH);
    if (r.nextInt(100) < 40) {
      prefs.quietHours(QuietHours.of(LocalTime.of(20 + r.nextInt(3), 0), LocalTime.of(7 + r.nextInt(3), 0), zone));
    }
    List<TimelineEvent> timeline = new ArrayList<>();
    for (int e = r.nextInt(4); e > 0; e--) {
      timeline.add(OfferPresented.builder().id(EventId.of(id.value() + "-o" + e)).customer(id)
          .at(at.minus(Duration.ofHours(6 + r.nextInt(24 * 40)))).offer(OfferId.of(offers.get(r.nextInt(offers.size()))))
          .campaign(CampaignId.of("autumn-2026")).channel(r.nextInt(3) == 0 ? Channel.POST : Channel.EMAIL)
          .purpose(Purpose.MARKETING).build());
    }
    if (r.nextInt(100) < 3) {
      CaseId caseId = CaseId.of(id.value() + "-case");
      timeline.add(CaseUpdated.builder().id(EventId.of(id.value() + "-c")).customer(id)
          .at(at.minus(Duration.ofDays(1 + r.nextInt(20)))).caseId(caseId).kind(CaseKind.COMPLAINT)
          .severity(Severity.MEDIUM).status(CaseStatus.OPEN).team(TeamId.of("billing-disputes")).build());
      if (r.nextBoolean()) {
        timeline.add(CommitmentMade.builder().id(EventId.of(id.value() + "-cm")).customer(id)
            .at(at.minus(Duration.ofDays(4))).commitment(CommitmentId.of(id.value() + "-callback"))
            .kind(CommitmentKind.CALL_BACK).owner(TeamId.of("billing-disputes")).dueBy(at.minus(Duration.ofDays(2)))
            .description("Call back with the outcome of the complaint").caseId(caseId).build());
      }
    }
    if (r.nextInt(100) < 2) {
      timeline.add(flag(id, "hardship", at, r));
    } else if (r.nextInt(200) == 0) {
      timeline.add(flag(id, "bereavement", at, r));
    }
    double pAlive = Math.min(1, 0.2 + 0.8 * Math.sqrt(r.nextDouble()));
    var scores = Scores.builder().putLabels(Scores.SEGMENT, segment)
        .putLabels(Scores.VALUE_TIER, r.nextInt(10) < 2 ? "gold" : r.nextInt(10) < 5 ? "silver" : "bronze")
        .putValues(Scores.P_ALIVE, pAlive).putValues(Scores.CLV, (double) Math.round(50 + 4000 * r.nextDouble() * pAlive));
    for (String offer : offers) {
      scores.putValues(Scores.propensityOf(offer), Math.round((0.01 + 0.45 * r.nextDouble() * r.nextDouble()) * 1e4) / 1e4);
    }
    var b = DecisionContext.builder().event(DecisionEvent.campaignRun(CampaignId.of("winter-2026")))
        .customer(Customer.builder().id(id).kind(PartyKind.PERSON).givenName(GIVEN.get(r.nextInt(GIVEN.size())))
            .familyName(family).build())
        .consent(consent).preferences(prefs.build()).timeline(timeline).scores(scores.build());
    if (household != null) {
      b.household(household);
    }
    return b.build();
  }

  private static ConsentLedger grant(ConsentLedger ledger, CustomerId id, Channel ch, Purpose p, int percent,
      Instant at, SplittableRandom r) {
    if (r.nextInt(100) >= percent) {
      return ledger;
    }
    return ledger.append(ConsentEntry.builder().customer(id).channel(ch).purpose(p).action(ConsentAction.GRANTED)
        .recordedAt(at.minus(Duration.ofDays(5 + r.nextInt(1500)))).source("preference-centre")
        .evidence("form-" + id.value()).build());
  }

  private static FlagChanged flag(CustomerId id, String flag, Instant at, SplittableRandom r) {
    return FlagChanged.builder().id(EventId.of(id.value() + "-" + flag)).customer(id)
        .at(at.minus(Duration.ofDays(1 + r.nextInt(90)))).flag(flag).raised(true).reason("reported by the customer")
        .build();
  }
}
