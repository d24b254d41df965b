package org.completecrm.analytics.voice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.SurveyKind;

/**
 * NPS and CSAT with confidence intervals, overall and per segment, channel, team and topic, and
 * response-bias warnings: pure functions of the answers, the interactions they are about, the
 * customers' segments and who was asked.
 *
 * <p>Every answer counts once in each group it belongs to (a customer who answers twice counts
 * twice, as in transactional surveys; pass one answer per customer for a relationship survey). An
 * answer's channel and team are those of the {@link Interaction} its {@link
 * FeedbackReceived#about()} names. Results do not depend on the order of any input.
 */
public final class FeedbackAnalysis {
  /** The segment name of customers who have no segment label. */
  public static final String UNSEGMENTED = "(unsegmented)";

  private FeedbackAnalysis() {}

  /** The NPS of the NPS answers among {@code feedback}, if there is any. */
  public static Optional<NpsEstimate> nps(Collection<FeedbackReceived> feedback, double confidence) {
    Tally t = new Tally();
    Checks.noNulls(Checks.present(feedback, "FeedbackAnalysis.feedback"), "FeedbackAnalysis.feedback").forEach(t::add);
    return t.nps(confidence);
  }

  /** The CSAT of the CSAT answers among {@code feedback}, if there is any. */
  public static Optional<CsatEstimate> csat(Collection<FeedbackReceived> feedback, double confidence) {
    Tally t = new Tally();
    Checks.noNulls(Checks.present(feedback, "FeedbackAnalysis.feedback"), "FeedbackAnalysis.feedback").forEach(t::add);
    return t.csat(confidence);
  }

  /**
   * The full report.
   *
   * @param feedback the answers (NPS, CSAT and free text)
   * @param interactions interactions the answers may be about (others are ignored)
   * @param scores each customer's scores, whose {@link FeedbackOptions#segmentLabel()} names the
   *     segment; customers without it are {@link #UNSEGMENTED}
   * @param invited the customers who were asked for feedback, for response rates (may be empty)
   * @param options confidence level and warning thresholds
   */
  public static FeedbackReport report(
      Collection<FeedbackReceived> feedback,
      Collection<Interaction> interactions,
      Map<CustomerId, Scores> scores,
      Collection<CustomerId> invited,
      FeedbackOptions options) {
    Checks.noNulls(Checks.present(feedback, "FeedbackAnalysis.report.feedback"), "FeedbackAnalysis.report.feedback");
    Checks.noNulls(Checks.present(interactions, "FeedbackAnalysis.report.interactions"), "FeedbackAnalysis.report.interactions");
    Checks.noNulls(Checks.present(scores, "FeedbackAnalysis.report.scores"), "FeedbackAnalysis.report.scores");
    Checks.noNulls(Checks.present(invited, "FeedbackAnalysis.report.invited"), "FeedbackAnalysis.report.invited");
    Checks.present(options, "FeedbackAnalysis.report.options");

    Map<EventId, Interaction> byId = new HashMap<>();
    for (Interaction i : interactions) {
      Interaction earlier = byId.putIfAbsent(i.id(), i);
      if (earlier != null && !earlier.equals(i)) {
        throw new InvalidValueException("FeedbackAnalysis.report.interactions", i.id(), "one interaction per event id");
      }
    }
    Tally overall = new Tally();
    Map<Dimension, Map<String, Tally>> groups = new TreeMap<>();
    for (Dimension d : Dimension.values()) {
      groups.put(d, new TreeMap<>());
    }
    long unattributed = 0;
    Set<CustomerId> respondents = new HashSet<>();
    for (FeedbackReceived f : feedback) {
      overall.add(f);
      respondents.add(f.customer());
      groups.get(Dimension.SEGMENT).computeIfAbsent(segmentOf(f.customer(), scores, options), k -> new Tally()).add(f);
      f.topic().ifPresent(topic -> groups.get(Dimension.TOPIC).computeIfAbsent(topic, k -> new Tally()).add(f));
      Interaction about = f.about().map(byId::get).orElse(null);
      if (about == null) {
        unattributed++;
      } else {
        groups.get(Dimension.CHANNEL).computeIfAbsent(about.channel().name(), k -> new Tally()).add(f);
        about.team().ifPresent(team -> groups.get(Dimension.TEAM).computeIfAbsent(team.value(), k -> new Tally()).add(f));
      }
    }

    Map<String, long[]> rates = new TreeMap<>();
    long allInvited = 0;
    long allResponded = 0;
    for (CustomerId c : new TreeSet<>(invited)) {
      long[] r = rates.computeIfAbsent(segmentOf(c, scores, options), k -> new long[2]);
      r[0]++;
      allInvited++;
      if (respondents.contains(c)) {
        r[1]++;
        allResponded++;
      }
    }
    double overallRate = allInvited == 0 ? 0 : (double) allResponded / allInvited;
    for (String segment : rates.keySet()) {
      groups.get(Dimension.SEGMENT).computeIfAbsent(segment, k -> new Tally());
    }

    List<GroupFeedback> out = new ArrayList<>();
    List<ResponseBiasWarning> warnings = new ArrayList<>();
    for (Map.Entry<Dimension, Map<String, Tally>> d : groups.entrySet()) {
      for (Map.Entry<String, Tally> g : d.getValue().entrySet()) {
        Optional<ResponseRate> rate = Optional.empty();
        if (d.getKey() == Dimension.SEGMENT && rates.containsKey(g.getKey())) {
          long[] r = rates.get(g.getKey());
          rate = Optional.of(ResponseRate.of(r[0], r[1]));
          warning(g.getKey(), rate.get(), overallRate, options).ifPresent(warnings::add);
        }
        Tally t = g.getValue();
        out.add(new GroupFeedback(d.getKey(), g.getKey(), t.nps(options.confidence()), t.csat(options.confidence()),
            t.text, rate));
      }
    }
    return new FeedbackReport(overall.nps(options.confidence()), overall.csat(options.confidence()), out, warnings,
        unattributed);
  }

  private static Optional<ResponseBiasWarning> warning(
      String segment, ResponseRate rate, double overallRate, FeedbackOptions options) {
    List<String> reasons = new ArrayList<>();
    String answered = rate.responded() + " of " + rate.invited() + " customers asked answered (" + percent(rate.rate()) + ")";
    if (rate.rate() < options.minResponseRate()) {
      reasons.add(answered + ", below the minimum response rate of " + percent(options.minResponseRate()));
    }
    if (rate.rate() < options.minShareOfOverallRate() * overallRate) {
      reasons.add((reasons.isEmpty() ? answered + ", " : "and ") + "below " + percent(options.minShareOfOverallRate())
          + " of the overall response rate of " + percent(overallRate));
    }
    return reasons.isEmpty() ? Optional.empty() : Optional.of(new ResponseBiasWarning(segment, rate, overallRate, reasons));
  }

  private static String percent(double rate) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * rate);
  }

  private static String segmentOf(CustomerId c, Map<CustomerId, Scores> scores, FeedbackOptions options) {
    Scores s = scores.get(c);
    return s == null ? UNSEGMENTED : s.label(options.segmentLabel()).orElse(UNSEGMENTED);
  }

  /** Counts of one group's answers. */
  private static final class Tally {
    final long[] nps = new long[3];
    final long[] csat = new long[5];
    long text;

    void add(FeedbackReceived f) {
      if (f.survey() == SurveyKind.NPS) {
        int s = f.score().orElseThrow();
        nps[s >= 9 ? 0 : s >= 7 ? 1 : 2]++;
      } else if (f.survey() == SurveyKind.CSAT) {
        csat[f.score().orElseThrow() - 1]++;
      } else {
        text++;
      }
    }

    Optional<NpsEstimate> nps(double confidence) {
      return nps[0] + nps[1] + nps[2] == 0
          ? Optional.empty()
          : Optional.of(NpsEstimate.of(nps[0], nps[1], nps[2], confidence));
    }

    Optional<CsatEstimate> csat(double confidence) {
      long n = 0;
      for (long c : csat) {
        n += c;
      }
      return n == 0 ? Optional.empty() : Optional.of(CsatEstimate.of(csat.clone(), confidence));
    }
  }
}
