package org.completecrm.rules.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.view.CustomerView;
import org.completecrm.rules.fixtures.Customers;
import org.completecrm.rules.ruleset.CapPolicy;
import org.completecrm.rules.ruleset.PolicySettings;
import org.junit.jupiter.api.Test;

class NotificationDigestTest {
  private static final Instant AT = Customers.NOW;
  private static final CustomerView ANA = Customers.anaAt(AT);
  private static final LoopRules SERVICE = LoopRules.defaults().withPurpose(Purpose.SERVICE);

  private static Notification to(CustomerId c, String subject, Channel ch, Instant sendAt) {
    return new Notification(c, subject, ch, Purpose.SERVICE, sendAt, "About " + subject + ".", List.of("voted"));
  }

  @Test
  void fourMessagesToOneCustomerOnOneChannelBecomeOneDigestAtTheLatestInstant() {
    LoopOutcome run = new LoopOutcome(List.of(to(Customers.ANA, "idea i-1", Channel.EMAIL, AT),
        to(Customers.ANA, "idea i-2", Channel.EMAIL, AT), to(Customers.ANA, "idea i-3", Channel.EMAIL,
            AT.plusSeconds(60)), to(Customers.ANA, "market m-1", Channel.EMAIL, AT)), List.of());
    LoopOutcome digest = NotificationDigest.of(run, Map.of(Customers.ANA, ANA), SERVICE);
    assertEquals(1, digest.notifications().size());
    Notification n = digest.notifications().get(0);
    assertEquals("4 updates: idea i-1, idea i-2, idea i-3, market m-1", n.subject());
    assertEquals("About idea i-1.\nAbout idea i-2.\nAbout idea i-3.\nAbout market m-1.", n.message());
    assertEquals(AT.plusSeconds(60), n.sendAt());
    assertEquals("one digest of 4 messages on EMAIL in this run", n.reasons().get(0));
  }

  @Test
  void theDigestPassesTheGateAgainAsOneContact() {
    PolicySettings oneEmailADay = PolicySettings.builder().addCaps(CapPolicy.builder().id("one-email-a-day")
        .channel(Channel.EMAIL).max(1).window(Duration.ofDays(1)).build()).build();
    LoopOutcome run = new LoopOutcome(List.of(to(Customers.ANA, "idea i-1", Channel.EMAIL, AT),
        to(Customers.ANA, "idea i-2", Channel.EMAIL, AT)), List.of());
    LoopOutcome digest = NotificationDigest.of(run, Map.of(Customers.ANA, ANA), SERVICE.withPolicies(oneEmailADay));
    assertEquals(1, digest.notifications().size(), digest.toString());
    LoopOutcome researchRun = new LoopOutcome(run.notifications().stream().map(n -> new Notification(n.customer(),
        n.subject(), n.channel(), Purpose.RESEARCH, n.sendAt(), n.message(), n.reasons())).toList(), List.of());
    LoopOutcome research = NotificationDigest.of(researchRun, Map.of(Customers.ANA, ANA), LoopRules.defaults());
    assertEquals(0, research.notifications().size());
    assertEquals(1, research.suppressed().size());
    assertTrue(research.suppressed().get(0).reasons().stream().anyMatch(r -> r.contains("consent")),
        research.suppressed().toString());
  }

  @Test
  void aSingleMessageAndOtherChannelsAreLeftAsTheyAre() {
    CustomerId ben = CustomerId.of("c-ben");
    Notification alone = to(ben, "idea i-1", Channel.SMS, AT);
    LoopOutcome run = new LoopOutcome(List.of(alone, to(Customers.ANA, "idea i-1", Channel.EMAIL, AT),
        to(Customers.ANA, "idea i-2", Channel.PHONE, AT)), List.of(new SuppressedNotification(ben, "idea i-2",
        List.of("voted", "no consent"))));
    LoopOutcome digest = NotificationDigest.of(run, Map.of(Customers.ANA, ANA), SERVICE);
    assertEquals(3, digest.notifications().size());
    assertTrue(digest.notifications().contains(alone));
    assertEquals(run.suppressed(), digest.suppressed());
  }
}
