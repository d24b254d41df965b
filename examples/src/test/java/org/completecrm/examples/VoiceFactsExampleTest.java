package org.completecrm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.completecrm.rules.explain.Decision;
import org.junit.jupiter.api.Test;

/** The voice-facts example: rules on votes, market prices and segment CSAT, as of each instant. */
class VoiceFactsExampleTest {
  private static List<String> chosen(Decision d) {
    return d.actions().stream().map(a -> a.action().value()).collect(Collectors.toList());
  }

  @Test
  void theEveSeesTheMarketAndTheDaySeesTheIdeasDecided() {
    StringWriter text = new StringWriter();
    Map<String, Decision> d = VoiceFactsExample.run(new PrintWriter(text));
    assertEquals(18, d.size());
    // The eve: the call-back's market price is above one half; only those who voted for it are asked.
    assertEquals(List.of("call-back-preview"), chosen(d.get("c-01 eve")));
    assertEquals(List.of("market-favours-their-idea"), d.get("c-08 eve").rulesFired());
    assertTrue(d.get("c-06 eve").rulesFired().isEmpty(), "c-06 did not vote for the call-back");
    // No idea is done or declined yet on the eve: the decisions do not see the next day.
    d.forEach((k, v) -> {
      if (k.endsWith("eve")) {
        assertTrue(!v.rulesFired().contains("their-idea-is-live") && !v.rulesFired().contains("their-idea-was-declined"), k);
      }
    });
    // The day: the market is resolved (no price), the call-back is done and plain bills declined.
    d.forEach((k, v) -> {
      if (k.endsWith("day")) {
        assertTrue(!v.rulesFired().contains("market-favours-their-idea"), k);
      }
    });
    assertEquals(List.of("delivered-follow-up"), chosen(d.get("c-01 day")));
    // Retail's segment CSAT is 0%: the delivered follow-up is not proposed, the declined idea is explained.
    assertEquals(List.of("declined-explained"), chosen(d.get("c-03 day")));
    assertTrue(d.get("c-08 day").rulesFired().isEmpty());
    assertTrue(text.toString().contains("call-back price 0.923, segment CSAT -"), text.toString());
  }
}
