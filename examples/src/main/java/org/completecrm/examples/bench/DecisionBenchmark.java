package org.completecrm.examples.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.Money;
import org.completecrm.core.OfferId;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.ContactFrequency;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.channel.QuietHours;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CommitmentKind;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.core.view.TimelineIndex;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.CapPolicy;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.QuietHoursPolicy;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second and latency percentiles: a rule set of 200 rules over 50 offers and
 * service actions, a customer view folded from 1,000 timeline entries, on one thread.
 *
 * <p>Run (from the shaded jar): {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main
 * DecisionBenchmark}. Throughput is in decisions per second; {@code Mode.SampleTime} reports the
 * p50, p90, p99 and p99.9 latency in microseconds. The decisions reuse one view, as a contact
 * centre does for the events of one call; the view's timeline index is built on its first
 * decision, and {@link #buildTimelineIndex} measures what that first decision pays on top.
 */
@State(Scope.Benchmark)
@Fork(2)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 3)
public class DecisionBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");
  private static final CustomerId CUSTOMER = CustomerId.of("c-bench");
  private static final String[] SEGMENTS = {"savers", "families", "young", "retired", "students", "business", "affluent", "new"};

  /** The event: an inbound call (answers in session) or a campaign run (outbound: consent, quiet hours, caps). */
  @Param({"INBOUND_CALL", "CAMPAIGN_RUN"})
  public String event;

  private RuleSet ruleSet;
  private CustomerView view;
  private Scores scores;
  private DecisionEvent decisionEvent;

  /** Builds the rule set, the view and the scores from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(20261123L);
    ruleSet = ruleSet(random);
    view = view(random);
    scores = scores(random);
    decisionEvent = DecisionEvent.of(EventKind.valueOf(event));
  }

  /** One decision: throughput in decisions per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Decision decide() {
    return Decisions.decide(decisionEvent, view, scores, ruleSet, NOW);
  }

  /** The same, with latency reported in microseconds. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Decision decideLatency() {
    return Decisions.decide(decisionEvent, view, scores, ruleSet, NOW);
  }

  /**
   * One decision with every word of it read: each candidate's trail, each chosen action's
   * explanation and the notes. A decision writes its sentences when they are first read, so this
   * is what a caller pays that reads them all (an employee's screen, a JSON log of every decision).
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public int decideAndReadEveryWord() {
    return wordsIn(Decisions.decide(decisionEvent, view, scores, ruleSet, NOW));
  }

  /** The length of every sentence in {@code d}, read. */
  static int wordsIn(Decision d) {
    int n = 0;
    for (CandidateOutcome c : d.candidates()) {
      for (Reason r : c.trail()) {
        n += r.text().length();
      }
      n += c.decisive().text().length();
    }
    for (ChosenAction a : d.actions()) {
      n += a.explanation().length();
    }
    for (String note : d.notes()) {
      n += note.length();
    }
    return n;
  }

  /** The one-off cost of a view's first decision: building its timeline index (1,000 entries). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public TimelineIndex buildTimelineIndex() {
    return TimelineIndex.of(view);
  }

  /** The benchmark's rule set: 50 actions, 200 rules of varied conditions, caps and quiet hours. */
  public static RuleSet ruleSet(Random random) {
    var b = RuleSet.builder().id("bench").version(1);
    Channel[] channels = {Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.POST, Channel.APP_PUSH, Channel.WEB};
    for (int i = 0; i < 50; i++) {
      boolean service = i % 10 == 0;
      Set<Channel> chans = EnumSet.noneOf(Channel.class);
      chans.add(channels[random.nextInt(channels.length)]);
      chans.add(channels[random.nextInt(channels.length)]);
      if (service) {
        chans.add(Channel.PHONE);
      }
      var a = ActionDefinition.builder().id(OfferId.of(String.format(java.util.Locale.ROOT, "action-%02d", i)))
          .kind(service ? ActionKind.SERVICE : ActionKind.OFFER)
          .purpose(service ? Purpose.SERVICE : Purpose.MARKETING).channels(chans)
          .value(10 + random.nextInt(190)).lever(0.5 + random.nextInt(10) / 10.0).upsell(i % 3 == 0)
          .name("Action " + i);
      if (i % 4 == 1) {
        a.eligibility(Condition.on("purchases.count").gte(random.nextInt(5)));
      }
      if (i % 5 == 2) {
        a.suitability(Condition.on("pAlive").gte(0.2));
      }
      if (i % 6 == 3) {
        a.message("Dear {customer.givenName|customer}, {action.name} on {channel}.");
      }
      if (i % 7 == 4) {
        a.maxPresentations(3).presentationWindow(Duration.ofDays(90));
      }
      b.addActions(a.build());
    }
    for (int j = 0; j < 200; j++) {
      Condition when;
      int lo = random.nextInt(20) * 250;
      switch (j % 10) {
        case 0:
          when = Condition.allOf(Condition.on("clv").gte(lo), Condition.on("clv").lt(lo + 1000));
          break;
        case 1:
          when = Condition.on("segment").eq(SEGMENTS[random.nextInt(SEGMENTS.length)]);
          break;
        case 2:
          when = Condition.on("contacts.outbound").within(Duration.ofDays(1 + random.nextInt(30))).lt(1 + random.nextInt(4));
          break;
        case 3:
          when = Condition.allOf(Condition.on("event.kind").eq(EventKind.values()[random.nextInt(EventKind.values().length)].name()),
              Condition.on("pAlive").gt(random.nextDouble()));
          break;
        case 4:
          when = Condition.allOf(Condition.on("valueTier").eq(random.nextBoolean() ? "gold" : "silver"),
              Condition.on("offers.outstanding").lt(random.nextInt(3)));
          break;
        case 5:
          when = Condition.anyOf(Condition.on("flags").contains("vip"), Condition.on("purchases.count").gt(200 + random.nextInt(200)));
          break;
        case 6:
          when = Condition.allOf(Condition.on("household.size").gte(2 + random.nextInt(3)),
              Condition.negate(Condition.on("complaints.open").gt(0)));
          break;
        case 7:
          when = Condition.on("sinceLastPurchase").lt(Duration.ofDays(1 + random.nextInt(10)));
          break;
        case 8:
          when = Condition.on("score.propensity.action-" + String.format(java.util.Locale.ROOT, "%02d", random.nextInt(50)))
              .gt(0.5 + random.nextDouble() / 2);
          break;
        default:
          when = Condition.allOf(Condition.on("commitments.overdue").gt(0), Condition.on("time.localHour").gte(8 + random.nextInt(12)));
          break;
      }
      var r = Rule.builder().id(String.format(java.util.Locale.ROOT, "rule-%03d", j)).priority(random.nextInt(1000))
          .when(when);
      r.addThen(Effect.propose(String.format(java.util.Locale.ROOT, "action-%02d", random.nextInt(50))));
      if (j % 3 == 0) {
        r.addThen(Effect.propose(String.format(java.util.Locale.ROOT, "action-%02d", random.nextInt(50))));
      }
      if (j % 25 == 0) {
        r.addThen(Effect.suppress(String.format(java.util.Locale.ROOT, "action-%02d", random.nextInt(50)),
            "benchmark suppression"));
      }
      b.addRules(r.build());
    }
    b.policies(PolicySettings.builder()
        .addCaps(CapPolicy.builder().id("email-weekly").channel(Channel.EMAIL).purpose(Purpose.MARKETING).max(3)
            .window(Duration.ofDays(7)).build())
        .addCaps(CapPolicy.builder().id("all-monthly").max(12).window(Duration.ofDays(30)).build())
        .addQuietHours(QuietHoursPolicy.builder().id("evenings").start(LocalTime.of(20, 0)).end(LocalTime.of(9, 0))
            .addChannels(Channel.PHONE, Channel.SMS).build())
        .build());
    b.putChannelCosts(Channel.EMAIL, 0.05).putChannelCosts(Channel.SMS, 0.08).putChannelCosts(Channel.PHONE, 4.5)
        .putChannelCosts(Channel.POST, 0.9).putChannelCosts(Channel.APP_PUSH, 0.01);
    return b.build();
  }

  /** A view folded from 1,000 timeline entries over three years. */
  public static CustomerView view(Random random) {
    ZoneId zone = ZoneId.of("Europe/London");
    Customer customer = Customer.builder().id(CUSTOMER).kind(PartyKind.PERSON).givenName("Bea").familyName("Bench").build();
    ConsentLedger consent = ConsentLedger.empty(CUSTOMER);
    for (Channel ch : List.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.APP_PUSH)) {
      for (Purpose p : List.of(Purpose.SERVICE, Purpose.MARKETING)) {
        consent = consent.append(ConsentEntry.builder().customer(CUSTOMER).channel(ch).purpose(p)
            .action(ConsentAction.GRANTED).recordedAt(Instant.parse("2023-01-01T00:00:00Z")).source("web")
            .evidence("form-" + ch + p).build());
      }
    }
    consent = consent.append(ConsentEntry.builder().customer(CUSTOMER).channel(Channel.SMS).purpose(Purpose.MARKETING)
        .action(ConsentAction.WITHDRAWN).recordedAt(Instant.parse("2025-06-01T00:00:00Z")).source("sms-stop")
        .evidence("stop-1").build());
    ChannelPreferences prefs = ChannelPreferences.builder().addRankedChannels(Channel.EMAIL, Channel.APP_PUSH, Channel.PHONE)
        .zone(zone).quietHours(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0), zone))
        .frequency(ContactFrequency.of(20, Duration.ofDays(30))).build();
    List<TimelineEvent> events = timeline(CUSTOMER, "", random);
    return CustomerViews.fold(customer, consent, prefs, events, NOW);
  }

  /**
   * 1,000 timeline entries over three years for {@code customer} (interactions, purchases, offers
   * and answers to them), an open service case and an overdue promise; every id starts with
   * {@code idPrefix}.
   */
  static List<TimelineEvent> timeline(CustomerId customer, String idPrefix, Random random) {
    List<TimelineEvent> events = new ArrayList<>();
    Instant t = NOW.minus(Duration.ofDays(3 * 365));
    List<OfferPresented> open = new ArrayList<>();
    Channel[] channels = {Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.POST, Channel.WEB};
    for (int i = 0; i < 1000; i++) {
      t = t.plusSeconds(60 + random.nextInt(2 * 86400));
      EventId eid = EventId.of(idPrefix + "e" + i);
      int kind = random.nextInt(10);
      if (kind < 5) {
        events.add(Interaction.builder().id(eid).customer(customer).at(t).channel(channels[random.nextInt(channels.length)])
            .direction(random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND).type("contact")
            .purpose(random.nextBoolean() ? Purpose.SERVICE : Purpose.MARKETING).build());
      } else if (kind < 7) {
        events.add(Transaction.builder().id(eid).customer(customer).at(t).amount(Money.of("25.00", "GBP"))
            .kind(TransactionKind.PURCHASE).build());
      } else if (kind < 9 || open.isEmpty()) {
        OfferPresented p = OfferPresented.builder().id(eid).customer(customer).at(t)
            .offer(OfferId.of(String.format(java.util.Locale.ROOT, "action-%02d", random.nextInt(50))))
            .channel(Channel.EMAIL).purpose(Purpose.MARKETING).build();
        open.add(p);
        events.add(p);
      } else {
        OfferPresented p = open.remove(random.nextInt(open.size()));
        events.add(OfferResponded.builder().id(eid).customer(customer).at(t).presentation(p.id()).offer(p.offer())
            .response(random.nextBoolean() ? OfferResponse.REJECTED : OfferResponse.IGNORED).build());
      }
    }
    events.add(CaseUpdated.builder().id(EventId.of(idPrefix + "case-open")).customer(customer).at(NOW.minus(Duration.ofDays(3)))
        .caseId(CaseId.of(idPrefix + "case-1")).kind(CaseKind.SERVICE_REQUEST).severity(Severity.LOW).status(CaseStatus.OPEN)
        .team(TeamId.of("back-office")).build());
    events.add(CommitmentMade.builder().id(EventId.of(idPrefix + "cm")).customer(customer).at(NOW.minus(Duration.ofDays(3)))
        .commitment(CommitmentId.of(idPrefix + "cm-1")).kind(CommitmentKind.CALL_BACK).owner(TeamId.of("back-office"))
        .dueBy(NOW.minus(Duration.ofDays(1))).description("Call back about the address change").build());
    return events;
  }

  /** Scores with CLV, P(alive), a segment and propensities for half the actions. */
  public static Scores scores(Random random) {
    var s = Scores.builder().putValues(Scores.CLV, 2500.0).putValues(Scores.P_ALIVE, 0.8)
        .putLabels(Scores.SEGMENT, "savers").putLabels(Scores.VALUE_TIER, "silver");
    for (int i = 0; i < 50; i += 2) {
      s.putValues(Scores.propensityOf(String.format(java.util.Locale.ROOT, "action-%02d", i)), random.nextDouble());
    }
    return s.build();
  }
}
