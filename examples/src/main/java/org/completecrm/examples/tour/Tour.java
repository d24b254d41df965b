package org.completecrm.examples.tour;

import org.completecrm.examples.learning.LearningProgramme;
import org.completecrm.examples.learning.LearningReport;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.completecrm.analytics.clv.CustomerValues;
import org.completecrm.analytics.clv.HouseholdValue;
import org.completecrm.analytics.summary.Purchase;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.timeline.Interaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.consent.EffectiveConsent;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Membership;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.completecrm.core.view.OfferRecord;
import org.completecrm.core.view.ServiceCase;
import org.completecrm.core.CampaignId;
import org.completecrm.examples.ContactCentreExample;
import org.completecrm.examples.report.HtmlReport;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.event.DecisionEvent;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * The end-to-end tour of complete CRM, run by {@code crm tour}: one household whose members come
 * from two source systems, its 360° view as the contact centre sees it, and its consent state.
 */
public final class Tour {
  /** The outbound channels whose consent the tour shows. */
  private static final List<Channel> CONSENT_CHANNELS =
      List.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.POST, Channel.APP_PUSH);

  private Tour() {}

  /** What the tour runs on: the simulated customer base, or a real transactions file. */
  public record Options(int customers, long seed, Optional<List<Purchase>> transactions,
      Optional<LocalDate> calibrationEnd, Optional<LocalDate> observationEnd, String source, Currency currency) {
    /** The simulated customer base of {@code customers} customers drawn from {@code seed}, in US dollars. */
    public static Options simulated(int customers, long seed) {
      return new Options(customers, seed, Optional.empty(), Optional.empty(), Optional.empty(),
          String.format(Locale.ROOT, "a simulated base of %,d customers (seed %d)", customers, seed), CostTour.USD);
    }

    /** A transactions file, named {@code source} in the report, its amounts in {@code currency}. */
    public static Options file(List<Purchase> transactions, String source, Currency currency,
        Optional<LocalDate> calibrationEnd, Optional<LocalDate> observationEnd) {
      return new Options(0, 0, Optional.of(transactions), calibrationEnd, observationEnd, source, currency);
    }
  }

  /** Runs the tour on a simulated base of 20,000 customers. */
  public static Path run(PrintWriter out, Path dir) {
    return run(out, dir, Options.simulated(20_000, 2026));
  }

  /** Runs the tour, prints its report to {@code out}, writes the HTML report into {@code dir} and returns its path. */
  public static Path run(PrintWriter out, Path dir, Options options) {
    HtmlReport html = HtmlReport.titled("Complete CRM tour");
    Instant now = SampleHousehold.NOW;
    List<Customer> customers = SampleHousehold.customers();
    Household household = SampleHousehold.household();

    section(out, "1. One household from two source systems");
    IdentityTour.run(out, html, customers, now);
    out.printf(Locale.ROOT, "  the household as the CRM keeps it: %s as of %s%n", household.id(), now);
    for (Membership m : household.memberships()) {
      Customer c = customers.stream().filter(x -> x.id().equals(m.customer())).findFirst().orElseThrow();
      out.printf(Locale.ROOT, "  %-7s %-9s %-14s since %s  sources %s%n",
          c.id(), m.role(), c.displayName(), m.since(), c.sourceIdentities());
    }

    CustomerView view = CustomerViews.fold(
        SampleHousehold.ana(), SampleHousehold.householdOption(), SampleHousehold.anasConsent(),
        SampleHousehold.anasPreferences(), SampleHousehold.timeline(), now);

    section(out, "2. The 360-degree view of " + view.customer().displayName() + " (" + view.customerId() + ")");
    out.printf(Locale.ROOT, "  household %s as %s, with %s%n",
        view.household().map(Object::toString).orElse("-"),
        view.householdRole().map(Object::toString).orElse("-"), view.householdMembers());
    out.printf(Locale.ROOT, "  systems seen: %s%n", view.sourceSystems());
    out.printf(Locale.ROOT, "  last contact by channel: %s%n", view.lastContactByChannel());
    out.printf(Locale.ROOT, "  purchases: %d, last %s%n", view.purchaseCount(),
        view.lastPurchaseAt().map(Object::toString).orElse("never"));
    for (ServiceCase c : view.openComplaints()) {
      out.printf(Locale.ROOT, "  OPEN COMPLAINT %s (%s, %s) since %s, owned by %s%n",
          c.id(), c.severity(), c.status(), c.openedAt(), c.team().map(Object::toString).orElse("-"));
    }
    for (Commitment c : view.pendingCommitments()) {
      out.printf(Locale.ROOT, "  COMMITMENT %s: %s%n", c.id(), c.describe(now));
    }
    for (OfferRecord o : view.outstandingOffers()) {
      out.printf(Locale.ROOT, "  OFFER %s sent %s by %s (campaign %s), no response yet%n",
          o.presented().offer(), o.presented().at(), o.presented().channel(),
          o.presented().campaign().map(Object::toString).orElse("-"));
    }
    out.printf(Locale.ROOT, "  household contacts (other members): %d%n", view.householdContacts().size());

    section(out, "3. Consent and preferences of " + view.customer().displayName());
    out.printf(Locale.ROOT, "  %-9s", "");
    for (Purpose p : Purpose.values()) {
      out.printf(Locale.ROOT, " %-14s", p);
    }
    out.println();
    for (Channel ch : CONSENT_CHANNELS) {
      out.printf(Locale.ROOT, "  %-9s", ch);
      for (Purpose p : Purpose.values()) {
        EffectiveConsent ec = view.consentFor(ch, p);
        out.printf(Locale.ROOT, " %-14s", ec.status());
      }
      out.println();
    }
    out.printf(Locale.ROOT, "  why POST/MARKETING: %s%n", view.consentFor(Channel.POST, Purpose.MARKETING).describe());
    out.printf(Locale.ROOT, "  preferred channels %s, quiet hours %s-%s %s, at most %d contacts per %d days, language %s%n",
        view.preferences().rankedChannels(),
        view.preferences().quietHours().map(q -> q.start().toString()).orElse("-"),
        view.preferences().quietHours().map(q -> q.end().toString()).orElse("-"),
        view.preferences().zone(),
        view.preferences().frequency().map(f -> f.maxContacts()).orElse(0),
        view.preferences().frequency().map(f -> f.window().toDays()).orElse(0L),
        view.preferences().language().orElse("-"));
    out.flush();

    html.heading("Household " + household.id() + " as of " + now);
    List<List<String>> members = new ArrayList<>();
    for (Membership m : household.memberships()) {
      members.add(List.of(m.customer().toString(), m.role().toString(), m.since().toString(),
          m.until().map(Object::toString).orElse("")));
    }
    html.table(List.of("customer", "role", "since", "until"), members);
    html.heading("360\u00b0 view of " + view.customerId());
    List<List<String>> facts = new ArrayList<>();
    view.openComplaints().forEach(c -> facts.add(List.of("open complaint", c.id() + " (" + c.severity() + ")")));
    view.pendingCommitments().forEach(c -> facts.add(List.of("commitment", c.describe(now))));
    view.outstandingOffers().forEach(o -> facts.add(List.of("offer outstanding",
        o.presented().offer() + " by " + o.presented().channel() + " at " + o.presented().at())));
    view.lastContactByChannel().forEach((ch, at) -> facts.add(List.of("last contact " + ch, at.toString())));
    html.table(List.of("what", "detail"), facts);
    List<List<String>> consent = new ArrayList<>();
    for (Channel ch : CONSENT_CHANNELS) {
      List<String> row = new ArrayList<>();
      row.add(ch.toString());
      for (Purpose p : Purpose.values()) {
        row.add(view.consentFor(ch, p).status().toString());
      }
      consent.add(row);
    }
    List<String> header = new ArrayList<>();
    header.add("channel");
    for (Purpose p : Purpose.values()) {
      header.add(p.toString());
    }
    html.heading("Consent");
    html.table(header, consent);

    customerBase(out, html, options);
    decisions(out, html);
    section(out, "8. A campaign across the base: budgets, team capacity, one send per household");
    CampaignTour.run(out, html);
    section(out, "9. Learning from outcomes: 12 weeks, a challenger rule set and a control group");
    LearningReport.write(LearningProgramme.run(5_000, 12, options.seed()), out, html);
    return html.writeTo(dir.resolve("report.html"));
  }

  /**
   * The analytic report of a transactions file alone: value models, CLV, probability alive and the
   * calibration-versus-holdout check of {@link Options#file a transactions file}, printed to {@code
   * out} and written as {@code report.html} into {@code dir}; returns the report's path.
   */
  public static Path valueReport(PrintWriter out, Path dir, Options options) {
    HtmlReport html = HtmlReport.titled("Customer value report");
    customerBase(out, html, options);
    return html.writeTo(dir.resolve("report.html"));
  }

  private static void customerBase(PrintWriter out, HtmlReport html, Options options) {
    Progress progress = new Progress(out);
    List<Purchase> purchases;
    List<Interaction> interactions;
    List<Household> households;
    CustomerBase base = null;
    LocalDate calibrationEnd;
    LocalDate observationEnd;
    if (options.transactions().isPresent()) {
      purchases = options.transactions().get();
      interactions = List.of();
      households = List.of();
      LocalDate first = purchases.stream().map(Purchase::date).min(LocalDate::compareTo)
          .orElseThrow(() -> new InvalidValueException("transactions", "no rows", "at least one transaction"));
      LocalDate last = purchases.stream().map(Purchase::date).max(LocalDate::compareTo).orElseThrow();
      observationEnd = options.observationEnd().orElse(last);
      calibrationEnd = options.calibrationEnd().orElse(first.plusDays(ChronoUnit.DAYS.between(first, observationEnd) / 2));
      section(out, String.format(Locale.ROOT, "4. Customer value on %s from %s", Counts.of(purchases.size(), "transaction"),
          options.source()));
      html.paragraph(String.format(Locale.ROOT, "Input: %s: %s of %s, %s to %s; calibration to %s, holdout to %s; amounts in %s.",
          options.source(), Counts.of(purchases.size(), "transaction"),
          Counts.of(purchases.stream().map(Purchase::customerId).distinct().count(), "customer"), first, last,
          calibrationEnd, observationEnd, options.currency().getCurrencyCode()));
    } else {
      section(out, String.format(Locale.ROOT, "4. A simulated customer base of %,d customers (seed %d)",
          options.customers(), options.seed()));
      base = progress.step("simulating households, purchases and interactions",
          () -> CustomerBase.simulate(options.customers(), options.seed()));
      purchases = base.purchases();
      interactions = base.interactions();
      households = base.households();
      calibrationEnd = CustomerBase.CALIBRATION_END;
      observationEnd = CustomerBase.OBSERVATION_END;
      out.printf(Locale.ROOT, "  %s, %s, %s%n", Counts.of(households.size(), "household"),
          Counts.of(purchases.size(), "purchase"), Counts.of(interactions.size(), "interaction"));
      html.paragraph(String.format(Locale.ROOT, "Input: %s: %s, %s, %s; calibration to %s, holdout to %s; amounts in %s.",
          options.source(), Counts.of(households.size(), "household"), Counts.of(purchases.size(), "purchase"),
          Counts.of(interactions.size(), "interaction"), calibrationEnd, observationEnd,
          options.currency().getCurrencyCode()));
    }
    out.printf(Locale.ROOT, "  calibration to %s, holdout to %s, in weeks%n", calibrationEnd, observationEnd);
    ValueTour value = ValueTour.run(purchases, calibrationEnd, observationEnd, progress);
    value.print(out);
    value.addTo(html, options.currency());
    if (!households.isEmpty()) {
      Instant at = observationEnd.atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
      List<HouseholdValue> byHousehold = new ArrayList<>(CustomerValues.rollUp(households, value.values, at));
      byHousehold.sort(java.util.Comparator.comparingDouble((HouseholdValue h) -> -h.clv().orElse(0))
          .thenComparing(h -> h.householdId().value()));
      out.println("  top households by CLV (the household is the unit of value):");
      List<List<String>> rows = new ArrayList<>();
      for (HouseholdValue h : byHousehold.subList(0, Math.min(5, byHousehold.size()))) {
        out.printf(Locale.ROOT, "    %s  %-10s  CLV %s %,10.2f  P(any member alive) %.2f%n",
            h.householdId(), Counts.of(h.members().size(), "member"), options.currency().getCurrencyCode(),
            h.clv().orElse(0), h.probabilityAnyAlive());
        rows.add(List.of(h.householdId().value(), Integer.toString(h.members().size()),
            String.format(Locale.ROOT, "%,.2f", h.clv().orElse(0))));
      }
      html.heading("Top households by CLV");
      html.table(List.of("household", "members", "52-week CLV (" + options.currency().getCurrencyCode() + ")"), rows);
    }
    if (!interactions.isEmpty()) {
      section(out, "5. Cost-to-serve, profitability and segments");
      CostTour cost = CostTour.run(purchases, interactions, value.values, CustomerBase.START, observationEnd, progress);
      cost.print(out);
      cost.addTo(html);
    }
    if (base != null) {
      section(out, "6. Loyalty: tiers earned by spend or by value, the points' liability and what each tier costs");
      LoyaltyTour loyalty = LoyaltyTour.run(base, value.values, options.seed(), progress);
      loyalty.print(out);
      loyalty.addTo(html);
    }
  }

  /** Next-best-actions for three moments in Ana's relationship, each with its explanation. */
  private static void decisions(PrintWriter out, HtmlReport html) {
    section(out, "7. Next-best-actions, with reasons the frontline can read");
    RuleSet rules = ContactCentreExample.rules();
    DecisionContext call = ContactCentreExample.context();
    Instant now = SampleHousehold.NOW;
    html.heading("Next-best-actions for " + call.customer().displayName());
    List<DecisionEvent> events = List.of(
        DecisionEvent.inboundCall(),
        DecisionEvent.campaignRun(CampaignId.of("winter-2026")));
    for (DecisionEvent event : events) {
      Decision decision = DecisionContext.builder().from(call).event(event).build().decide(rules, now);
      out.print(decision.summary());
      out.println();
      DecisionTables.add(html, eventTitle(event), decision);
    }
  }

  private static String eventTitle(DecisionEvent event) {
    return switch (event.kind()) {
      case INBOUND_CALL -> "She calls the contact centre";
      case CAMPAIGN_RUN -> "The winter campaign run reaches her";
      default -> event.kind().toString();
    };
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
  }
}
