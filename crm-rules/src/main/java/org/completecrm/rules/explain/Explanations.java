package org.completecrm.rules.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.completecrm.core.Checks;

/**
 * Explanations for staff in the language the host chooses: each structured {@link Reason} written
 * as a sentence in English ({@link Reason#text()}) or German. Other languages fall back to English
 * ({@link #language()} says which is used). Data a reason quotes (a rule's description, an
 * action's name, a consent entry) stays as it was given; a host's own {@link StatedReason} keeps
 * its words.
 */
public final class Explanations {
  private final Locale language;

  private Explanations(Locale language) {
    this.language = language;
  }

  /** Explanations in {@code locale}'s language: German for {@code de}, English otherwise. */
  public static Explanations in(Locale locale) {
    Checks.present(locale, "Explanations.in.locale");
    return new Explanations("de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH);
  }

  /** The language the sentences are written in: English or German. */
  public Locale language() {
    return language;
  }

  /** The reason's sentence. */
  public String text(Reason reason) {
    Checks.present(reason, "Explanations.text.reason");
    return language == Locale.GERMAN ? German.text(reason) : reason.text();
  }

  /** Why the action was chosen, in one paragraph. */
  public String explain(ChosenAction action) {
    Checks.present(action, "Explanations.explain.action");
    return text(action.why());
  }

  /** Why the candidate was kept or dropped: the decisive reason. */
  public String explain(CandidateOutcome candidate) {
    Checks.present(candidate, "Explanations.explain.candidate");
    return text(candidate.decisive());
  }

  /** Every chosen action's and every dropped candidate's explanation, one line each, in decision order. */
  public List<String> lines(Decision decision) {
    Checks.present(decision, "Explanations.lines.decision");
    List<String> out = new ArrayList<>();
    for (ChosenAction a : decision.actions()) {
      out.add(a.rank() + ". " + explain(a));
    }
    for (CandidateOutcome c : decision.candidates()) {
      if (!c.kept()) {
        out.add((language == Locale.GERMAN ? "nicht " : "not ") + c.action() + " (" + c.stage() + ", " + c.decisive().by()
            + "): " + explain(c));
      }
    }
    return out;
  }
}
