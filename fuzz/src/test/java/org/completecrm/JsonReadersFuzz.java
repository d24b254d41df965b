package org.completecrm;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.util.List;
import org.completecrm.core.identity.ColumnMapping;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;
import org.junit.jupiter.api.AfterAll;

/**
 * The JSON readers under fuzzed documents: rule sets (then compiled and decided with), decision
 * contexts, identity mappings and match models. Seeds: {@code JsonReadersFuzzInputs/}.
 */
class JsonReadersFuzz {
  private static final FuzzReport REPORT = new FuzzReport("JSON readers (rule sets, contexts, mappings, models)");
  private static final List<Class<?>> TYPES = List.of(RuleSet.class, DecisionContext.class, ColumnMapping.class,
      MatchModel.class);
  private static final Instant AT = Instant.parse("2026-11-23T10:15:00Z");
  private static final RuleSet SAMPLE_RULES = sample("rules/rules.json", RuleSet.class);
  private static final DecisionContext SAMPLE_CONTEXT = sample("rules/context.json", DecisionContext.class);

  /** A sample file of the {@code crm} tool, which every fuzzed rule set or context is decided with. */
  private static <T> T sample(String resource, Class<T> type) {
    try (var in = JsonReadersFuzz.class.getClassLoader().getResourceAsStream(resource)) {
      return CrmJson.read(in, type);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readersRefuseWithATypedErrorOrRead(FuzzedDataProvider data) {
    Class<?> type = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
    String json = data.consumeRemainingAsString();
    REPORT.run(() -> {
      Object value = CrmJson.read(json, type);
      if (value instanceof DecisionContext context) {
        context.decide(SAMPLE_RULES, AT);
      } else if (value instanceof RuleSet rules) {
        SAMPLE_CONTEXT.decide(rules, AT);
      }
      CrmJson.read(CrmJson.write(value), type);
    });
  }

  @AfterAll
  static void report() {
    REPORT.write();
  }
}
