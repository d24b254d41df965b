package org.completecrm.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.completecrm.analytics.voice.FeedbackOptions;
import org.completecrm.analytics.voice.SegmentVoice;
import org.completecrm.core.CampaignId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.voice.CustomerVoice;
import org.completecrm.core.voice.CustomerVoices;
import org.completecrm.rules.Decisions;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.ChosenAction;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;

/**
 * The customer's voice as facts rules test: after {@link CustomerVoiceExample}'s votes and market,
 * a research follow-up decided for each customer on the eve of the firm's decision (the market's
 * price for the call-back and whether they voted for it) and on the day (the ideas they voted for
 * that are now done or declined), with their segment's CSAT. Every fact is folded as of the
 * decision instant.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.VoiceFactsExample}.
 */
public final class VoiceFactsExample {
  /** The rule set: three rules on the customer's voice, each proposing a research contact. */
  public static final String RULES = """
      {
        "id": "voice-follow-up", "version": 1,
        "actions": [
          {"id": "call-back-preview", "kind": "SERVICE", "purpose": "RESEARCH",
           "channels": ["EMAIL", "APP_PUSH", "SMS", "POST", "PHONE"], "name": "Preview the call-back promise", "value": 8},
          {"id": "delivered-follow-up", "kind": "SERVICE", "purpose": "RESEARCH",
           "channels": ["EMAIL", "APP_PUSH", "SMS", "POST", "PHONE"], "name": "Ask how the delivered change works", "value": 10},
          {"id": "declined-explained", "kind": "SERVICE", "purpose": "RESEARCH",
           "channels": ["EMAIL", "APP_PUSH", "SMS", "POST", "PHONE"], "name": "Explain the declined idea", "value": 6}
        ],
        "rules": [
          {"id": "market-favours-their-idea", "priority": 30,
           "description": "traders expect the call-back to cut complaints most, and this customer voted for it",
           "when": {"all": [
             {"field": "score.market.market-complaints-q3", "op": "gte", "value": 0.5},
             {"field": "ideas.votedFor", "op": "contains", "value": "idea-call-back"}]},
           "then": [{"propose": "call-back-preview"}]},
          {"id": "their-idea-is-live", "priority": 20, "description": "an idea they voted for is done",
           "when": {"all": [
             {"field": "ideas.votedFor.done", "op": "notEmpty"},
             {"not": {"field": "segment.csat", "op": "lt", "value": 20}}]},
           "then": [{"propose": "delivered-follow-up"}]},
          {"id": "their-idea-was-declined", "priority": 10, "description": "an idea they voted for was declined",
           "when": {"field": "ideas.votedFor.declined", "op": "notEmpty"},
           "then": [{"propose": "declined-explained"}]}
        ]
      }
      """;

  private VoiceFactsExample() {}

  /** Runs the example, printing what happens. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    run(out);
    out.flush();
  }

  /** Runs the example, printing to {@code out}; returns the decisions of the eve and of the day, by customer. */
  public static Map<String, Decision> run(PrintWriter out) {
    CustomerVoiceExample.Result voice = CustomerVoiceExample.run(new PrintWriter(new StringWriter()));
    RuleSet rules = RuleSets.fromJson(RULES);
    List<CustomerId> customers = new ArrayList<>(voice.views().keySet());
    Map<CustomerId, Scores> scores = new TreeMap<>();
    List<FeedbackReceived> feedback = new ArrayList<>();
    for (CustomerId c : customers) {
      boolean premium = c.value().equals("c-01") || c.value().equals("c-02") || c.value().equals("c-06");
      scores.put(c, Scores.builder().putLabels(Scores.SEGMENT, premium ? "premium" : "retail").build());
      voice.views().get(c).latestFeedback().ifPresent(feedback::add);
    }
    Map<String, Decision> decisions = new TreeMap<>();
    Instant eve = CustomerVoiceExample.DECIDED.minus(Duration.ofDays(1));
    for (Instant at : List.of(eve, CustomerVoiceExample.DECIDED)) {
      out.printf(Locale.ROOT, "%n%s at %s%n", at.equals(eve) ? "The eve of the decision" : "The day of the decision", at);
      Map<CustomerId, CustomerView> views = CustomerVoiceExample.views(customers,
          CustomerVoiceExample.households(customers), at);
      Map<CustomerId, Scores> withSegments = SegmentVoice.withSegmentFeedback(feedback, scores,
          FeedbackOptions.defaults(), at);
      for (CustomerId c : customers) {
        CustomerView view = views.get(c);
        CustomerVoice facts = CustomerVoices.fold(c, view.household(), voice.ideas(), voice.ballots(),
            List.of(voice.market()), at);
        Decision d = Decisions.decide(DecisionEvent.campaignRun(CampaignId.of("voice-follow-up")),
            view.withVoice(facts), withSegments.get(c), rules, at);
        decisions.put(c.value() + (at.equals(eve) ? " eve" : " day"), d);
        out.printf(Locale.ROOT, "  %s voted for %s%n       call-back price %s, segment CSAT %s -> %s%n", c,
            voted(facts), facts.marketPrices().containsKey("market-complaints-q3")
                ? String.format(Locale.ROOT, "%.3f", facts.marketPrices().get("market-complaints-q3")) : "closed",
            withSegments.get(c).value(Scores.SEGMENT_CSAT).map(v -> String.format(Locale.ROOT, "%.0f%%", v)).orElse("-"),
            outcome(d));
      }
    }
    return decisions;
  }

  /** The ideas voted for, in words: {@code call-back (done), adviser (planned)}. */
  private static String voted(CustomerVoice facts) {
    List<String> parts = new ArrayList<>();
    facts.votedFor().forEach((idea, status) -> parts.add(idea.replace("idea-", "") + " (" + status.words() + ")"));
    return parts.isEmpty() ? "nothing" : String.join(", ", parts);
  }

  /** The chosen actions, or why nothing was chosen. */
  private static String outcome(Decision d) {
    if (!d.actions().isEmpty()) {
      List<String> chosen = new ArrayList<>();
      for (ChosenAction a : d.actions()) {
        chosen.add(a.action().value() + " via " + a.channel());
      }
      return String.join("; ", chosen);
    }
    return d.candidates().isEmpty() ? "nothing: no rule fired"
        : "nothing: " + d.candidates().get(0).action().value() + " dropped, " + d.candidates().get(0).decisive().text();
  }
}
