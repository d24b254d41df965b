package org.completecrm.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.completecrm.core.CaseId;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CrmException;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.Membership;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.Checks;
import org.completecrm.core.timeline.CaseUpdated;
import org.completecrm.core.timeline.CommitmentCancelled;
import org.completecrm.core.timeline.CommitmentFulfilled;
import org.completecrm.core.timeline.CommitmentMade;
import org.completecrm.core.timeline.FeedbackReceived;
import org.completecrm.core.timeline.FlagChanged;
import org.completecrm.core.timeline.Interaction;
import org.completecrm.core.timeline.OfferPresented;
import org.completecrm.core.timeline.OfferResponded;
import org.completecrm.core.timeline.OverrideRecorded;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.voice.Idea;
import org.completecrm.core.interest.TopicEntry;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.voice.Trade;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.timeline.Transaction;

/**
 * Data-subject rights as pure functions: {@link #export} everything held on a customer, {@link
 * #anonymise} them (keyed pseudonyms, so the host can anonymise related records consistently) or
 * {@link #erase} them (no link back at all).
 *
 * <p>Both anonymising and erasing remove personal data from every value that holds it: names,
 * birth and founding dates, addresses and contact points from the customer; free text from events
 * (interaction and transaction attributes, case summaries, feedback comments, flag, override,
 * commitment and cancellation reasons and descriptions, which become {@value #ERASED}); source
 * record keys and consent evidence references; and every attribute of the identity source records
 * (names, dates of birth, addresses, contact points, national and account ids, free attributes and
 * which of them the source verified), so a record keeps only its (pseudonymised) identity and when
 * the source last changed it. Erasing drops the source records altogether: a record cannot exist
 * without its system and key, and erasing removes source record keys. They keep what does not identify the customer and
 * what aggregates need, consistently: every event with its kind, instant, channel, amounts,
 * margins, products, cost drivers, scores and outcomes; every consent entry's channel, purpose,
 * action, instants and capture source (so effective consent is unchanged at every instant); every
 * membership period's role and dates (so household structure and the other members are unchanged);
 * every holding's product, value and date. Identifiers that could link back (customer, event, case
 * and commitment ids) are replaced consistently everywhere, so folding the result gives the same
 * counts, statuses and totals as folding the original.
 */
public final class DataSubjectRights {
  /** The text that replaces required free text that held or may hold personal data. */
  public static final String ERASED = "[erased]";

  private DataSubjectRights() {}

  /**
   * Everything held on the customer as one document, made at {@code at}: the customer's own
   * membership periods (not the other members'), events in timeline order, identity source records
   * in order of identity.
   */
  public static DataSubjectExport export(CustomerData data, Instant at) {
    Checks.present(data, "DataSubjectRights.export.data");
    Checks.present(at, "DataSubjectRights.export.at");
    CustomerId subject = data.customer().id();
    List<HouseholdMembership> memberships = new ArrayList<>();
    for (Household h : data.households()) {
      for (Membership m : h.memberships()) {
        if (m.customer().equals(subject)) {
          memberships.add(HouseholdMembership.of(h.id(), m));
        }
      }
    }
    memberships.sort(Comparator.comparing((HouseholdMembership m) -> m.membership().since())
        .thenComparing(HouseholdMembership::household));
    List<TimelineEvent> events = new ArrayList<>(data.events());
    events.sort(TimelineEvent.ORDER);
    List<SourceRecord> records = new ArrayList<>(data.sourceRecords());
    records.sort(Comparator.comparing(SourceRecord::identity));
    return DataSubjectExport.builder().subject(subject).exportedAt(at).customer(data.customer())
        .consent(data.consent()).preferences(data.preferences()).memberships(memberships).events(events)
        .holdings(data.holdings()).votes(data.votes()).ideas(data.ideas()).trades(data.trades()).topics(data.topics())
        .sourceRecords(records).build();
  }

  /**
   * The customer anonymised with keyed pseudonyms: every identifier that could link back is replaced
   * by {@code p-} and an HMAC-SHA256 of it under {@code secret} (RFC 2104), the same for the same
   * identifier and secret, so related records anonymised with the same secret still match; source
   * record keys and consent evidence become pseudonyms too (a source record keeps its pseudonymised
   * identity, the same as in the customer's source identities, and its update instant; its attributes
   * are removed). Without the secret the pseudonyms cannot
   * be reversed; destroy the secret to turn pseudonyms into anonymity.
   */
  public static CustomerData anonymise(CustomerData data, String secret) {
    Checks.present(data, "DataSubjectRights.anonymise.data");
    Checks.notBlank(secret, "DataSubjectRights.anonymise.secret");
    Keyed keyed = new Keyed(secret);
    Replacement r = new Replacement(
        id -> CustomerId.of(keyed.pseudonym("customer", id.value())),
        s -> Optional.of(SourceIdentity.of(s.system(), keyed.pseudonym("source", s.system() + ":" + s.key()))),
        id -> EventId.of(keyed.pseudonym("event", id.value())),
        id -> CaseId.of(keyed.pseudonym("case", id.value())),
        id -> CommitmentId.of(keyed.pseudonym("commitment", id.value())),
        evidence -> keyed.pseudonym("evidence", evidence));
    return rewrite(data, r);
  }

  /**
   * The customer erased: identifiers replaced by {@code tombstone} and numbered ids derived from it
   * ({@code tombstone-e1}, {@code tombstone-case1}, ...), source identities and consent evidence
   * removed (and with them the identity source records, which cannot exist without a key), so
   * nothing links the result back to the customer or to a source system's record.
   * The host chooses a tombstone id that means nothing (from its own sequence, for example).
   */
  public static CustomerData erase(CustomerData data, CustomerId tombstone) {
    Checks.present(data, "DataSubjectRights.erase.data");
    Checks.present(tombstone, "DataSubjectRights.erase.tombstone");
    TreeSet<EventId> eventIds = new TreeSet<>();
    TreeSet<CaseId> caseIds = new TreeSet<>();
    TreeSet<CommitmentId> commitmentIds = new TreeSet<>();
    for (TimelineEvent e : data.events()) {
      eventIds.add(e.id());
      if (e instanceof OfferResponded) {
        eventIds.add(((OfferResponded) e).presentation());
      } else if (e instanceof FeedbackReceived) {
        ((FeedbackReceived) e).about().ifPresent(eventIds::add);
      } else if (e instanceof CaseUpdated) {
        caseIds.add(((CaseUpdated) e).caseId());
      } else if (e instanceof CommitmentMade) {
        commitmentIds.add(((CommitmentMade) e).commitment());
        ((CommitmentMade) e).caseId().ifPresent(caseIds::add);
      } else if (e instanceof CommitmentFulfilled) {
        commitmentIds.add(((CommitmentFulfilled) e).commitment());
      } else if (e instanceof CommitmentCancelled) {
        commitmentIds.add(((CommitmentCancelled) e).commitment());
      }
    }
    Map<EventId, EventId> events = numbered(eventIds, n -> EventId.of(tombstone.value() + "-e" + n));
    Map<CaseId, CaseId> cases = numbered(caseIds, n -> CaseId.of(tombstone.value() + "-case" + n));
    Map<CommitmentId, CommitmentId> commitments = numbered(commitmentIds, n -> CommitmentId.of(tombstone.value() + "-cm" + n));
    Replacement r = new Replacement(
        id -> tombstone, s -> Optional.empty(), events::get, cases::get, commitments::get, evidence -> ERASED);
    return rewrite(data, r);
  }

  private static <K, V> Map<K, V> numbered(TreeSet<K> keys, Function<Integer, V> name) {
    Map<K, V> out = new HashMap<>();
    int n = 1;
    for (K k : keys) {
      out.put(k, name.apply(n++));
    }
    return out;
  }

  /** How identifiers and references are replaced. */
  private record Replacement(
      Function<CustomerId, CustomerId> customer,
      Function<SourceIdentity, Optional<SourceIdentity>> source,
      Function<EventId, EventId> event,
      Function<CaseId, CaseId> caseId,
      Function<CommitmentId, CommitmentId> commitment,
      Function<String, String> evidence) {

    Optional<SourceIdentity> source(Optional<SourceIdentity> s) {
      return s.flatMap(source);
    }
  }

  private static CustomerData rewrite(CustomerData data, Replacement r) {
    Customer c = data.customer();
    CustomerId subject = c.id();
    CustomerId replaced = r.customer().apply(subject);
    TreeSet<SourceIdentity> sources = new TreeSet<>();
    for (SourceIdentity s : c.sourceIdentities()) {
      r.source().apply(s).ifPresent(sources::add);
    }
    Customer customer = Customer.builder().id(replaced).kind(c.kind()).anonymised(true)
        .sourceIdentities(sources).build();

    List<ConsentEntry> entries = new ArrayList<>();
    for (ConsentEntry e : data.consent().entries()) {
      entries.add(ConsentEntry.builder().from(e).customer(replaced).evidence(r.evidence().apply(e.evidence()))
          .contactPoint(e.contactPoint().map(r.evidence())).build());
    }
    ConsentLedger consent = ConsentLedger.builder().customer(replaced).entries(entries).build();

    List<Household> households = new ArrayList<>();
    for (Household h : data.households()) {
      List<Membership> ms = new ArrayList<>();
      for (Membership m : h.memberships()) {
        ms.add(m.customer().equals(subject) ? Membership.builder().from(m).customer(replaced).build() : m);
      }
      households.add(Household.builder().id(h.id()).memberships(ms).build());
    }

    List<TimelineEvent> events = new ArrayList<>();
    for (TimelineEvent e : data.events()) {
      events.add(rewrite(e, replaced, r));
    }
    events.sort(TimelineEvent.ORDER);

    List<Holding> holdings = new ArrayList<>();
    for (Holding h : data.holdings()) {
      holdings.add(Holding.of(replaced, h.product(), h.value(), h.asOf()));
    }
    List<Vote> votes = new ArrayList<>();
    data.votes().forEach(v -> votes.add(Vote.builder().from(v).customer(replaced).build()));
    // An idea's title is the customer's own words: it may name them.
    List<Idea> ideas = new ArrayList<>();
    data.ideas().forEach(i -> ideas.add(Idea.builder().from(i).submittedBy(replaced).title(ERASED).build()));
    List<Trade> trades = new ArrayList<>();
    data.trades().forEach(t -> trades.add(Trade.builder().from(t).customer(replaced).build()));
    Optional<TopicLedger> topics = data.topics().map(l -> {
      List<TopicEntry> te = new ArrayList<>();
      l.entries().forEach(e -> te.add(TopicEntry.builder().from(e).customer(replaced).evidence(r.evidence().apply(e.evidence()))
          .build()));
      return TopicLedger.builder().customer(replaced).entries(te).build();
    });
    // A source record's attributes and free attributes are all personal data (or may be): only the
    // identity (replaced like the customer's source identities) and the update instant remain.
    List<SourceRecord> records = new ArrayList<>();
    for (SourceRecord s : data.sourceRecords()) {
      r.source().apply(s.identity())
          .ifPresent(id -> records.add(SourceRecord.builder().identity(id).updatedAt(s.updatedAt()).build()));
    }
    records.sort(Comparator.comparing(SourceRecord::identity));
    return CustomerData.builder().customer(customer).consent(consent).preferences(data.preferences())
        .households(households).events(events).holdings(holdings).votes(votes).ideas(ideas).trades(trades)
        .topics(topics).sourceRecords(records).build();
  }

  private static TimelineEvent rewrite(TimelineEvent e, CustomerId customer, Replacement r) {
    EventId id = r.event().apply(e.id());
    Optional<SourceIdentity> source = r.source(e.source());
    if (e instanceof Interaction) {
      return Interaction.builder().from((Interaction) e).id(id).customer(customer).source(source)
          .attributes(Map.of()).build();
    }
    if (e instanceof Transaction) {
      return Transaction.builder().from((Transaction) e).id(id).customer(customer).source(source)
          .attributes(Map.of()).build();
    }
    if (e instanceof OfferPresented) {
      return OfferPresented.builder().from((OfferPresented) e).id(id).customer(customer).source(source).build();
    }
    if (e instanceof OfferResponded) {
      OfferResponded o = (OfferResponded) e;
      return OfferResponded.builder().from(o).id(id).customer(customer).source(source)
          .presentation(r.event().apply(o.presentation())).build();
    }
    if (e instanceof CaseUpdated) {
      CaseUpdated u = (CaseUpdated) e;
      return CaseUpdated.builder().from(u).id(id).customer(customer).source(source)
          .caseId(r.caseId().apply(u.caseId())).summary(Optional.empty()).build();
    }
    if (e instanceof FeedbackReceived) {
      FeedbackReceived f = (FeedbackReceived) e;
      return FeedbackReceived.builder().from(f).id(id).customer(customer).source(source)
          .comment(Optional.empty()).about(f.about().map(r.event())).build();
    }
    if (e instanceof FlagChanged) {
      return FlagChanged.builder().from((FlagChanged) e).id(id).customer(customer).source(source).reason(ERASED).build();
    }
    if (e instanceof OverrideRecorded) {
      return OverrideRecorded.builder().from((OverrideRecorded) e).id(id).customer(customer).source(source)
          .reason(ERASED).build();
    }
    if (e instanceof CommitmentMade) {
      CommitmentMade m = (CommitmentMade) e;
      return CommitmentMade.builder().from(m).id(id).customer(customer).source(source)
          .commitment(r.commitment().apply(m.commitment())).caseId(m.caseId().map(r.caseId()))
          .description(ERASED).build();
    }
    if (e instanceof CommitmentFulfilled) {
      CommitmentFulfilled f = (CommitmentFulfilled) e;
      return CommitmentFulfilled.builder().from(f).id(id).customer(customer).source(source)
          .commitment(r.commitment().apply(f.commitment())).build();
    }
    if (e instanceof CommitmentCancelled) {
      CommitmentCancelled x = (CommitmentCancelled) e;
      return CommitmentCancelled.builder().from(x).id(id).customer(customer).source(source)
          .commitment(r.commitment().apply(x.commitment())).reason(ERASED).build();
    }
    throw new InvalidValueException("DataSubjectRights.events", e.getClass().getName(),
        "one of the timeline event types of org.completecrm.core.timeline");
  }

  /** Keyed pseudonyms: HMAC-SHA256 (RFC 2104) of a domain-separated identifier, as 80 bits of hex. */
  private static final class Keyed {
    private final Mac mac;

    Keyed(String secret) {
      try {
        this.mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new CrmException("HmacSHA256 is not available in this Java runtime", e);
      }
    }

    String pseudonym(String domain, String value) {
      byte[] digest = mac.doFinal((domain + "\u0000" + value).getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder("p-");
      for (int i = 0; i < 10; i++) {
        sb.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
      }
      return sb.toString();
    }
  }
}
