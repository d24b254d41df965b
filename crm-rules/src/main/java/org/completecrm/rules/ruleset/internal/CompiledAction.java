package org.completecrm.rules.ruleset.internal;

import java.util.Map;
import java.util.Optional;
import org.completecrm.core.OfferId;
import org.completecrm.rules.ruleset.ActionKind;
import org.completecrm.rules.condition.internal.CompiledCondition;
import org.completecrm.rules.response.Template;
import org.completecrm.rules.ruleset.ActionDefinition;

/** A validated action with its compiled stage conditions and parsed template. */
public final class CompiledAction {
  private final ActionDefinition definition;
  private final CompiledCondition eligibility;
  private final CompiledCondition applicability;
  private final CompiledCondition suitability;
  private final Optional<Template> template;
  private final String propensityScore;
  private final Optional<OfferId> offer;
  private final Map<String, Template> templates;

  /** Built by the rule set's validation ({@code RuleSetValidator}) once per rule set. */
  public CompiledAction(ActionDefinition definition, CompiledCondition eligibility, CompiledCondition applicability,
      CompiledCondition suitability, Optional<Template> template, Map<String, Template> templates) {
    this.templates = Map.copyOf(templates);
    this.definition = definition;
    this.eligibility = eligibility;
    this.applicability = applicability;
    this.suitability = suitability;
    this.template = template;
    // interned: found by identity in a ScoreNames
    this.propensityScore = org.completecrm.core.score.Scores.propensityOf(definition.id().value()).intern();
    this.offer = definition.kind() == ActionKind.OFFER ? Optional.of(definition.id()) : Optional.empty();
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

  /** The action's id when it is an offer (a cool-down after a rejection applies to it), empty for a service action. */
  public Optional<OfferId> offer() {
    return offer;
  }

  /** The templates in other languages, by BCP 47 tag. */
  public Map<String, Template> templates() {
    return templates;
  }

  /** The name of the score holding this action's propensity ({@code propensity.<id>}). */
  public String propensityScore() {
    return propensityScore;
  }
}
