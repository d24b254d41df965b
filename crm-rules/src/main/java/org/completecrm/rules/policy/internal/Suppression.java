package org.completecrm.rules.policy.internal;

import java.time.Duration;
import java.util.Optional;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.rules.condition.internal.Facts;
import org.completecrm.rules.explain.DetractorFeedback;
import org.completecrm.rules.explain.MarketingDuringComplaint;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.SuppressedByFlag;
import org.completecrm.rules.ruleset.PolicySettings;

/**
 * Suppression of marketing and research: a raised flag ({@code hardship}, {@code vulnerable},
 * {@code deceased} and the rule set's), an open complaint (marketing), a detractor answer (NPS
 * 0-6, CSAT 1-2) within the detractor window (90 days or longer).
 */
final class Suppression implements ContactPolicy.WholeContact {
  @Override
  public Optional<Reason> refuseEveryChannel(ProposedContact contact, PolicyMemo memo) {
    if (!contact.unsolicited()) {
      return Optional.empty();
    }
    return memo.suppression(contact.purpose(), Suppression::suppression); // a method reference made once, not per call
  }

  private static Optional<Reason> suppression(Purpose purpose, PolicyMemo memo) {
    Facts facts = memo.facts;
    PolicySettings settings = memo.settings;
    String flag = null; // the first suppressing flag in alphabetical order
    for (String f : facts.view().flags()) {
      if ((PolicySettings.BUILT_IN_SUPPRESSION_FLAGS.contains(f) || settings.suppressionFlags().contains(f))
          && (flag == null || f.compareTo(flag) < 0)) {
        flag = f;
      }
    }
    if (flag != null) {
      return Optional.of(new SuppressedByFlag(purpose, flag));
    }
    if (purpose == Purpose.MARKETING && !facts.openComplaints().isEmpty()) {
      ServiceCase c = facts.openComplaints().get(0);
      return Optional.of(new MarketingDuringComplaint(c.id(), c.openedAt()));
    }
    Optional<FeedbackReceived> fb = facts.view().latestFeedback();
    if (fb.isPresent() && fb.get().score().isPresent()) {
      FeedbackReceived f = fb.get();
      int s = f.score().get();
      boolean detractor = f.survey() == SurveyKind.NPS ? s <= PolicySettings.NPS_DETRACTOR_MAX
          : f.survey() == SurveyKind.CSAT && s <= PolicySettings.CSAT_DETRACTOR_MAX;
      Duration window = settings.effectiveDetractorWindow();
      if (detractor && !f.at().isAfter(facts.at()) && f.at().isAfter(facts.at().minus(window))) {
        return Optional.of(new DetractorFeedback(purpose, f.survey(), s, f.at(), window));
      }
    }
    return Optional.empty();
  }
}
