package org.completecrm.examples;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CrmException;
import org.completecrm.core.EventId;
import org.completecrm.core.Money;
import org.completecrm.core.TeamId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.score.Scores;
import org.completecrm.core.view.CustomerView;
import org.completecrm.examples.tour.SampleHousehold;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.compare.DecisionComparison;
import org.completecrm.rules.condition.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.policy.ContactGate;
import org.completecrm.rules.policy.ContactPermission;
import org.completecrm.rules.response.GuardrailUse;
import org.completecrm.rules.response.Guardrails;
import org.completecrm.rules.ruleset.Guardrail;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;

/**
 * The contact centre takes a call from Ana, who got a marketing e-mail offer yesterday and is
 * still waiting for a call-back promised for last Friday about a complaint. The decision puts
 * service recovery first, knows about the offer and explains both; the agent then grants a
 * goodwill credit above their limit with a reason (recorded as an override), and the survey team
 * asks the consent gate whether it may e-mail Ana. Last, the rules team compares the call's
 * decision under a draft rule set with a larger goodwill limit.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.ContactCentreExample}.
 */
public final class ContactCentreExample {
  /** The rule set of the example, on the class path. */
  public static final String RULES = "rules/rules.json";

  private ContactCentreExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true));
  }

  /** Runs the example, printing to {@code out}, and returns the decision. */
  public static Decision run(PrintWriter out) {
    RuleSet rules = rules();
    DecisionContext context = context();
    Instant now = SampleHousehold.NOW;
    Decision decision = context.decide(rules, now);
    out.println("Ana Okafor calls the contact centre at " + now + ".");
    out.println();
    out.print(decision.summary());
    out.println();

    GuardrailUse credit = Guardrails.use(decision.allowances().get(0), Money.of("75.00", "GBP"),
        Optional.of("Charged twice and promised call-back missed"), TeamId.of("contact-centre"),
        context.customer().id(), EventId.of("override-1"), now);
    out.println("The agent offers a goodwill credit of GBP 75.00: " + credit.explanation() + ".");
    credit.override().ifPresent(o -> out.println("  timeline gets: override-recorded " + o.id() + " by " + o.team()
        + ", " + o.amount().orElseThrow() + " above the limit " + o.limit().orElseThrow()));
    out.println();

    CustomerView view = context.viewAt(now);
    ContactPermission survey = ContactGate.check(view, Purpose.RESEARCH, Set.of(Channel.EMAIL, Channel.SMS), now,
        rules.policies());
    out.println("May the survey team e-mail or text Ana now? " + (survey.allowed() ? "yes" : "no") + ": "
        + survey.explanation());
    ContactPermission service = ContactGate.check(view, Purpose.SERVICE, Set.of(Channel.EMAIL, Channel.PHONE), now,
        rules.policies());
    out.println("May the complaints team send her the refund decision? " + (service.allowed() ? "yes, by "
        + service.channel().orElseThrow() : "no") + ": " + service.decisive().text());
    out.println();

    // The agent had to go above the limit: the rules team drafts a larger one and asks what it changes.
    Guardrail goodwill = rules.guardrails().get(0);
    RuleSet draft = RuleSet.builder().from(rules).version(rules.version() + 1)
        .guardrails(List.of(Guardrail.builder().from(goodwill).putLimitsByTier("gold", Money.of("75.00", "GBP")).build()))
        .build();
    out.println("The rules team drafts a larger goodwill limit for gold customers. On this call it would change:");
    out.print(DecisionComparison.of(decision, context.decide(draft, now)).summary());
    out.flush();
    return decision;
  }

  /** The example's rule set, read from the class path. */
  public static RuleSet rules() {
    try (InputStream in = ContactCentreExample.class.getClassLoader().getResourceAsStream(RULES)) {
      if (in == null) {
        throw new CrmException("the example rule set " + RULES + " is missing from the class path");
      }
      return RuleSets.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The call: Ana's inbound call with her household's data and her scores. */
  public static DecisionContext context() {
    return DecisionContext.builder()
        .event(DecisionEvent.inboundCall())
        .customer(SampleHousehold.ana())
        .household(SampleHousehold.household())
        .consent(SampleHousehold.anasConsent())
        .preferences(SampleHousehold.anasPreferences())
        .timeline(SampleHousehold.timeline())
        .scores(Scores.builder().putValues(Scores.CLV, 4200.0).putValues(Scores.P_ALIVE, 0.93)
            .putValues(Scores.propensityOf("premium-fund-switch"), 0.31).putLabels(Scores.SEGMENT, "savers")
            .putLabels(Scores.VALUE_TIER, "gold").build())
        .build();
  }
}
