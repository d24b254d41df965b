package org.completecrm.examples.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.completecrm.core.CustomerId;
import org.completecrm.core.HouseholdId;
import org.completecrm.core.Money;
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
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.core.view.HouseholdView;
import org.completecrm.core.view.HouseholdViews;
import org.completecrm.core.view.MemberRecord;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.event.EventKind;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionScope;
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
 * The household-aware decision against the person-only one: {@link DecisionBenchmark}'s rule set
 * (200 rules over 50 actions, every fifth offer scoped to the household), a household of four
 * whose members each have 1,000 timeline entries (interactions, purchases, about 300 offers), the
 * primary member deciding. The views are folded once, as a contact centre does for one call; the
 * household view's offer index is built on its first decision.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main HouseholdDecisionBenchmark};
 * on a loaded machine {@link HouseholdDecisionCpuTime} times the same two decisions in thread CPU
 * time.
 */
@State(Scope.Benchmark)
@Fork(2)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 3)
public class HouseholdDecisionBenchmark {
  static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");
  private static final List<CustomerId> MEMBERS = List.of(CustomerId.of("c-h1"), CustomerId.of("c-h2"),
      CustomerId.of("c-h3"), CustomerId.of("c-h4"));

  /** The event: an inbound call or a campaign run. */
  @Param({"INBOUND_CALL", "CAMPAIGN_RUN"})
  public String event;

  RuleSet ruleSet;
  CustomerView view;
  HouseholdView household;
  Scores scores;
  DecisionEvent decisionEvent;

  /** Builds the rule set, the household and the scores from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(20261123L);
    RuleSet base = DecisionBenchmark.ruleSet(random);
    List<ActionDefinition> actions = new ArrayList<>();
    for (int i = 0; i < base.actions().size(); i++) {
      ActionDefinition a = base.actions().get(i);
      actions.add(i % 5 == 1 ? ActionDefinition.builder().from(a).scope(ActionScope.HOUSEHOLD).build() : a);
    }
    ruleSet = RuleSet.builder().from(base).actions(actions).build();
    Household h = Household.empty(HouseholdId.of("h-bench"))
        .join(MEMBERS.get(0), HouseholdRole.PRIMARY, Instant.parse("2020-01-01T00:00:00Z"))
        .join(MEMBERS.get(1), HouseholdRole.PARTNER, Instant.parse("2020-01-01T00:00:00Z"))
        .join(MEMBERS.get(2), HouseholdRole.DEPENDANT, Instant.parse("2021-01-01T00:00:00Z"))
        .join(MEMBERS.get(3), HouseholdRole.OTHER, Instant.parse("2022-01-01T00:00:00Z"));
    List<MemberRecord> records = new ArrayList<>();
    for (CustomerId id : MEMBERS) {
      records.add(record(id, random));
    }
    MemberRecord self = records.get(0);
    view = CustomerViews.fold(self.customer(), Optional.of(h), self.consent(), self.preferences(), self.timeline(), NOW);
    household = HouseholdViews.fold(h, records, Optional.of(Money.of("400000.00", "GBP")), NOW);
    scores = DecisionBenchmark.scores(random);
    decisionEvent = DecisionEvent.of(EventKind.valueOf(event));
  }

  /** The person-only decision (the household's data not used). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Decision personOnly() {
    return Decisions.decide(decisionEvent, view, scores, ruleSet, NOW);
  }

  /** The same decision with the household's facts. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Decision withHousehold() {
    return Decisions.decide(decisionEvent, view, household, scores, ruleSet, NOW);
  }

  /** A member's record with 1,000 timeline entries over three years, as {@link DecisionBenchmark#view} draws them. */
  static MemberRecord record(CustomerId id, Random random) {
    ZoneId zone = ZoneId.of("Europe/London");
    ConsentLedger consent = ConsentLedger.empty(id);
    for (Channel ch : List.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.APP_PUSH)) {
      for (Purpose p : List.of(Purpose.SERVICE, Purpose.MARKETING)) {
        consent = consent.append(ConsentEntry.builder().customer(id).channel(ch).purpose(p)
            .action(ConsentAction.GRANTED).recordedAt(Instant.parse("2023-01-01T00:00:00Z")).source("web")
            .evidence("form-" + ch + p).build());
      }
    }
    ChannelPreferences prefs = ChannelPreferences.builder().addRankedChannels(Channel.EMAIL, Channel.APP_PUSH, Channel.PHONE)
        .zone(zone).quietHours(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0), zone))
        .frequency(ContactFrequency.of(20, Duration.ofDays(30))).build();
    List<TimelineEvent> events = DecisionBenchmark.timeline(id, id.value() + "-", random);
    Customer customer = Customer.builder().id(id).kind(PartyKind.PERSON).givenName("Bea").familyName("Bench").build();
    return MemberRecord.builder().customer(customer).consent(consent).preferences(prefs).timeline(events)
        .addHoldings(Holding.of(id, "fund", Money.of("25000.00", "GBP"), NOW.minus(Duration.ofDays(30)))).build();
  }
}
