package org.completecrm.examples.cli;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.completecrm.analytics.summary.SummaryUnit;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A horizon or a discount rate as the user wrote it: a number in the data's own time unit
 * ({@code 52}, {@code 0.01}), or with its unit ({@code 52w}, {@code 52 weeks}, {@code 365d};
 * {@code 0.0018/week}, {@code 0.0003/day}), converted to the data's unit before use, so that
 * {@code 52w} on a summary in days is 364 days, never 52.
 *
 * @param value the number written
 * @param unit the unit written with it, if any
 * @param text the text as written, for messages
 */
record InUnits(double value, Optional<SummaryUnit> unit, String text) {
  private static final String NUMBER = "([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,4})?)";
  private static final String UNIT = "(d|days?|w|weeks?)";
  private static final Pattern HORIZON = Pattern.compile(NUMBER + "\\s*(?:" + UNIT + ")?");
  private static final Pattern RATE = Pattern.compile(NUMBER + "(?:\\s*(?:/|per\\s+)\\s*" + UNIT + ")?");

  /** The horizon in periods of {@code data}. */
  double periodsIn(SummaryUnit data) {
    return unit.map(u -> value * u.days() / data.days()).orElse(value);
  }

  /** The discount rate per period of {@code data}, compounded: {@code (1 + r)^(data / unit) - 1}. */
  double ratePer(SummaryUnit data) {
    return unit.map(u -> Math.expm1(Math.log1p(value) * data.days() / u.days())).orElse(value);
  }

  /** Says what a value without a unit was taken to mean. */
  String assumed(SummaryUnit data) {
    return unit.isPresent() ? text : text + " " + data.name();
  }

  private static InUnits parse(Pattern pattern, String text, String expected) {
    Matcher m = pattern.matcher(text.trim());
    if (!m.matches() || text.length() > ValueCsv.MAX_NUMBER_LENGTH) {
      throw new TypeConversionException("expected " + expected + ", got '" + text + "'");
    }
    double v = Double.parseDouble(m.group(1));
    if (!Double.isFinite(v)) {
      throw new TypeConversionException("expected " + expected + ", got '" + text + "'");
    }
    Optional<SummaryUnit> unit = Optional.ofNullable(m.group(2))
        .map(u -> u.startsWith("d") ? SummaryUnit.DAYS : SummaryUnit.WEEKS);
    return new InUnits(v, unit, text);
  }

  /** Converts {@code --horizon}: {@code 52}, {@code 52w}, {@code 52 weeks}, {@code 365d}. */
  static final class Horizon implements ITypeConverter<InUnits> {
    @Override
    public InUnits convert(String text) {
      return parse(HORIZON, text, "a number of periods such as 52, or with its unit: 52w, 365d");
    }
  }

  /** Converts {@code --discount-rate}: {@code 0.01}, {@code 0.0018/week}, {@code 0.0003 per day}. */
  static final class Rate implements ITypeConverter<InUnits> {
    @Override
    public InUnits convert(String text) {
      return parse(RATE, text, "a rate per period such as 0.01, or per unit: 0.0018/week");
    }
  }
}
