package org.completecrm.host;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.completecrm.analytics.clv.CustomerValue;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.summary.Summaries;
import org.completecrm.analytics.summary.SummaryUnit;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.ModelFit;
import org.completecrm.analytics.value.ValueSimulator;
import org.completecrm.core.CaseId;
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
import org.completecrm.core.customer.ContactKind;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.CaseKind;
import org.completecrm.core.timeline.CaseStatus;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.Severity;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.timeline.TransactionKind;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.condition.Condition;
import org.completecrm.rules.condition.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.Effect;
import org.completecrm.rules.ruleset.Rule;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;

/**
 * The quick start of the README and of {@code docs/quick-start.md}, compiled and run by CI against
 * the released artifacts (this project depends on nothing but the BOM and two modules). The
 * regions between {@code tag::} and {@code end::} comments are the documents' snippets, word for
 * word; a test in the examples module fails when they drift apart.
 *
 * <p>Run from {@code examples-host/}: {@code mvn -q compile exec:java}.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the quick start; the rule set is read from {@code rules.json} in the working directory. */
  public static void main(String[] args) {
    // tag::overview[]
    Instant now = Instant.parse("2026-11-23T10:15:00Z");    // time is always an argument
    CustomerId ana = CustomerId.of("c-ana");

    // 1. analytic CRM: summarise purchases, fit value models on the base, score a customer
    List<CustomerSummary> base = customerBase();             // one summary per customer
    ModelFit<BgNbdModel> purchases = BgNbdModel.fit(base);
    ModelFit<GammaGammaModel> spend = GammaGammaModel.fit(base);
    CustomerSummary anasSummary = Summaries.calibration(purchasesOf(ana), ZoneId.of("Europe/London"),
        LocalDate.parse("2026-11-22"), SummaryUnit.WEEKS).get(0);
    CustomerValue value = CustomerValues.score(purchases.model(), Optional.of(spend.model()),
        List.of(anasSummary), 52, 0.0018).get(ana);           // 52 weeks, 0.18 % a week

    // 2. results reach the rules as plain values
    Scores scores = Scores.builder()
        .putValues(Scores.CLV, value.clv().orElse(0))
        .putValues(Scores.P_ALIVE, value.probabilityAlive())
        .putLabels(Scores.VALUE_TIER, "gold").build();

    // 3. organisational CRM: the 360-degree view, folded from the host's records as of an instant
    CustomerView view = CustomerViews.fold(customer(ana), consent(ana), preferences(),
        timeline(ana), now);

    // 4. collaborative CRM: decide, with reasons; persist as JSON
    RuleSet rules = RuleSets.fromFile(Path.of("rules.json"));
    Decision decision = Decisions.decide(DecisionEvent.inboundCall(), view, scores, rules, now);
    System.out.print(decision.summary());   // what to do first, what was dropped and why
    String json = CrmJson.write(decision);  // every value round-trips exactly
    // end::overview[]

    System.out.printf(java.util.Locale.ROOT, "Ana: %d repeat purchases, P(alive) %.3f, 52-week CLV %.2f%n",
        anasSummary.frequency(), value.probabilityAlive(), value.clv().orElse(0));
    System.out.println("The decision as JSON reads back equal: " + CrmJson.read(json, Decision.class).equals(decision));
    // tag::same-rules[]
    boolean same = RuleSets.fromFile(Path.of("rules.json")).equals(rulesFromTheBuilder());
    System.out.println("rules.json and the builder give the same rule set: " + same);
    // end::same-rules[]
    if (!same || !decision.summary().contains("Resolve the open complaint")) {
      throw new IllegalStateException("the quick start did not decide as documented");
    }
  }

  // tag::base[]
  /** The customer base's summaries; here simulated from published BG/NBD and Gamma-Gamma values. */
  static List<CustomerSummary> customerBase() {
    List<CustomerSummary> counts = ValueSimulator.bgNbd(
        new BgNbdModel(0.243, 4.414, 0.793, 2.426), 5_000, 26, 78, 1.0 / 7, 42L);
    return ValueSimulator.spend(new GammaGammaModel(6.25, 3.74, 15.44), counts, 43L);
  }
  // end::base[]

  // tag::purchases[]
  /** Ana's purchases from the billing system, as timeline transactions. */
  static List<Transaction> purchasesOf(CustomerId customer) {
    SourceIdentity billing = SourceIdentity.of("billing", "B-10023");
    return List.of(
        purchase(customer, "tx-1", "2025-11-24T09:00:00Z", "32.00", billing),
        purchase(customer, "tx-2", "2026-03-02T12:30:00Z", "45.50", billing),
        purchase(customer, "tx-3", "2026-07-14T17:05:00Z", "38.20", billing),
        purchase(customer, "tx-4", "2026-11-09T10:45:00Z", "41.20", billing));
  }

  static Transaction purchase(CustomerId customer, String id, String at, String gbp, SourceIdentity source) {
    return Transaction.builder().id(EventId.of(id)).customer(customer).at(Instant.parse(at))
        .source(source).amount(Money.of(gbp, "GBP")).kind(TransactionKind.PURCHASE).build();
  }
  // end::purchases[]

  // tag::customer[]
  /** Ana as the contact centre knows her: a person with a verified e-mail address and a phone. */
  static Customer customer(CustomerId id) {
    return Customer.builder().id(id).kind(PartyKind.PERSON)
        .givenName("Ana").familyName("Okafor")
        .addContactPoints(ContactPoint.verified(ContactKind.EMAIL, "ana@example.org",
            Instant.parse("2024-02-03T12:00:00Z")))
        .addContactPoints(ContactPoint.of(ContactKind.PHONE, "+447700900123"))
        .addSourceIdentities(SourceIdentity.of("billing", "B-10023"))
        .build();
  }
  // end::customer[]

  // tag::consent[]
  /** Ana's consent ledger: append-only; the latest entry per channel and purpose decides. */
  static ConsentLedger consent(CustomerId id) {
    Instant signedUp = Instant.parse("2024-02-03T12:00:00Z");
    return ConsentLedger.empty(id)
        .append(ConsentEntry.builder().customer(id).channel(Channel.EMAIL).purpose(Purpose.MARKETING)
            .action(ConsentAction.GRANTED).recordedAt(signedUp)
            .source("web-preference-centre").evidence("form-2024-02-03").build())
        .append(ConsentEntry.builder().customer(id).channel(Channel.PHONE).purpose(Purpose.SERVICE)
            .action(ConsentAction.GRANTED).recordedAt(signedUp)
            .source("web-preference-centre").evidence("form-2024-02-03").build());
  }
  // end::consent[]

  // tag::preferences[]
  /** Ana's preferences: e-mail, then phone; quiet from 21:00 to 08:00 in her own time zone. */
  static ChannelPreferences preferences() {
    ZoneId london = ZoneId.of("Europe/London");             // required: the customer's zone
    return ChannelPreferences.builder()
        .addRankedChannels(Channel.EMAIL, Channel.PHONE)
        .zone(london)
        .quietHours(QuietHours.of(LocalTime.of(21, 0), LocalTime.of(8, 0), london))
        .frequency(ContactFrequency.of(4, Duration.ofDays(30)))
        .language("en-GB")
        .build();
  }
  // end::preferences[]

  // tag::timeline[]
  /** What happened, as the source systems deliver it: her purchases, a call, an open complaint. */
  static List<TimelineEvent> timeline(CustomerId id) {
    SourceIdentity contactCentre = SourceIdentity.of("contact-centre", "CC-88");
    Interaction call = Interaction.builder().id(EventId.of("cc-1")).customer(id)
        .at(Instant.parse("2026-11-18T09:30:00Z")).source(contactCentre)
        .channel(Channel.PHONE).direction(Direction.INBOUND).type("call")
        .purpose(Purpose.SERVICE).outcome("complaint-raised").build();
    CaseUpdated complaint = CaseUpdated.builder().id(EventId.of("case-1-open")).customer(id)
        .at(Instant.parse("2026-11-18T09:41:00Z")).source(contactCentre)
        .caseId(CaseId.of("case-1")).kind(CaseKind.COMPLAINT).severity(Severity.MEDIUM)
        .status(CaseStatus.OPEN).team(TeamId.of("billing-disputes"))
        .summary("Charged twice for the October statement").build();
    List<TimelineEvent> events = new java.util.ArrayList<>(purchasesOf(id));
    events.add(call);
    events.add(complaint);
    return events;
  }
  // end::timeline[]

  // tag::builder[]
  /** The rule set of rules.json, written with the builder instead: the two are equal. */
  static RuleSet rulesFromTheBuilder() {
    return RuleSet.builder().id("quick-start").version(1)
        .addActions(ActionDefinition.builder().id(OfferId.of("resolve-complaint"))
            .kind(ActionKind.SERVICE).purpose(Purpose.SERVICE)
            .addChannels(Channel.PHONE, Channel.EMAIL).name("Resolve the open complaint").value(40)
            .message("Work complaint {case.id|on file} with {customer.givenName|the customer}.")
            .build())
        .addActions(ActionDefinition.builder().id(OfferId.of("isa-top-up"))
            .kind(ActionKind.OFFER).purpose(Purpose.MARKETING)
            .addChannels(Channel.EMAIL, Channel.PHONE).name("ISA top-up").value(60).build())
        .addRules(Rule.builder().id("open-complaint").priority(90)
            .description("the customer has an open complaint")
            .when(Condition.on("complaints.open").gt(0))
            .addThen(Effect.propose("resolve-complaint")).build())
        .addRules(Rule.builder().id("loyal-savers").priority(50)
            .description("a likely-active saver is with us now")
            .when(Condition.allOf(Condition.on("event.kind").eq("INBOUND_CALL"),
                Condition.on("pAlive").gte(0.5)))
            .addThen(Effect.propose("isa-top-up")).build())
        .build();
  }
  // end::builder[]
}
