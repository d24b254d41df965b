package org.completecrm.examples;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.analytics.clv.CustomerValue;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.summary.CustomerSummary;
import org.completecrm.analytics.value.BgNbdModel;
import org.completecrm.analytics.value.GammaGammaModel;
import org.completecrm.analytics.value.ModelFit;
import org.completecrm.analytics.value.ValueSimulator;
import org.completecrm.core.CustomerId;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.examples.tour.SampleHousehold;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.condition.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * How a host application embeds the library: its own data in, plain values out, in four calls,
 * with the tour's sample household (the README's quick start, {@code examples-host}, builds every
 * input itself).
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.EmbeddingExample}.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true));
  }

  /** Runs the example, printing to {@code out}, and returns the decision. */
  public static Decision run(PrintWriter out) {
    Instant now = SampleHousehold.NOW;
    CustomerId ana = CustomerId.of("c-ana");

    // 1. Analytic CRM: fit value models on the customer base's history (here a seeded simulated
    //    base in weeks) and score one customer: 12 repeat purchases, the last in week 50 of 52.
    List<CustomerSummary> history = ValueSimulator.spend(new GammaGammaModel(6.25, 3.74, 15.44),
        ValueSimulator.bgNbd(new BgNbdModel(0.243, 4.414, 0.793, 2.426), 5_000, 26, 78, 1.0 / 7, 42L), 43L);
    ModelFit<BgNbdModel> purchases = BgNbdModel.fit(history);
    ModelFit<GammaGammaModel> spend = GammaGammaModel.fit(history);
    CustomerSummary anaSummary = CustomerSummary.of(ana, 12, 50, 52, 41.20);
    CustomerValue value = CustomerValues.score(purchases.model(), Optional.of(spend.model()),
        List.of(anaSummary), 52, 0.0018).get(ana);

    // 2. The results reach the rules as plain crm-core values.
    Scores scores = Scores.builder()
        .putValues(Scores.CLV, value.clv().orElse(0))
        .putValues(Scores.P_ALIVE, value.probabilityAlive())
        .putValues(Scores.propensityOf("premium-fund-switch"), 0.31)
        .putLabels(Scores.VALUE_TIER, "gold")
        .build();

    // 3. Organisational CRM: the 360-degree view folded from the host's records.
    CustomerView view = CustomerViews.fold(SampleHousehold.ana(), SampleHousehold.householdOption(),
        SampleHousehold.anasConsent(), SampleHousehold.anasPreferences(), SampleHousehold.timeline(), now);

    // 4. Collaborative CRM: decide, with reasons; persist the decision as JSON.
    RuleSet rules = ContactCentreExample.rules();
    Decision decision = Decisions.decide(DecisionEvent.inboundCall(), view, scores, rules, now);
    String json = CrmJson.write(decision);

    out.printf(java.util.Locale.ROOT, "P(alive) %.3f, 52-week CLV %.2f%n", value.probabilityAlive(), value.clv().orElse(0));
    out.print(decision.summary());
    out.println("decision as JSON: " + json.length() + " characters, reads back equal: "
        + CrmJson.read(json, Decision.class).equals(decision));
    out.flush();
    return decision;
  }
}
