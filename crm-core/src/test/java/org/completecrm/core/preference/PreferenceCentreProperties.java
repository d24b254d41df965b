package org.completecrm.core.preference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.ChannelPreferences;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.customer.Customer;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.testing.CustomerFixtures;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Over random ledgers: an unsubscribe is never refused and ends marketing; an unverified opt-in is never consent. */
class PreferenceCentreProperties {
  private static final Customer ALICE = CustomerFixtures.alice();
  private static final ChannelPreferences PREFS = ChannelPreferences.none(ZoneId.of("UTC"));
  private static final Gen<ConsentLedger> LEDGERS = CoreGen.consentLedgers(ALICE.id(), 12);
  private static final Gen<Channel> CHANNELS = CoreGen.pick(List.of(Channel.values()));

  @Test
  void anUnsubscribeIsNeverRefusedAndEndsMarketingOnTheChannel() {
    qt().withExamples(200).forAll(LEDGERS, CHANNELS, SourceDSL.booleans().all()).checkAssert((ledger, channel, verified) -> {
      Instant at = CoreGen.HORIZON.plus(Duration.ofDays(1));
      Session s = new Session(verified ? "alice.abernethy@example.org" : "unknown@example.org", "link", "m-1", at);
      PreferenceOutcome o = PreferenceCentre.handle(ALICE, ledger, PREFS, new SelfServiceRequest.Unsubscribe(channel), s);
      assertTrue(o.accepted());
      ConsentLedger after = ledger;
      for (var e : o.entries()) {
        after = after.append(e);
      }
      assertFalse(after.allows(channel, Purpose.MARKETING, at));
      assertFalse(after.allows(channel, Purpose.RESEARCH, at.plus(Duration.ofDays(30))));
    });
  }

  @Test
  void anOptInForAnUnverifiedNumberNeverCountsAsConsentUntilConfirmed() {
    qt().withExamples(200).forAll(LEDGERS, CHANNELS).checkAssert((ledger, channel) -> {
      Instant at = CoreGen.HORIZON.plus(Duration.ofDays(1));
      Session s = new Session("alice.abernethy@example.org", "web", "s-1", at);
      PreferenceOutcome o = PreferenceCentre.handle(ALICE, ledger, PREFS,
          new SelfServiceRequest.OptIn(channel, Purpose.MARKETING, Optional.of("+447700900123")), s);
      ConsentLedger after = ledger.append(o.entries().get(0));
      assertFalse(after.effective(channel, Purpose.MARKETING, "+447700900123", at.plus(Duration.ofDays(2))).allowed());
    });
  }
}
