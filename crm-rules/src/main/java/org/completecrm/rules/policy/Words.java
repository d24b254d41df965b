package org.completecrm.rules.policy;

import java.util.Locale;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.internal.Instants;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;

/** The words the contact policies write: channels and purposes in plain words, and what decides by consent. */
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

  /**
   * No consent for {@code c}'s channel and purpose: in the customer's session on it ({@code
   * session}), outbound now ({@code later} null), or outbound at {@code later}, after the quiet hours.
   */
  static Reason noConsent(EffectiveConsent c, boolean session, java.time.Instant later) {
    Channel ch = c.channel();
    return Reason.worded(Stage.CONTACT_POLICY, consentBy(ch, c.purpose()), () -> "No " + of(c.purpose())
        + " contact " + (session ? "in this " + of(ch) + " session" : "on " + of(ch))
        + (later == null ? "" : " at " + Instants.iso(later) + " after the quiet hours") + ": consent " + c.describe() + ".");
  }
}
