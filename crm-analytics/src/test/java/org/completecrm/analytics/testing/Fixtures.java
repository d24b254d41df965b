package org.completecrm.analytics.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.completecrm.analytics.cost.ActivityRate;
import org.completecrm.analytics.cost.RateCard;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.timeline.CaseKind;

/** Named fixtures for the analytics tests. */
public final class Fixtures {
  /** The euro. */
  public static final Currency EUR = Money.currency("EUR");
  /** When the e-mail rate changes in the fixture card. */
  public static final Instant RATE_CHANGE = Instant.parse("2024-07-01T00:00:00Z");

  private Fixtures() {}

  /** {@code amount} euros. */
  public static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), EUR);
  }

  /**
   * A retail bank's rate card: calls 0.85 a minute by phone and 0.70 on other channels, e-mails
   * 2.50 until July 2024 and 3.10 after, branch visits 12.40, statements 0.9 by post only, web
   * sessions 0.05 (the web's default activity), complaints 45.00 per case.
   */
  public static RateCard aRetailBankCard() {
    return RateCard.of(
        EUR,
        List.of(
            ActivityRate.of("inbound-call", "minute", eur("0.85")).on(Channel.PHONE),
            ActivityRate.of("inbound-call", "minute", eur("0.70")),
            ActivityRate.of("email-handled", "occurrence", eur("2.50")).during(Instant.parse("2020-01-01T00:00:00Z"), RATE_CHANGE),
            ActivityRate.of("email-handled", "occurrence", eur("3.10")).startingAt(RATE_CHANGE),
            ActivityRate.of("branch-visit", "occurrence", eur("12.40")),
            ActivityRate.of("statement-posted", "occurrence", eur("0.9")).on(Channel.POST),
            ActivityRate.of("web-session", "occurrence", eur("0.05")),
            ActivityRate.of("complaint-handled", "occurrence", eur("45.00"))),
        Map.of(Channel.WEB, "web-session"),
        Map.of(CaseKind.COMPLAINT, "complaint-handled"));
  }
}
