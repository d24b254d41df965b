package org.completecrm.rules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.explain.Delivery;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.junit.jupiter.api.Test;

class ContactPermissionTest {
  private static final Instant AT = Instant.parse("2026-11-23T10:15:00Z");
  private static final ChannelVerdict REFUSED = ChannelVerdict.builder().channel(Channel.SMS).allowed(false)
      .reason(Reason.of(Stage.CONTACT_POLICY, "consent:SMS/MARKETING", "No marketing contact on SMS.")).build();
  private static final ChannelVerdict ALLOWED = ChannelVerdict.builder().channel(Channel.EMAIL).allowed(true)
      .delivery(Delivery.OUTBOUND).sendAt(AT)
      .reason(Reason.of(Stage.CONTACT_POLICY, "consent:EMAIL/MARKETING", "e-mail now.")).build();
  private static final Reason SUPPRESSED = Reason.of(Stage.CONTACT_POLICY, "policy:cool-down", "Turned down.");

  @Test
  void anAllowedPermissionCarriesTheChosenChannelsDeliveryAndInstant() {
    ContactPermission p = ContactPermission.allowed(Purpose.MARKETING, ALLOWED, List.of(REFUSED, ALLOWED));
    assertTrue(p.allowed());
    assertEquals(Optional.of(Channel.EMAIL), p.channel());
    assertEquals(Optional.of(Delivery.OUTBOUND), p.delivery());
    assertEquals(Optional.of(AT), p.sendAt());
    assertSame(ALLOWED.reason(), p.decisive());
    assertEquals("No marketing contact on SMS. e-mail now.", p.explanation());
  }

  @Test
  void aRefusalIsDecidedByTheCommonReasonOrTheFirstChannelTried() {
    ContactPermission common = ContactPermission.refused(Purpose.MARKETING, SUPPRESSED);
    assertFalse(common.allowed());
    assertSame(SUPPRESSED, common.decisive());
    assertEquals("Turned down.", common.explanation());
    ContactPermission each = ContactPermission.refused(Purpose.MARKETING, List.of(REFUSED));
    assertSame(REFUSED.reason(), each.decisive());
    assertEquals(Optional.empty(), each.channel());
  }

  @Test
  void anImmutableVerdictListIsKeptAsGivenAndAnyOtherIsCopied() {
    List<ChannelVerdict> immutable = List.of(REFUSED);
    assertSame(immutable, ContactPermission.refused(Purpose.MARKETING, immutable).verdicts());
    List<ChannelVerdict> mutable = new ArrayList<>(immutable);
    ContactPermission p = ContactPermission.refused(Purpose.MARKETING, mutable);
    mutable.clear();
    assertEquals(immutable, p.verdicts());
    assertThrows(UnsupportedOperationException.class, () -> p.verdicts().add(ALLOWED));
  }

  @Test
  void roundTripsThroughJson() {
    for (ContactPermission p : List.of(ContactPermission.allowed(Purpose.MARKETING, ALLOWED, List.of(REFUSED, ALLOWED)),
        ContactPermission.refused(Purpose.SERVICE, SUPPRESSED), ContactPermission.refused(Purpose.MARKETING,
            List.of(REFUSED)))) {
      String json = CrmJson.write(p);
      ContactPermission back = CrmJson.read(json, ContactPermission.class);
      assertEquals(p, back, json);
      assertEquals(p.hashCode(), back.hashCode());
      assertEquals(p.toString(), back.toString());
      assertTrue(json.startsWith("{\"purpose\":"), json);
    }
    assertNotEquals(ContactPermission.refused(Purpose.SERVICE, SUPPRESSED),
        ContactPermission.refused(Purpose.MARKETING, SUPPRESSED));
  }

  @Test
  void badPartsAreNamed() {
    InvalidValueException nullVerdict = assertThrows(InvalidValueException.class,
        () -> ContactPermission.refused(Purpose.MARKETING, Arrays.asList(REFUSED, null)));
    assertTrue(nullVerdict.getMessage().contains("ContactPermission.verdicts[1]"), nullVerdict.getMessage());
    InvalidValueException none = assertThrows(InvalidValueException.class,
        () -> ContactPermission.refused(Purpose.MARKETING, List.of()));
    assertTrue(none.getMessage().contains("ContactPermission.verdicts"), none.getMessage());
    InvalidValueException half = assertThrows(InvalidValueException.class, () -> new ContactPermission(Purpose.MARKETING,
        Optional.of(Channel.EMAIL), Optional.empty(), Optional.of(AT), Optional.empty(), List.of(ALLOWED)));
    assertTrue(half.getMessage().contains("ContactPermission.channel"), half.getMessage());
    InvalidValueException both = assertThrows(InvalidValueException.class, () -> new ContactPermission(Purpose.MARKETING,
        Optional.of(Channel.EMAIL), Optional.of(Delivery.OUTBOUND), Optional.of(AT), Optional.of(SUPPRESSED),
        List.of(ALLOWED)));
    assertTrue(both.getMessage().contains("ContactPermission.refusal"), both.getMessage());
    assertThrows(InvalidValueException.class, () -> ContactPermission.refused(null, SUPPRESSED));
  }
}
