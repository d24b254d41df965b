package org.completecrm.rules.ruleset;

import java.util.Optional;
import org.completecrm.rules.condition.CompiledCondition;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.response.Template;

/**
 * A validated action with its compiled stage conditions, parsed template, and the reasons given
 * when one of its own conditions or its validity window drops it (fixed texts, written once).
 */
public final class CompiledAction {
  private final ActionDefinition definition;
  private final CompiledCondition eligibility;
  private final CompiledCondition applicability;
  private final CompiledCondition suitability;
  private final Optional<Template> template;
  private final String propensityScore;
  private final Reason notEligible;
  private final Reason notApplicable;
  private final Reason notSuitable;
  private final Optional<Reason> notYet;
  private final Optional<Reason> ended;

  CompiledAction(ActionDefinition definition, CompiledCondition eligibility, CompiledCondition applicability,
      CompiledCondition suitability, Optional<Template> template) {
    this.definition = definition;
    this.eligibility = eligibility;
    this.applicability = applicability;
    this.suitability = suitability;
    this.template = template;
    this.propensityScore = org.completecrm.core.score.Scores.propensityOf(definition.id().value());
    String by = "action:" + definition.id();
    String name = definition.displayName();
    this.notEligible = Reason.of(Stage.ELIGIBILITY, by + ".eligibility",
        "The customer is not eligible for " + name + " (its eligibility condition does not hold).");
    this.notApplicable = Reason.of(Stage.APPLICABILITY, by + ".applicability",
        name + " does not fit now (its applicability condition does not hold).");
    this.notSuitable = Reason.of(Stage.SUITABILITY, by + ".suitability",
        name + " is not in the customer's interest now (its suitability condition does not hold).");
    this.notYet = definition.validFrom().map(t -> Reason.of(Stage.APPLICABILITY, by + ".validFrom",
        name + " is not available before " + t + "."));
    this.ended = definition.validUntil().map(t -> Reason.of(Stage.APPLICABILITY, by + ".validUntil",
        name + " ended at " + t + "."));
  }

  /** Why the action is dropped when its eligibility condition does not hold. */
  public Reason notEligible() {
    return notEligible;
  }

  /** Why the action is dropped when its applicability condition does not hold. */
  public Reason notApplicable() {
    return notApplicable;
  }

  /** Why the action is dropped when its suitability condition does not hold. */
  public Reason notSuitable() {
    return notSuitable;
  }

  /** Why the action is dropped before its {@code validFrom}, if it has one. */
  public Optional<Reason> notYet() {
    return notYet;
  }

  /** Why the action is dropped from its {@code validUntil} on, if it has one. */
  public Optional<Reason> ended() {
    return ended;
  }

  /** The action as defined. */
  public ActionDefinition definition() {
    return definition;
  }

  /** The eligibility condition (always true when none was given). */
  public CompiledCondition eligibility() {
    return eligibility;
  }

  /** The applicability condition (always true when none was given). */
  public CompiledCondition applicability() {
    return applicability;
  }

  /** The suitability condition (always true when none was given). */
  public CompiledCondition suitability() {
    return suitability;
  }

  /** The message template, if any. */
  public Optional<Template> template() {
    return template;
  }

  /** The name of the score holding this action's propensity ({@code propensity.<id>}). */
  public String propensityScore() {
    return propensityScore;
  }
}
