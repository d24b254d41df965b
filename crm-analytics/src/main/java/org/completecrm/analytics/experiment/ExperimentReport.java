package org.completecrm.analytics.experiment;

import java.util.List;
import java.util.Locale;

/**
 * The analysis of one experiment: each arm's results and each uplift (every arm against the
 * control group, every challenger against the champion).
 *
 * @param experiment the experiment's id
 * @param arms the arms, in the order of their names
 * @param uplifts the uplifts
 */
public record ExperimentReport(String experiment, List<ArmSummary> arms, List<Uplift> uplifts) {
  /** Copies the lists. */
  public ExperimentReport {
    arms = List.copyOf(arms);
    uplifts = List.copyOf(uplifts);
  }

  /** The report in words, one line per arm and per uplift. */
  public String words() {
    StringBuilder s = new StringBuilder("Experiment " + experiment + "\n");
    for (ArmSummary a : arms) {
      s.append(String.format(Locale.ROOT, "  %s (%s): %,d customers, %,d responded, rate %.2f%% %s, value per customer %.2f %s%n",
          a.arm(), a.role().name().toLowerCase(Locale.ROOT), a.customers(), a.responders(), 100 * a.responseRate(),
          percent(a.responseInterval()), a.valuePerCustomer(), a.valueInterval().words(2)));
    }
    for (Uplift u : uplifts) {
      s.append(String.format(Locale.ROOT, "  %s against %s: response rate %+.2f points %s, value per customer %+.2f %s; %s%n",
          u.arm(), u.against(), 100 * u.responseRate(), percent(u.responseInterval()), u.valuePerCustomer(),
          u.valueInterval().words(2), u.responseInterval().excludesZero()
              ? "the difference in response is significant at 5%" : "no significant difference in response at 5%"));
    }
    return s.toString();
  }

  private static String percent(ConfidenceInterval i) {
    return String.format(Locale.ROOT, "[%.2f, %.2f]", 100 * i.low(), 100 * i.high());
  }
}
