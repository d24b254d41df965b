package org.completecrm.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.completecrm.core.CustomerId;
import org.completecrm.core.Money;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PostalAddress;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Membership;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.timeline.Transaction;
import org.completecrm.core.view.CustomerView;
import org.completecrm.core.view.CustomerViews;
import org.junit.jupiter.api.Test;

/**
 * Export holds everything on the customer; anonymising and erasing remove every piece of personal
 * data from every value while keeping counts, amounts, cost drivers, consent facts and household
 * structure consistent.
 */
class DataSubjectRightsProperties {
  private static final Instant AT = Instant.parse("2027-01-01T00:00:00Z");

  /** Both ways of removing personal data, as one function of the data. */
  private static final List<BiFunction<CustomerData, Integer, CustomerData>> REMOVALS = List.of(
      (d, n) -> DataSubjectRights.anonymise(d, "secret-" + n),
      (d, n) -> DataSubjectRights.erase(d, CustomerId.of("erased-" + n)));

  static List<String> personalData(CustomerData d) {
    Customer c = d.customer();
    List<String> pd = new ArrayList<>();
    c.givenName().ifPresent(pd::add);
    c.familyName().ifPresent(pd::add);
    c.birthDate().ifPresent(x -> pd.add(x.toString()));
    for (PostalAddress a : c.addresses()) {
      pd.addAll(a.lines());
    }
    for (ContactPoint p : c.contactPoints()) {
      if (p.kind() != org.completecrm.core.customer.ContactKind.POSTAL) { // POSTAL values are labels ("home")
        pd.add(p.value());
      }
    }
    for (SourceIdentity s : c.sourceIdentities()) {
      pd.add("\"" + s.key() + "\"");
    }
    for (TimelineEvent e : d.events()) {
      e.source().ifPresent(s -> pd.add("\"" + s.key() + "\""));
      pd.add("\"" + e.id().value() + "\"");
    }
    d.consent().entries().forEach(e -> pd.add("\"" + e.evidence() + "\""));
    pd.add("\"" + c.id().value() + "\"");
    for (SourceRecord r : d.sourceRecords()) {
      pd.add("\"" + r.identity().key() + "\"");
      r.attributes().forEach((type, v) -> pd.add("\"" + v + "\""));
      r.freeAttributes().values().forEach(v -> pd.add("\"" + v + "\""));
    }
    return pd;
  }

  @Test
  void removalLeavesNoPersonalDataInAnyValue() {
    qt().withExamples(100).forAll(CoreGen.customerData(), CoreGen.instants()).checkAssert((data, n) -> {
      List<String> pd = personalData(data);
      for (BiFunction<CustomerData, Integer, CustomerData> removal : REMOVALS) {
        CustomerData cleaned = removal.apply(data, n.getNano() + 7);
        String json = CrmJson.write(cleaned);
        for (String p : pd) {
          assertFalse(json.contains(p), () -> "'" + p + "' in " + json);
        }
        assertTrue(cleaned.customer().anonymised());
        assertEquals(data.votes().size(), cleaned.votes().size());
        assertEquals(data.trades().size(), cleaned.trades().size());
        assertTrue(cleaned.ideas().stream().allMatch(i -> i.title().equals(DataSubjectRights.ERASED)));
      }
    });
  }

  @Test
  void removalKeepsTheAggregatesConsistent() {
    qt().withExamples(100).forAll(CoreGen.customerData()).checkAssert(data -> {
      for (BiFunction<CustomerData, Integer, CustomerData> removal : REMOVALS) {
        CustomerData cleaned = removal.apply(data, 1);
        CustomerId now = cleaned.customer().id();
        assertEquals(kinds(data), kinds(cleaned));
        assertEquals(totals(data), totals(cleaned));
        assertEquals(costDrivers(data), costDrivers(cleaned));
        assertEquals(data.holdings().stream().map(h -> h.value()).collect(Collectors.toList()),
            cleaned.holdings().stream().map(h -> h.value()).collect(Collectors.toList()));
        for (int i = 0; i <= 12; i++) {
          Instant at = CoreGen.EPOCH.plus(Duration.ofDays(30L * i));
          for (Channel ch : Channel.values()) {
            for (Purpose p : Purpose.values()) {
              assertEquals(data.consent().effective(ch, p, at).status(), cleaned.consent().effective(ch, p, at).status());
            }
          }
        }
        assertEquals(data.households().size(), cleaned.households().size());
        for (int h = 0; h < data.households().size(); h++) {
          Household before = data.households().get(h);
          Household after = cleaned.households().get(h);
          assertEquals(before.id(), after.id());
          assertEquals(before.memberships().size(), after.memberships().size());
          for (int m = 0; m < before.memberships().size(); m++) {
            Membership b = before.memberships().get(m);
            Membership a = after.memberships().get(m);
            assertEquals(b.role(), a.role());
            assertEquals(b.since(), a.since());
            assertEquals(b.until(), a.until());
            assertEquals(b.customer().equals(data.customer().id()) ? now : b.customer(), a.customer());
          }
        }
      }
    });
  }

  @Test
  void theCleanedDataFoldsIntoAViewWithTheSameCountsAndStatuses() {
    qt().withExamples(150).forAll(CoreGen.customerData()).checkAssert(data -> {
      CustomerView before = fold(data);
      for (BiFunction<CustomerData, Integer, CustomerData> removal : REMOVALS) {
        CustomerView after = fold(removal.apply(data, 3));
        assertEquals(before.purchaseCount(), after.purchaseCount());
        assertEquals(before.lastContactByChannel(), after.lastContactByChannel());
        assertEquals(before.flags(), after.flags());
        assertEquals(before.offers().size(), after.offers().size());
        assertEquals(before.outstandingOffers().size(), after.outstandingOffers().size());
        assertEquals(before.openComplaints().size(), after.openComplaints().size());
        assertEquals(statuses(before), statuses(after));
        assertEquals(before.householdMembers().size(), after.householdMembers().size());
      }
    });
  }

  @Test
  void anonymisingIsDeterministicAndKeyed() {
    qt().withExamples(100).forAll(CoreGen.customerData()).checkAssert(data -> {
      assertEquals(DataSubjectRights.anonymise(data, "k1"), DataSubjectRights.anonymise(data, "k1"));
      assertFalse(DataSubjectRights.anonymise(data, "k1").customer().id()
          .equals(DataSubjectRights.anonymise(data, "k2").customer().id()));
    });
  }

  @Test
  void erasingLeavesNoSourceIdentities() {
    qt().withExamples(100).forAll(CoreGen.customerData()).checkAssert(data -> {
      CustomerData erased = DataSubjectRights.erase(data, CustomerId.of("t-1"));
      assertTrue(erased.customer().sourceIdentities().isEmpty());
      assertTrue(erased.events().stream().allMatch(e -> e.source().isEmpty()));
    });
  }

  @Test
  void anonymisingKeepsABareRecordPerSourceRecordAndErasingDropsThem() {
    qt().withExamples(100).forAll(CoreGen.customerData()).checkAssert(data -> {
      CustomerData anonymised = DataSubjectRights.anonymise(data, "k1");
      assertEquals(data.sourceRecords().size(), anonymised.sourceRecords().size());
      for (SourceRecord r : anonymised.sourceRecords()) {
        assertTrue(anonymised.customer().sourceIdentities().contains(r.identity()));
        assertTrue(r.attributes().isEmpty() && r.freeAttributes().isEmpty() && r.verified().isEmpty());
      }
      assertEquals(data.sourceRecords().stream().map(SourceRecord::updatedAt).sorted(java.util.Comparator.comparing(
              (Optional<Instant> t) -> t.orElse(Instant.MIN))).toList(),
          anonymised.sourceRecords().stream().map(SourceRecord::updatedAt).sorted(java.util.Comparator.comparing(
              (Optional<Instant> t) -> t.orElse(Instant.MIN))).toList());
      assertTrue(DataSubjectRights.erase(data, CustomerId.of("t-1")).sourceRecords().isEmpty());
    });
  }

  @Test
  void theExportHoldsEverythingOnTheCustomerAndRoundTrips() {
    qt().withExamples(80).forAll(CoreGen.customerData()).checkAssert(data -> {
      DataSubjectExport export = DataSubjectRights.export(data, AT);
      assertEquals(data.customer(), export.customer());
      assertEquals(data.consent(), export.consent());
      assertEquals(data.preferences(), export.preferences());
      assertEquals(data.events().size(), export.events().size());
      assertTrue(export.events().containsAll(data.events()));
      assertEquals(data.holdings(), export.holdings());
      assertEquals(data.votes(), export.votes());
      assertEquals(data.ideas(), export.ideas());
      assertEquals(data.trades(), export.trades());
      assertEquals(data.topics(), export.topics());
      assertEquals(data.sourceRecords().stream().sorted(java.util.Comparator.comparing(SourceRecord::identity)).toList(),
          export.sourceRecords());
      long periods = data.households().stream().flatMap(h -> h.memberships().stream())
          .filter(m -> m.customer().equals(data.customer().id())).count();
      assertEquals(periods, export.memberships().size());
      assertTrue(export.memberships().stream().allMatch(m -> m.membership().customer().equals(data.customer().id())));
      String json = export.toJson();
      assertFalse(json.contains("\"other-1\""), "other members are not exported");
      assertEquals(export, CrmJson.read(json, DataSubjectExport.class));
    });
  }

  private static CustomerView fold(CustomerData d) {
    Optional<Household> h = d.households().isEmpty() ? Optional.empty()
        : Optional.of(d.households().get(d.households().size() - 1));
    return CustomerViews.fold(d.customer(), h, d.consent(),
        d.preferences().orElse(ChannelPreferences.none(java.time.ZoneOffset.UTC)), d.events(), AT);
  }

  private static List<String> statuses(CustomerView v) {
    return v.commitments().stream().map(c -> c.statusAt(v.asOf()).name()).sorted().collect(Collectors.toList());
  }

  private static Map<String, Long> kinds(CustomerData d) {
    return d.events().stream().collect(Collectors.groupingBy(e -> e.getClass().getSimpleName(), TreeMap::new,
        Collectors.counting()));
  }

  private static Map<String, Money> totals(CustomerData d) {
    Map<String, Money> out = new TreeMap<>();
    for (TimelineEvent e : d.events()) {
      if (e instanceof Transaction) {
        Money m = ((Transaction) e).signedAmount();
        out.merge(m.currency().getCurrencyCode(), m, Money::plus);
      }
    }
    return out;
  }

  private static List<String> costDrivers(CustomerData d) {
    List<TimelineEvent> sorted = new ArrayList<>(d.events());
    sorted.sort(java.util.Comparator.comparing(TimelineEvent::at));
    return sorted.stream().filter(e -> e instanceof Interaction)
        .map(e -> ((Interaction) e).costDriver().map(Object::toString).orElse("-")).collect(Collectors.toList());
  }
}
