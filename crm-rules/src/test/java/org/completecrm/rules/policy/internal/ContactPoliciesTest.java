package org.completecrm.rules.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The contact policies apply in the order the business states them. */
class ContactPoliciesTest {
  @Test
  void thePoliciesApplyInTheirStatedOrder() {
    assertEquals(List.of("Suppression", "HouseholdSuppression", "CoolDown", "OutboundChannel", "Consent", "QuietHoursDeferral",
        "ConsentWhenSent", "ChannelVolume", "CustomerFrequency", "Caps"),
        ContactPolicies.IN_ORDER.stream().map(p -> p.getClass().getSimpleName()).toList());
  }
}
