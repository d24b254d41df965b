package org.completecrm.examples;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.ContactKind;
import org.completecrm.core.customer.ContactPoint;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.customer.PartyKind;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.preference.PreferenceCentre;
import org.completecrm.core.preference.PreferenceOutcome;
import org.completecrm.core.preference.SelfServiceRequest;
import org.completecrm.core.preference.Session;
import org.completecrm.core.rekey.HeldData;
import org.completecrm.core.rekey.Rekey;
import org.completecrm.core.voice.Ballot;
import org.completecrm.core.voice.Vote;
import org.completecrm.core.voice.VoteDirection;
import org.completecrm.core.voice.VotingRule;

/**
 * The whole customer in crm-core: two records in two systems turn out to be one person; a data
 * steward merges them and everything held (consent, votes) is carried to the surviving id, the
 * most restrictive consent winning; the customer opts in to texts for a number not yet verified
 * (a pending double opt-in) and confirms; later the merge proves wrong, is undone, and every
 * entry goes back to the record it came from.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.completecrm.examples.WholeCustomerExample}.
 */
public final class WholeCustomerExample {
  /** When the records were resolved. */
  public static final Instant RESOLVED = Instant.parse("2026-04-01T09:00:00Z");
  /** When the steward merged them. */
  public static final Instant MERGED = Instant.parse("2026-04-02T10:00:00Z");
  /** When the merge was undone. */
  public static final Instant UNMERGED = Instant.parse("2026-05-02T10:00:00Z");

  private static final IdeaId IDEA = IdeaId.of("idea-call-back");

  private WholeCustomerExample() {}

  /**
   * What the example produced.
   *
   * @param before the data held before the merge
   * @param merged the data held after the merge (and the customer's self-service)
   * @param after the data held after the unmerge
   * @param survivor the customer that kept its id
   * @param absorbed the customer whose id ended, and came back
   */
  public record Result(HeldData before, HeldData merged, HeldData after, CustomerId survivor, CustomerId absorbed) {}

  /** Runs the story, writing what happens to {@code out}. */
  public static Result run(PrintWriter out) {
    SourceRecord billing = record("billing", "b-17", "Maria", "Lopez", "1979-03-14");
    SourceRecord webshop = record("webshop", "w-902", "Maria", "Lopez Garcia", "1979-04-13");
    Resolution resolved = Resolver.resolve(List.of(billing, webshop),
        ResolverSettings.builder().model(MatchModel.typical()).build(), RESOLVED);
    CustomerId survivor = resolved.customerOf(billing.identity()).orElseThrow();
    CustomerId absorbed = resolved.customerOf(webshop.identity()).orElseThrow();
    out.printf("resolved: %d customers (%s from billing, %s from the web shop)%n", resolved.clusters().size(), survivor, absorbed);

    HeldData before = HeldData.builder()
        .addLedgers(ConsentLedger.empty(survivor).append(consent(survivor, ConsentAction.GRANTED, "2025-01-10T12:00:00Z")))
        .addLedgers(ConsentLedger.empty(absorbed).append(consent(absorbed, ConsentAction.WITHDRAWN, "2025-06-01T08:00:00Z")))
        .addBallots(Ballot.builder().idea(IDEA).rule(VotingRule.ONE_PER_CUSTOMER)
            .addVotes(vote(absorbed, VoteDirection.UP, "2026-03-01T10:00:00Z"), vote(survivor, VoteDirection.DOWN, "2026-03-05T10:00:00Z"))
            .build())
        .build();

    Resolution merged = resolved.merge(survivor, absorbed, "steward-4", "same person, maiden name in the web shop", MERGED);
    Rekey.Merged m = Rekey.merge(before, resolved, survivor, absorbed, MERGED);
    ConsentLedger ledger = m.held().ledgers().get(0);
    out.printf("merged %s into %s: e-mail marketing %s (the web shop record had withdrawn it); votes on %s: %d (the first cast stands)%n",
        absorbed, survivor, ledger.effective(Channel.EMAIL, Purpose.MARKETING, MERGED).status(),
        IDEA, m.held().ballots().get(0).votes().size());

    Customer maria = Customer.builder().id(survivor).kind(PartyKind.PERSON).givenName("Maria").familyName("Lopez")
        .addContactPoints(ContactPoint.verified(ContactKind.EMAIL, "maria.lopez@example.org", RESOLVED))
        .addContactPoints(ContactPoint.of(ContactKind.PHONE, "+34600111222")).build();
    ChannelPreferences prefs = ChannelPreferences.none(ZoneId.of("Europe/Madrid"));
    Session web = new Session("maria.lopez@example.org", "web-preference-centre", "session-5521", MERGED.plusSeconds(3600));
    PreferenceOutcome optIn = PreferenceCentre.handle(maria, ledger, prefs,
        new SelfServiceRequest.OptIn(Channel.SMS, Purpose.MARKETING, Optional.of("+34600111222")), web);
    ConsentLedger pending = ledger.append(optIn.entries().get(0));
    out.printf("self-service opt-in to texts for an unverified number: %s%n",
        pending.effective(Channel.SMS, Purpose.MARKETING, "+34600111222", web.at()).status());
    Session reply = new Session("maria.lopez@example.org", "sms-reply", "msg-77", web.at().plusSeconds(600));
    PreferenceOutcome confirm = PreferenceCentre.handle(maria, pending, prefs,
        new SelfServiceRequest.Confirm(Channel.SMS, Purpose.MARKETING, Optional.of("+34600111222")), reply);
    ConsentLedger confirmed = pending.append(confirm.entries().get(0));
    out.printf("after the customer replied YES: %s%n",
        confirmed.effective(Channel.SMS, Purpose.MARKETING, "+34600111222", reply.at()).status());
    PreferenceOutcome refused = PreferenceCentre.handle(maria, confirmed, prefs, new SelfServiceRequest.RequestErasure(),
        new Session("+34600111222", "app", "session-9", reply.at()));
    out.printf("an erasure request through the unverified number: refused (%s)%n", refused.reasons().get(0));
    HeldData afterSelfService = HeldData.builder().from(m.held()).ledgers(List.of(confirmed)).build();

    Set<SourceIdentity> part = Set.of(webshop.identity());
    Resolution split = merged.unmerge(survivor, part, "steward-9", "two people after all", UNMERGED);
    HeldData after = Rekey.unmerge(afterSelfService, m.record(), split);
    for (ConsentLedger l : after.ledgers()) {
      out.printf("after the unmerge %s: consent entries %d, e-mail marketing %s%n", l.customer(), l.entries().size(),
          l.effective(Channel.EMAIL, Purpose.MARKETING, UNMERGED).status());
    }
    out.printf("votes on %s after the unmerge: %d%n", IDEA, after.ballots().get(0).votes().size());
    out.flush();
    return new Result(before, afterSelfService, after, survivor, absorbed);
  }

  private static SourceRecord record(String system, String key, String given, String family, String born) {
    Map<AttributeType, String> a = new EnumMap<>(AttributeType.class);
    a.put(AttributeType.GIVEN_NAME, given);
    a.put(AttributeType.FAMILY_NAME, family);
    a.put(AttributeType.BIRTH_DATE, born);
    return SourceRecord.builder().identity(SourceIdentity.of(system, key)).attributes(a).build();
  }

  private static ConsentEntry consent(CustomerId c, ConsentAction action, String at) {
    return ConsentEntry.builder().customer(c).channel(Channel.EMAIL).purpose(Purpose.MARKETING).action(action)
        .recordedAt(Instant.parse(at)).source("web-form").evidence("form-" + c.value()).build();
  }

  private static Vote vote(CustomerId c, VoteDirection d, String at) {
    return Vote.builder().idea(IDEA).customer(c).direction(d).at(Instant.parse(at)).build();
  }

  /** Runs the example. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
  }
}
