package org.completecrm.rules.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.EffectiveConsent;

/** The words reasons are written in: channels, purposes, counts and fixed-point numbers. */
final class Words {
  private Words() {}

  /** A channel in plain words: {@code APP_PUSH} is "app push", {@code EMAIL} "e-mail", {@code SMS} "SMS". */
  static String of(Channel c) {
    return switch (c) {
      case EMAIL -> "e-mail";
      case SMS -> "SMS";
      case APP_PUSH -> "app push";
      default -> c.name().toLowerCase(Locale.ROOT);
    };
  }

  /** A purpose in plain words: {@code MARKETING} is "marketing". */
  static String of(Purpose p) {
    return p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** What decides by consent: {@code "consent:EMAIL/MARKETING"}. */
  static String consentBy(Channel ch, Purpose purpose) {
    return "consent:" + ch + "/" + purpose;
  }

  /** The consent in a sentence, or "not needed" when no consent was read. */
  static String consent(Optional<EffectiveConsent> c) {
    return c.isPresent() ? c.get().describe() : "not needed";
  }

  /** {@code n} and the noun, plural unless {@code n} is 1: "1 time", "3 times". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * {@code v} rounded half-up to {@code decimals} places, as {@code "12.3400"}, from its shortest
   * decimal form as {@link Double#toString} writes it (so 1.005 is "1.01", as {@code String.format}
   * gives); non-finite values as Java writes them.
   */
  static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  /** A whole number without decimals, any other with two: "143", "0.60". */
  static String amount(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : fixed(v, 2);
  }
}
