package org.completecrm.rules.explain;

import java.time.Duration;
import java.time.Instant;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.SurveyKind;
import org.completecrm.rules.response.Durations;

/**
 * No unsolicited contact after a detractor answer (NPS 0-6, CSAT 1-2) within the detractor window.
 *
 * @param purpose the purpose of the contact
 * @param survey the survey answered
 * @param score the score given
 * @param answeredAt when
 * @param window the detractor window
 */
public record DetractorFeedback(Purpose purpose, SurveyKind survey, int score, Instant answeredAt, Duration window)
    implements Reason {
  /** Validates the parts. */
  public DetractorFeedback {
    Checks.present(purpose, "DetractorFeedback.purpose");
    Checks.present(survey, "DetractorFeedback.survey");
    Checks.present(answeredAt, "DetractorFeedback.answeredAt");
    Checks.present(window, "DetractorFeedback.window");
  }

  @Override
  public Stage stage() {
    return Stage.CONTACT_POLICY;
  }

  @Override
  public String by() {
    return "policy:suppression.detractor";
  }

  @Override
  public String text() {
    return "No " + Words.of(purpose) + " contact: the customer gave " + survey + " " + score + " on "
        + org.completecrm.rules.explain.internal.Instants.iso(answeredAt) + ", a detractor score, within the last "
        + Durations.words(window) + ".";
  }
}
