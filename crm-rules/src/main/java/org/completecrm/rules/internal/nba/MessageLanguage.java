package org.completecrm.rules.internal.nba;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.response.Template;
import org.completecrm.rules.ruleset.internal.CompiledAction;
import org.jspecify.annotations.Nullable;

/**
 * The language of a chosen action's message: the customer's preferred language
 * ({@code ChannelPreferences.language}) where the action has a template in it (or in its primary
 * language), else the rule set's language; and the note that says which.
 *
 * @param template the template to render
 * @param line the note, or null when the rule set states no language (messages as before)
 */
record MessageLanguage(Optional<Template> template, @Nullable String line) {
  static MessageLanguage of(CompiledAction action, Facts facts, Optional<String> ruleSetLanguage, String name) {
    if (ruleSetLanguage.isEmpty() || action.template().isEmpty()) {
      return new MessageLanguage(action.template(), null);
    }
    String fallback = ruleSetLanguage.get();
    Optional<String> preferred = facts.view().preferences().language();
    String subject = "Message of '" + name + "' in ";
    if (preferred.isEmpty()) {
      return new MessageLanguage(action.template(), subject + fallback
          + ", the rule set's language (the customer states no preferred language).");
    }
    String want = preferred.get();
    String primary = Locale.forLanguageTag(want).getLanguage();
    for (String key : new String[] {want, primary}) {
      for (Map.Entry<String, Template> e : action.templates().entrySet()) {
        if (e.getKey().equalsIgnoreCase(key)) {
          return new MessageLanguage(Optional.of(e.getValue()), subject + e.getKey()
              + ", the customer's preferred language.");
        }
      }
    }
    if (Locale.forLanguageTag(fallback).getLanguage().equals(primary)) {
      return new MessageLanguage(action.template(), subject + fallback + ", the customer's preferred language.");
    }
    return new MessageLanguage(action.template(), subject + fallback + ", the rule set's language: the rule set has"
        + " no message in " + want + ", the customer's preferred language.");
  }
}
