package org.completecrm.rules.explain;

import java.time.Duration;
import java.util.Locale;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.timeline.OfferResponse;
import org.completecrm.rules.explain.internal.Instants;

/**
 * The sentences of every kind of reason in German, for staff who read German. Data the reason
 * holds (a rule's description, a consent entry's description, an action's name) is quoted as
 * given.
 */
final class German {
  private German() {}

  static String of(Channel c) {
    return switch (c) {
      case EMAIL -> "E-Mail";
      case SMS -> "SMS";
      case APP_PUSH -> "App-Push";
      case PHONE -> "Telefon";
      case POST -> "Post";
      case BRANCH -> "Filiale";
      case WEB -> "Website";
      default -> c.name().toLowerCase(Locale.ROOT);
    };
  }

  static String of(Purpose p) {
    return switch (p) {
      case MARKETING -> "Werbe";
      case SERVICE -> "Service";
      case TRANSACTIONAL -> "Transaktions";
      case RESEARCH -> "Umfrage";
    };
  }

  static String duration(Duration d) {
    long days = d.toDays();
    long hours = d.minusDays(days).toHours();
    String out = days > 0 ? days + (days == 1 ? " Tag" : " Tage") : "";
    if (hours > 0 || days == 0) {
      out += (out.isEmpty() ? "" : " ") + hours + (hours == 1 ? " Stunde" : " Stunden");
    }
    return out;
  }

  static String member(int position, HouseholdRole role) {
    String r = switch (role) {
      case PRIMARY -> "Hauptperson";
      case PARTNER -> "Partner/in";
      case DEPENDANT -> "Angehörige/r";
      case OTHER -> "weiteres Mitglied";
    };
    return "Mitglied " + position + " (" + r + ")";
  }

  static String text(Reason r) {
    if (r instanceof RuleProposed x) {
      return "Vorgeschlagen von Regel " + x.rule() + x.description().map(d -> " (" + d + ")").orElse("") + ".";
    } else if (r instanceof RuleSuppressed x) {
      return "Unterdrückt von Regel " + x.rule() + ": " + x.because() + ".";
    } else if (r instanceof ActionConditionFailed x) {
      return switch (x.stage()) {
        case ELIGIBILITY -> "Der Kunde ist für " + x.name() + " nicht berechtigt (die Berechtigungsbedingung gilt nicht).";
        case APPLICABILITY -> x.name() + " passt jetzt nicht (die Anwendbarkeitsbedingung gilt nicht).";
        default -> x.name() + " liegt jetzt nicht im Interesse des Kunden (die Eignungsbedingung gilt nicht).";
      };
    } else if (r instanceof NotYetAvailable x) {
      return x.name() + " ist erst ab " + Instants.iso(x.validFrom()) + " erhältlich.";
    } else if (r instanceof AvailabilityEnded x) {
      return x.name() + " war nur bis " + Instants.iso(x.validUntil()) + " erhältlich.";
    } else if (r instanceof AlreadyAccepted x) {
      return "Der Kunde hat " + x.name() + " am " + Instants.iso(x.acceptedAt()) + " bereits angenommen.";
    } else if (r instanceof UpsellDuringComplaint x) {
      return "Kein Zusatzverkauf, solange die Beschwerde " + x.complaint() + " offen ist.";
    } else if (r instanceof UpsellWhileValueFalls x) {
      return "Kein Zusatzverkauf, solange der Kundenwert fällt (Trend " + Words.fixed(x.trend(), 2) + ").";
    } else if (r instanceof BeyondMaxActions x) {
      return "Die Entscheidung hat bereits ihre " + x.max() + " Aktion" + (x.max() == 1 ? "" : "en") + "; diese stand auf Rang "
          + x.position() + ".";
    } else if (r instanceof PresentationLimitReached x) {
      return "In den letzten " + duration(x.window()) + " bereits " + x.presented() + "-mal angeboten (Grenze " + x.max() + ").";
    } else if (r instanceof Ranking x) {
      return "Rang " + x.position() + " mit Punktzahl " + Words.fixed(x.score(), 4) + " (Neigung " + Words.fixed(x.propensity(), 2)
          + ", Wert " + Words.amount(x.value()) + ", Hebel " + Words.amount(x.lever()) + ")"
          + (x.serviceFirst() ? "; Service zuerst, weil der Kunde ein offenes Problem hat." : ".");
    } else if (r instanceof SuppressedByFlag x) {
      return "Kein " + of(x.purpose()) + "kontakt: beim Kunden ist das Kennzeichen '" + x.flag() + "' gesetzt.";
    } else if (r instanceof MarketingDuringComplaint x) {
      return "Keine Werbung, solange die Beschwerde " + x.complaint() + " (seit " + Instants.iso(x.openedAt()) + ") offen ist.";
    } else if (r instanceof DetractorFeedback x) {
      return "Kein " + of(x.purpose()) + "kontakt: der Kunde gab am " + Instants.iso(x.answeredAt()) + " " + x.survey() + " "
          + x.score() + ", eine kritische Bewertung in den letzten " + duration(x.window()) + ".";
    } else if (r instanceof CoolingDown x) {
      return "Der Kunde hat " + x.offer() + " am " + Instants.iso(x.turnedDownAt()) + " abgelehnt; erst ab "
          + Instants.iso(x.until()) + " wieder anzubieten (Sperrfrist " + duration(x.coolDown()) + ").";
    } else if (r instanceof NoChannels) {
      return "Die Aktion hat keinen Kanal.";
    } else if (r instanceof NotAnOutboundChannel x) {
      return of(x.channel()) + " ist kein Kanal für ausgehende Kontakte.";
    } else if (r instanceof QuietAllDay x) {
      return of(x.channel()) + ": die Ruhezeiten gelten den ganzen Tag.";
    } else if (r instanceof ConsentRefused x) {
      return "Kein " + of(x.consent().purpose()) + "kontakt " + (x.inSession() ? "in dieser Sitzung" : "per " + of(x.consent().channel()))
          + x.afterQuietHours().map(t -> " um " + Instants.iso(t) + " nach den Ruhezeiten").orElse("")
          + ": Einwilligung " + x.consent().describe() + ".";
    } else if (r instanceof CustomerFrequencyReached x) {
      return "Der Kunde wünscht höchstens " + x.asked().maxContacts() + " Kontakte in " + duration(x.asked().window()) + "; "
          + x.count() + " liegen bereits in einem solchen Zeitraum.";
    } else if (r instanceof CapReached x) {
      return "Obergrenze '" + x.cap().id() + "' erreicht: " + x.count() + " Kontakte liegen bereits im Zeitraum.";
    } else if (r instanceof ChannelVolumeReached x) {
      return "Diese Entscheidung hat bereits " + x.planned() + " Kontakt" + (x.planned() == 1 ? "" : "e") + " per "
          + of(x.channel()) + " (Grenze " + x.max() + ").";
    } else if (r instanceof InCustomerSession x) {
      return x.consent().isPresent() ? "Jetzt in der Sitzung des Kunden (" + of(x.channel()) + "); Einwilligung "
          + x.consent().get().describe() + "." : "Jetzt in der Sitzung des Kunden (" + of(x.channel())
          + "): der Kunde hat sie begonnen, für " + of(x.purpose()) + "kontakt ist keine Einwilligung nötig.";
    } else if (r instanceof ContactNow x) {
      return of(x.channel()) + " jetzt: Einwilligung " + x.consent().map(c -> c.describe()).orElse("nicht nötig")
          + "; außerhalb der Ruhezeiten und Obergrenzen.";
    } else if (r instanceof DeferredForQuietHours x) {
      return of(x.channel()) + " verschoben auf " + Instants.iso(x.sendAt()) + ": Ruhezeiten " + x.quietHours().start() + "-"
          + x.quietHours().end() + " (" + x.quietHours().zone() + ").";
    } else if (r instanceof ChosenBecause x) {
      return x.name() + ": " + text(x.proposed()) + " " + text(x.ranked()) + " " + text(x.allowed())
          + (x.routeTo().isPresent() ? " Weiterleiten an " + x.routeTo().get() + "." : "");
    } else if (r instanceof HouseholdHarmSignal x) {
      return "Keine Werbung an Mitglieder des Haushalts: " + member(x.position(), x.role()) + (x.flag().isPresent()
          ? " hat das Kennzeichen '" + x.flag().get() + "'." : " hat eine offene Beschwerde mit "
          + (x.complaintSeverity().orElse(org.completecrm.core.timeline.Severity.HIGH)
              == org.completecrm.core.timeline.Severity.CRITICAL ? "kritischer" : "hoher") + " Schwere.");
    } else if (r instanceof HeldByHousehold x) {
      String m = member(x.position(), x.role());
      return "Angebot " + x.offer() + " gibt es einmal je Haushalt: " + (x.response().isEmpty()
          ? "es liegt seit " + Instants.iso(x.since()) + " bei " + m + " offen."
          : x.response().get() == OfferResponse.ACCEPTED ? m + " hat es am " + Instants.iso(x.since()) + " angenommen."
          : m + " hat es am " + Instants.iso(x.since()) + " abgelehnt" + x.coolDown().map(d -> "; Sperrfrist "
              + duration(d) + " für den Haushalt").orElse("") + ".");
    } else if (r instanceof TopicOptedOut x) {
      return "Keine Werbung zum Thema " + x.topic() + ": der Kunde hat sich davon abgemeldet.";
    } else if (r instanceof RoutedToSelfService x) {
      return "In der Sitzung des Kunden (" + of(x.channel()) + ") Selbstbedienung " + x.selfService() + " (Kosten "
          + Words.amount(x.selfServiceCost()) + ") statt " + x.action() + " (Kosten " + Words.amount(x.assistedCost()) + ").";
    } else if (r instanceof NoStatedInterest x) {
      return "Keine Werbung zu " + String.join(", ", x.topics()) + ": der Kunde hat kein Interesse an diesen Themen angegeben.";
    }
    return r.text();
  }
}
