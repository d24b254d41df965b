package org.completecrm.core.preference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.Checks;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.ConsentStatus;
import org.completecrm.core.consent.LegalBasis;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.Verification;
import org.completecrm.core.interest.TopicAction;
import org.completecrm.core.interest.TopicEntry;
import org.completecrm.core.preference.SelfServiceRequest.Confirm;
import org.completecrm.core.preference.SelfServiceRequest.Interest;
import org.completecrm.core.preference.SelfServiceRequest.OptIn;
import org.completecrm.core.preference.SelfServiceRequest.OptOut;
import org.completecrm.core.preference.SelfServiceRequest.RequestErasure;
import org.completecrm.core.preference.SelfServiceRequest.RequestExport;
import org.completecrm.core.preference.SelfServiceRequest.SetQuietHours;
import org.completecrm.core.preference.SelfServiceRequest.TopicOptOut;
import org.completecrm.core.preference.SelfServiceRequest.Unsubscribe;

/**
 * The preference centre as a pure function: {@link #handle} turns a self-service request into
 * ledger entries (source and evidence from the {@link Session}) or a refusal with reasons.
 *
 * <p>Rules. Opting out (of a channel, a purpose or a topic) and unsubscribing are never refused, whoever asks (a one-click unsubscribe
 * link must work). Everything else needs a session through one of the customer's verified contact
 * points. An opt-in for one contact point needs it to be the customer's and not known to fail; if
 * it is not verified yet, the entry is a double opt-in {@code REQUESTED} (pending, never consent)
 * until the customer confirms. A confirmation needs a pending request. Export and erasure are
 * accepted as a {@link PreferenceOutcome.DataRequest} for the host to carry out.
 */
public final class PreferenceCentre {
  /** The purposes an unsubscribe from a channel ends. */
  public static final List<Purpose> UNSUBSCRIBED = List.of(Purpose.MARKETING, Purpose.RESEARCH);

  private PreferenceCentre() {}

  /**
   * The outcome of {@code request} made in {@code session} by {@code customer}, whose ledger and
   * preferences are given.
   *
   * @throws InvalidValueException if the ledger is another customer's
   */
  public static PreferenceOutcome handle(Customer customer, ConsentLedger ledger, ChannelPreferences preferences,
      SelfServiceRequest request, Session session) {
    Checks.present(customer, "PreferenceCentre.customer");
    Checks.present(ledger, "PreferenceCentre.ledger");
    Checks.present(preferences, "PreferenceCentre.preferences");
    Checks.present(request, "PreferenceCentre.request");
    Checks.present(session, "PreferenceCentre.session");
    if (!ledger.customer().equals(customer.id())) {
      throw new InvalidValueException("PreferenceCentre.ledger.customer", ledger.customer(), "the customer " + customer.id());
    }
    if (request instanceof OptOut o) {
      return PreferenceOutcome.entries(List.of(entry(customer, o.channel(), o.purpose(), o.contactPoint(),
          ConsentAction.WITHDRAWN, session)));
    }
    if (request instanceof Unsubscribe u) {
      List<ConsentEntry> out = new ArrayList<>();
      UNSUBSCRIBED.forEach(p -> out.add(entry(customer, u.channel(), p, Optional.empty(), ConsentAction.WITHDRAWN, session)));
      return PreferenceOutcome.entries(out);
    }
    if (request instanceof TopicOptOut t && t.optedOut()) {
      return PreferenceOutcome.topic(topic(customer, t.topic(), TopicAction.OPTED_OUT, session));
    }
    Optional<ContactPoint> via = find(customer, session.via());
    if (via.isEmpty() || via.get().verification() != Verification.VERIFIED) {
      return PreferenceOutcome.refused("the request came through a contact point that is not a verified contact point"
          + " of the customer; only opting out is possible without one");
    }
    if (request instanceof OptIn o) {
      ConsentAction action = ConsentAction.GRANTED;
      if (o.contactPoint().isPresent()) {
        Optional<ContactPoint> point = find(customer, o.contactPoint().get());
        if (point.isEmpty()) {
          return PreferenceOutcome.refused("the contact point is not one of the customer's");
        }
        if (point.get().verification() == Verification.FAILED) {
          return PreferenceOutcome.refused("the contact point is known not to reach the customer");
        }
        if (point.get().verification() == Verification.UNVERIFIED) {
          action = ConsentAction.REQUESTED;
        }
      }
      return PreferenceOutcome.entries(List.of(entry(customer, o.channel(), o.purpose(), o.contactPoint(), action, session)));
    }
    if (request instanceof Confirm c) {
      ConsentStatus status = c.contactPoint()
          .map(p -> ledger.effective(c.channel(), c.purpose(), p, session.at()))
          .orElseGet(() -> ledger.effective(c.channel(), c.purpose(), session.at())).status();
      if (status != ConsentStatus.PENDING_CONFIRMATION) {
        return PreferenceOutcome.refused("nothing is waiting for confirmation on " + c.channel() + "/" + c.purpose());
      }
      return PreferenceOutcome.entries(List.of(entry(customer, c.channel(), c.purpose(), c.contactPoint(),
          ConsentAction.CONFIRMED, session)));
    }
    if (request instanceof TopicOptOut t) {
      return PreferenceOutcome.topic(topic(customer, t.topic(), TopicAction.OPTED_IN, session));
    }
    if (request instanceof Interest i) {
      return PreferenceOutcome.topic(topic(customer, i.topic(),
          i.interested() ? TopicAction.INTERESTED : TopicAction.NOT_INTERESTED, session));
    }
    if (request instanceof SetQuietHours q) {
      ChannelPreferences next = ChannelPreferences.builder().from(preferences).quietHours(q.quietHours()).build();
      return new PreferenceOutcome(true, List.of(), List.of(), Optional.of(next), Optional.empty(), List.of());
    }
    PreferenceOutcome.DataRequest data = request instanceof RequestExport
        ? PreferenceOutcome.DataRequest.EXPORT : PreferenceOutcome.DataRequest.ERASURE;
    if (!(request instanceof RequestExport || request instanceof RequestErasure)) {
      throw new InvalidValueException("PreferenceCentre.request", request.getClass().getSimpleName(), "a known request");
    }
    return new PreferenceOutcome(true, List.of(), List.of(), Optional.empty(), Optional.of(data), List.of());
  }

  private static ConsentEntry entry(Customer customer, Channel channel, Purpose purpose, Optional<String> contactPoint,
      ConsentAction action, Session session) {
    return ConsentEntry.builder().customer(customer.id()).channel(channel).purpose(purpose).action(action)
        .recordedAt(session.at()).contactPoint(contactPoint)
        .legalBasis(action == ConsentAction.WITHDRAWN ? Optional.empty() : Optional.of(LegalBasis.CONSENT))
        .source(session.source()).evidence(session.evidence()).build();
  }

  private static TopicEntry topic(Customer customer, String topic, TopicAction action, Session session) {
    return TopicEntry.builder().customer(customer.id()).topic(topic).action(action).recordedAt(session.at())
        .source(session.source()).evidence(session.evidence()).build();
  }

  private static Optional<ContactPoint> find(Customer customer, String value) {
    String v = value.trim();
    return customer.contactPoints().stream().filter(p -> p.value().trim().equalsIgnoreCase(v)).findFirst();
  }
}
