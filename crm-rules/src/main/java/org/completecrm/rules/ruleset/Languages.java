package org.completecrm.rules.ruleset;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.completecrm.rules.condition.InvalidRuleException;
import org.completecrm.rules.response.Template;

/** Validation of the rule set's language and each action's templates in other languages. */
final class Languages {
  private Languages() {}

  /** The action's other-language templates, parsed; each tag well-formed, the rule set's language given. */
  static Map<String, Template> templates(ActionDefinition a, Optional<String> ruleSetLanguage, String path) {
    ruleSetLanguage.ifPresent(l -> tag(l, "$.language"));
    if (a.messages().isEmpty()) {
      return Map.of();
    }
    if (ruleSetLanguage.isEmpty()) {
      throw new InvalidRuleException("$.language", "absent",
          "the language of the message templates, as actions have messages in other languages (" + path + ".messages)");
    }
    if (a.message().isEmpty()) {
      throw new InvalidRuleException(path + ".message", "absent",
          "a message in the rule set's language besides the messages in other languages");
    }
    Map<String, Template> out = new TreeMap<>();
    for (Map.Entry<String, String> e : a.messages().entrySet()) {
      String p = path + ".messages." + e.getKey();
      tag(e.getKey(), p);
      out.put(e.getKey(), Template.parse(e.getValue(), p));
    }
    return out;
  }

  private static void tag(String tag, String path) {
    Locale l = Locale.forLanguageTag(tag);
    if (l.getLanguage().isEmpty() || !l.toLanguageTag().equalsIgnoreCase(tag)) {
      throw new InvalidRuleException(path, tag, "a BCP 47 language tag such as en or de-CH");
    }
  }
}
