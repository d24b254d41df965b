package org.completecrm.examples.tour;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.GoldenRecord;
import org.completecrm.core.identity.HouseholdInference;
import org.completecrm.core.identity.HouseholdSuggestion;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.examples.report.HtmlReport;

/**
 * The identity step of the tour: the Okafors' records as billing and the contact centre hold
 * them (a nickname, a reformatted phone, an abbreviated street, a namesake in another town)
 * resolved into customers, and the customers into a suggested household.
 */
final class IdentityTour {
  private IdentityTour() {}

  /** The source records of the two systems. */
  static List<SourceRecord> records() {
    return List.of(
        record("billing", "B-10023", "Ana", "Okafor", "1984-06-12", "ana.okafor@example.org", "+447700900123", "12", "Mill Lane", "LS6 2AB"),
        record("billing", "B-10024", "Ben", "Okafor", "1982-01-30", null, "+447700900456", "12", "Mill Lane", "LS6 2AB"),
        record("billing", "B-10031", "Zoe", "Okafor", "2012-09-05", null, null, "12", "Mill Lane", "LS6 2AB"),
        record("contact-centre", "CC-88", "Anna", "Okafor", "1984-06-12", "Ana.Okafor@Example.org", "07700 900123", "12", "Mill Ln", "LS62AB"),
        record("contact-centre", "CC-91", "Benjamin", "Okafor", "1982-01-30", null, "07700 900456", "12", "Mill Lane", "LS6 2AB"),
        record("contact-centre", "CC-95", "Ana", "Okafor", "1991-03-02", "a.okafor91@example.net", "07700 900777", "3", "Harbour Road", "BS1 4QT"));
  }

  private static SourceRecord record(String system, String key, String given, String family, String dob, String email,
      String phone, String number, String street, String postcode) {
    var b = SourceRecord.builder().identity(SourceIdentity.of(system, key))
        .putAttributes(AttributeType.GIVEN_NAME, given)
        .putAttributes(AttributeType.FAMILY_NAME, family)
        .putAttributes(AttributeType.BIRTH_DATE, dob)
        .putAttributes(AttributeType.STREET_NUMBER, number)
        .putAttributes(AttributeType.STREET, street)
        .putAttributes(AttributeType.POSTCODE, postcode)
        .putAttributes(AttributeType.LOCALITY, postcode.startsWith("LS") ? "Leeds" : "Bristol")
        .putAttributes(AttributeType.COUNTRY, "GB");
    if (email != null) {
      b.putAttributes(AttributeType.EMAIL, email);
    }
    if (phone != null) {
      b.putAttributes(AttributeType.PHONE, phone);
    }
    return b.build();
  }

  static void run(PrintWriter out, HtmlReport html, List<Customer> known, Instant at) {
    // Six records are too few to estimate a model from: the typical model is given instead
    // (with thousands of records, Resolver.resolve estimates it by EM, without labels).
    ResolverSettings settings = ResolverSettings.builder().from(ResolverSettings.defaults())
        .model(MatchModel.typical()).build();
    Resolution resolution = Resolver.resolve(records(), settings, at);
    out.printf(Locale.ROOT, "  %s from billing and the contact centre resolve into %s:%n",
        Counts.of(resolution.records().size(), "record"), Counts.of(resolution.clusters().size(), "customer"));
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<CustomerId, Set<SourceIdentity>> e : resolution.clusters().entrySet()) {
      String same = known.stream().filter(c -> c.sourceIdentities().containsAll(e.getValue())).map(c -> c.id().value())
          .findFirst().orElse("a different person");
      out.printf(Locale.ROOT, "    %-12s %-48s = %s%n", e.getKey(), e.getValue(), same);
      rows.add(List.of(e.getKey().value(), e.getValue().toString(), same));
    }
    out.println("  why billing B-10023 and contact-centre CC-88 are one customer:");
    String why = resolution.explain(SourceIdentity.of("billing", "B-10023"), SourceIdentity.of("contact-centre", "CC-88"))
        .explanation();
    out.println("    " + why.replace("\n", "\n    "));
    out.println("  why CC-95, a namesake in Bristol, is someone else:");
    String whyNot = resolution.explain(SourceIdentity.of("billing", "B-10023"), SourceIdentity.of("contact-centre", "CC-95"))
        .explanation();
    out.println("    " + whyNot.replace("\n", "\n    "));
    List<GoldenRecord> golden = resolution.goldenRecords();
    List<HouseholdSuggestion> suggestions = HouseholdInference.suggest(golden);
    for (HouseholdSuggestion s : suggestions) {
      out.printf(Locale.ROOT, "  suggested household %s: %s, because %s%n", s.household(), s.roles(), String.join("; ", s.reasons()));
    }
    html.heading("Identity resolution");
    html.table(List.of("customer", "source records", "matches the household's"), rows);
    html.preformatted("Why billing B-10023 and contact-centre CC-88 are one customer:\n" + why);
  }
}
