package org.completecrm.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.completecrm.analytics.loyalty.LiabilityForecast;
import org.completecrm.analytics.loyalty.LiabilitySummary;
import org.completecrm.analytics.loyalty.RunOffPeriod;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.loyalty.LoyaltyProgramme;
import org.completecrm.core.loyalty.PointsLot;
import org.completecrm.core.loyalty.TierStanding;
import org.completecrm.examples.loyalty.LoyaltyBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm loyalty}: every member's balance, points expiring next, tier (with the figures that
 * decided it) and expected redemption as of an instant, as CSV; the programme's liability per
 * tier and household and its run-off, as JSON.
 */
@Command(
    name = "loyalty",
    mixinStandardHelpOptions = true,
    description = {
        "Balances, tiers and expected redemption of a loyalty programme's members as of an instant (CSV), "
            + "and the programme's liability, breakage and run-off (JSON).",
        "Ledger CSV columns: member,at,kind,points and optionally spend (earn rows), household, entry_id.",
        "Kinds: EARN, BONUS, ADJUST, TRANSFER_IN, REDEEM, TRANSFER_OUT. Expiry is derived, never a row.",
        "Values CSV (from 'crm score'): customer_id,p_alive,expected_purchases and optionally clv, profit."},
    footer = {"", "Example:",
        "  crm loyalty --programme programme.json --ledger ledger.csv \\",
        "      --at 2026-12-31T00:00:00Z --values scores.csv"})
final class LoyaltyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--programme", required = true, paramLabel = "FILE", description = "The programme (JSON).")
  Path programme;

  @Option(names = "--ledger", required = true, paramLabel = "FILE", description = "The points ledger (CSV).")
  Path ledger;

  @Option(names = "--at", required = true, paramLabel = "INSTANT", description = "The instant, e.g. 2026-12-31T00:00:00Z.")
  Instant at;

  @picocli.CommandLine.Mixin DelimiterOption delimiter;

  @Option(names = "--values", paramLabel = "FILE",
      description = "Value scores per member (CSV from 'crm score'): P(alive), expected purchases, CLV, profit.")
  Path values;

  @Option(names = "--horizon", paramLabel = "WEEKS", defaultValue = "52",
      description = "Horizon in weeks of expected_purchases in --values (default: ${DEFAULT-VALUE}).")
  double horizon;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the members' CSV here instead of standard output.")
  Path out;

  @Option(names = "--liability", paramLabel = "FILE", defaultValue = "liability.json",
      description = "Where to write the liability summary JSON (default: ${DEFAULT-VALUE}).")
  Path liability;

  @Override
  public Integer call() {
    Instant instant = at;
    LoyaltyProgramme p = DecideCommand.read(programme, LoyaltyProgramme.class);
    LoyaltyBook.Inputs inputs = LoyaltyCsv.read(ledger, values, delimiter.delimiter, p);
    LoyaltyBook book = LoyaltyBook.at(p, inputs, instant, horizon);
    writeMembers(book);
    try {
      Files.writeString(liability, CrmJson.writePretty(summary(book)) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private void writeMembers(LoyaltyBook book) {
    StringBuilder sb = new StringBuilder(
        "member,household,balance,expiring_next_points,expiring_next_at,tier,tier_basis,tier_reason,expected_redemption,"
            + "expected_breakage,liability\n");
    LiabilityForecast f = book.liability();
    double pointValue = f.pointValue();
    for (int i = 0; i < book.statements().memberCount(); i++) {
      long balance = book.statements().balance(i);
      TierStanding t = book.tier(i);
      PointsLot next = book.statements().lotCount(i) == 0 ? null : book.statement(i).expiringNext().orElse(null);
      double expected = f.expectedRedemption(i);
      sb.append(ValueCsv.cell(book.statements().member(i).value())).append(',')
          .append(book.household(i).map(h -> ValueCsv.cell(h.value())).orElse("")).append(',')
          .append(balance).append(',')
          .append(next == null ? "0" : Long.toString(next.points())).append(',')
          .append(next == null ? "" : next.expiresAt().toString()).append(',')
          .append(ValueCsv.cell(t.tier())).append(',')
          .append(t.basis()).append(',')
          .append(ValueCsv.cell(t.words())).append(',')
          .append(ValueCsv.number(expected)).append(',')
          .append(ValueCsv.number(balance - expected)).append(',')
          .append(ValueCsv.number(expected * pointValue)).append('\n');
    }
    SummaryCommand.write(spec, out, sb.toString());
  }

  /** The liability summary as ordered JSON fields. */
  static Map<String, Object> summary(LoyaltyBook book) {
    LiabilityForecast f = book.liability();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("programme", book.programme().id());
    json.put("at", f.at().toString());
    json.put("currency", f.currency().getCurrencyCode());
    json.put("pointValue", f.pointValue());
    json.put("redemptionPropensity", Map.of("alpha", f.propensity().alpha(), "beta", f.propensity().beta(),
        "mean", f.propensity().mean()));
    json.put("purchaseOutlook", book.outlookSource());
    json.put("total", figures(f.programme()));
    Map<String, Object> tiers = new LinkedHashMap<>();
    book.programme().tiers().forEach(t -> {
      LiabilitySummary s = f.byTier().get(t.id());
      if (s != null) {
        tiers.put(t.id(), figures(s));
      }
    });
    json.put("byTier", tiers);
    Map<String, Object> households = new TreeMap<>();
    f.byHousehold().forEach((h, s) -> households.put(h.value(), figures(s)));
    json.put("byHousehold", households);
    json.put("runOff", f.runOff().stream().map(LoyaltyCommand::period).toList());
    return json;
  }

  private static Map<String, Object> figures(LiabilitySummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("members", s.members());
    m.put("outstandingPoints", s.outstandingPoints());
    m.put("expectedRedemption", round(s.expectedRedemption()));
    m.put("expectedBreakage", round(s.expectedBreakage()));
    m.put("breakageRate", Math.round(s.breakageRate() * 1e4) / 1e4);
    m.put("liability", round(s.liability()));
    return m;
  }

  private static Map<String, Object> period(RunOffPeriod p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", p.from().toString());
    m.put("until", p.until().toString());
    m.put("expectedRedemption", round(p.expectedRedemption()));
    m.put("expectedBreakage", round(p.expectedBreakage()));
    m.put("liabilityAtEnd", round(p.liabilityAtEnd()));
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
