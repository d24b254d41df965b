package org.completecrm.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.completecrm.core.timeline.SurveyKind;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of invalid input, kept apart from {@link CoreGen} so that a test's
 * intent shows in its generator's name. Each yields text or JSON that the model must reject with
 * an {@link org.completecrm.core.InvalidValueException}.
 */
public final class InvalidGen {
  private InvalidGen() {}

  /** Identifier texts every id rejects: blank, too long, or with control characters. */
  public static Gen<String> invalidIdTexts() {
    return CoreGen.oneOf(List.of(
        Generate.pick(List.of("", " ", "\t", "   \n ")),
        integers().between(201, 400).map("x"::repeat),
        Generate.pick(List.of("a\nb", "c-\u0000", "x\u0007y", "tab\there"))));
  }

  /** Texts that are not ISO 4217 currency codes. */
  public static Gen<String> invalidCurrencyCodes() {
    return Generate.pick(List.of("", "EU", "EURO", "eur", "XYZ1", "ABC", "€", "12"));
  }

  /** Texts that are not decimal amounts. */
  public static Gen<String> invalidAmounts() {
    return Generate.pick(List.of("", "abc", "12,30", "1.2.3", "NaN", "Infinity", "0x10", "1e", "--1", "1e999999999"));
  }

  /** Texts that are not e-mail addresses (no local part before an {@code @}). */
  public static Gen<String> invalidEmails() {
    return Generate.pick(List.of("alice", "@example.org", "alice.example.org", "   "));
  }

  /** Texts that are not ISO 3166-1 alpha-2 country codes. */
  public static Gen<String> invalidCountryCodes() {
    return Generate.pick(List.of("gb", "GBR", "G", "", "1A", "United Kingdom"));
  }

  /** Texts that are not BCP 47 language tags. */
  public static Gen<String> invalidLanguageTags() {
    return Generate.pick(List.of("", "e", "en_GB", "english language", "en--GB", "123"));
  }

  /** A survey and a score outside its range. */
  public record SurveyScore(SurveyKind survey, int score) {}

  /** Scores outside their survey's range: below 0 or above 10 for NPS, below 1 or above 5 for CSAT. */
  public static Gen<SurveyScore> outOfRangeSurveyScores() {
    Gen<SurveyScore> nps = CoreGen.oneOf(List.of(integers().between(-100, -1), integers().between(11, 100)))
        .map(s -> new SurveyScore(SurveyKind.NPS, s));
    Gen<SurveyScore> csat = CoreGen.oneOf(List.of(integers().between(-100, 0), integers().between(6, 100)))
        .map(s -> new SurveyScore(SurveyKind.CSAT, s));
    return CoreGen.oneOf(List.of(nps, csat));
  }

  /** Non-finite doubles (scores must be finite). */
  public static Gen<Double> nonFiniteDoubles() {
    return Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
  }
}
