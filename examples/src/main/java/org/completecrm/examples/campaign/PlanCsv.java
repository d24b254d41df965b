package org.completecrm.examples.campaign;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import org.completecrm.rules.campaign.CampaignPlan;
import org.completecrm.rules.campaign.PlanLine;

/**
 * A campaign plan as CSV, one line per customer in order of customer id, as {@code crm campaign}
 * and the Spark job write it: {@value #HEADER}, the expected value with four decimals, the
 * action, channel and send instant empty for a customer left out.
 */
public final class PlanCsv {
  /** The header line. */
  public static final String HEADER = "customer_id,household_id,action_id,channel,send_at,expected_value,reason";

  private PlanCsv() {}

  /** Writes the header and every line of {@code plan} to {@code to}, and flushes (the caller closes it). */
  public static void write(CampaignPlan plan, Writer to) {
    PrintWriter w = to instanceof PrintWriter p ? p : new PrintWriter(new BufferedWriter(to, 1 << 16));
    w.print(HEADER);
    w.print('\n');
    for (PlanLine l : plan.lines()) {
      w.print(row(l));
      w.print('\n');
    }
    w.flush();
  }

  /** One line of the plan as a row of the CSV, without the line break. */
  public static String row(PlanLine l) {
    StringBuilder b = new StringBuilder(200);
    b.append(l.customer().value()).append(',');
    b.append(l.household().map(h -> h.value()).orElse("")).append(',');
    b.append(l.action().map(a -> a.value()).orElse("")).append(',');
    b.append(l.channel().map(Enum::name).orElse("")).append(',');
    b.append(l.sendAt().map(Instant::toString).orElse("")).append(',');
    b.append(l.expectedValue().isPresent() ? String.format(Locale.ROOT, "%.4f", l.expectedValue().getAsDouble()) : "");
    b.append(',').append(quoted(l.reason()));
    return b.toString();
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, with quotes doubled. */
  static String quoted(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
