package org.completecrm.rules.internal.nba;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.score.Scores;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.AlreadyAccepted;
import org.completecrm.rules.explain.PresentationLimitReached;
import org.completecrm.rules.explain.HeldByHousehold;
import org.completecrm.rules.explain.NoStatedInterest;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.TopicOptedOut;
import org.completecrm.rules.explain.UpsellDuringComplaint;
import org.completecrm.rules.explain.UpsellWhileValueFalls;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.ruleset.PolicySettings;
import org.completecrm.rules.ruleset.internal.CompiledAction;
import org.jspecify.annotations.Nullable;

/**
 * The stages before arbitration, in order: eligibility (not already accepted unless repeatable,
 * the action's condition), applicability (validity window, the action's condition), suitability
 * (no upsell with an open complaint or a falling value trend, the action's condition); and the
 * presentation limit applied in rank order.
 */
final class ActionStages {
  private ActionStages() {}

  /**
   * The reason an action is dropped before arbitration, or null when it passes every stage. A stage
   * condition the action does not have is not tested: it would hold (the compiled form of an absent
   * condition always holds), and a call through the compiled conditions' interface costs more than
   * asking the definition.
   */
  static @Nullable Reason dropBeforeArbitration(int k, CompiledAction action, Facts facts, FixedReasons fixed) {
    ActionDefinition a = action.definition();
    if (a.kind() == ActionKind.OFFER && !a.repeatable()) {
      Optional<Instant> accepted = facts.lastAcceptance(a.id());
      if (accepted.isPresent()) {
        return new AlreadyAccepted(a.id(), a.displayName(), accepted.get());
      }
    }
    if (a.eligibility().isPresent() && !action.eligibility().test(facts)) {
      return fixed.notEligible(k);
    }
    if (a.validFrom().isPresent() && facts.at().isBefore(a.validFrom().get())) {
      return fixed.notYet(k);
    }
    if (a.validUntil().isPresent() && !facts.at().isBefore(a.validUntil().get())) {
      return fixed.ended(k);
    }
    if (a.applicability().isPresent() && !action.applicability().test(facts)) {
      return fixed.notApplicable(k);
    }
    if (a.upsell()) {
      if (!facts.openComplaints().isEmpty()) {
        return new UpsellDuringComplaint(facts.openComplaints().get(0).id());
      }
      Optional<Double> trend = facts.scores().value(Scores.VALUE_TREND);
      if (trend.isPresent() && trend.get() < 0) {
        return new UpsellWhileValueFalls(trend.get());
      }
    }
    if (a.suitability().isPresent() && !action.suitability().test(facts)) {
      return fixed.notSuitable(k);
    }
    return null;
  }

  /**
   * Why the household-scoped {@code a} may not be made to the customer: another current member has
   * it outstanding, accepted it, or turned it down within the cool-down (the rule set's, or the
   * action's when longer); null without a household view or when no member holds it.
   */
  static @Nullable Reason heldByHousehold(ActionDefinition a, Facts facts, PolicySettings settings) {
    if (facts.household() == null) {
      return null;
    }
    Duration coolDown = settings.effectiveCoolDown();
    if (a.coolDown().isPresent() && a.coolDown().get().compareTo(coolDown) > 0) {
      coolDown = a.coolDown().get();
    }
    return facts.household().heldBy(a.id(), coolDown, facts.at())
        .map(h -> new HeldByHousehold(a.id(), h.member().position(), h.member().role(), h.response(), h.since(),
            h.coolDown()))
        .orElse(null);
  }

  /**
   * Why the marketing action {@code a} may not be made on its topics: the customer opted out of
   * one of them, or the rule set requires a stated interest and the customer stated none in them;
   * null when neither holds or the action has no topics.
   */
  static @Nullable Reason topics(ActionDefinition a, Facts facts, PolicySettings settings) {
    if (a.topics().isEmpty() || a.purpose() != Purpose.MARKETING) {
      return null;
    }
    Optional<TopicLedger> ledger = facts.view().topics();
    if (ledger.isPresent()) {
      for (String t : new TreeSet<>(a.topics())) {
        if (ledger.get().optedOut(t, facts.at())) {
          return new TopicOptedOut(a.id(), t);
        }
      }
    }
    if (settings.requireStatedInterest().orElse(false)) {
      for (String t : a.topics()) {
        if (ledger.isPresent() && ledger.get().interested(t, facts.at())) {
          return null;
        }
      }
      return new NoStatedInterest(a.id(), a.topics());
    }
    return null;
  }

  /** Why {@code a} is dropped for having been presented its most times in its window, or null. */
  static @Nullable Reason presentationLimit(ActionDefinition a, Facts facts) {
    if (a.maxPresentations().isEmpty()) {
      return null;
    }
    int n = facts.presentationsWithin(a.id(), a.presentationWindow().get());
    if (n < a.maxPresentations().get()) {
      return null;
    }
    return new PresentationLimitReached(a.id(), n, a.presentationWindow().get(), a.maxPresentations().get());
  }
}
