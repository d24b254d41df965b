package org.completecrm.core.identity;

import static org.completecrm.core.identity.AttributeType.BIRTH_DATE;
import static org.completecrm.core.identity.AttributeType.FAMILY_NAME;
import static org.completecrm.core.identity.AttributeType.GIVEN_NAME;
import static org.completecrm.core.identity.AttributeType.POSTCODE;
import static org.completecrm.core.identity.AttributeType.STREET;
import static org.completecrm.core.identity.AttributeType.STREET_NUMBER;
import static org.completecrm.core.testing.IdentityFixtures.aRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.completecrm.core.CustomerId;
import org.completecrm.core.household.Household;
import org.completecrm.core.household.HouseholdRole;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

class HouseholdInferenceTest {
  static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

  static Object[] at(String family) {
    return new Object[] {FAMILY_NAME, family, STREET_NUMBER, "4", STREET, "Oak Road", POSTCODE, "OX1 1AA"};
  }

  static SourceRecord person(String key, String given, String family, String dob) {
    Object[] base = at(family);
    Object[] all = new Object[base.length + 4];
    System.arraycopy(base, 0, all, 0, base.length);
    all[base.length] = GIVEN_NAME;
    all[base.length + 1] = given;
    all[base.length + 2] = BIRTH_DATE;
    all[base.length + 3] = dob;
    return aRecord("billing", key, all);
  }

  @Test
  void proposesAFamilyAtOneAddressWithRolesAndAppliesItThroughHouseholdOperations() {
    Resolution r = Resolver.resolve(List.of(
        person("1", "Tom", "Cole", "1970-03-03"), person("2", "Sue", "Cole", "1972-05-05"),
        person("3", "Amy", "Cole", "2001-02-03"), person("4", "Zed", "Quill", "1990-01-01"),
        aRecord("billing", "5", GIVEN_NAME, "Ida", FAMILY_NAME, "Cole", STREET_NUMBER, "9", STREET, "Elm Road", POSTCODE, "OX2 2BB", BIRTH_DATE, "1940-01-01")),
        ResolverTest.GIVEN, AT);
    List<HouseholdSuggestion> s = HouseholdInference.suggest(r.goldenRecords());
    assertEquals(1, s.size(), s::toString);
    HouseholdSuggestion h = s.get(0);
    CustomerId tom = r.customerOf(SourceIdentity.of("billing", "1")).orElseThrow();
    CustomerId sue = r.customerOf(SourceIdentity.of("billing", "2")).orElseThrow();
    CustomerId amy = r.customerOf(SourceIdentity.of("billing", "3")).orElseThrow();
    assertEquals(List.of(tom, sue, amy), h.members());
    assertEquals(HouseholdRole.PRIMARY, h.roles().get(tom));
    assertEquals(HouseholdRole.PARTNER, h.roles().get(sue));
    assertEquals(HouseholdRole.DEPENDANT, h.roles().get(amy));
    assertTrue(h.reasons().contains("members share an address"), h.reasons()::toString);
    assertFalse(h.reasons().toString().contains("Cole"));
    Household created = h.newHousehold(AT);
    assertEquals(java.util.Set.of(tom, sue, amy), created.membersAt(AT));
    assertEquals(java.util.Optional.of(tom), created.primaryAt(AT));
    assertEquals(created, h.applyTo(created, AT));
    assertEquals(h, CrmJson.read(CrmJson.write(h), HouseholdSuggestion.class));
  }

  @Test
  void flatmatesWithDifferentNamesAndNothingElseSharedAreNotAHousehold() {
    Resolution r = Resolver.resolve(List.of(person("1", "Tom", "Cole", "1990-03-03"), person("2", "Kim", "Park", "1991-05-05")),
        ResolverTest.GIVEN, AT);
    assertTrue(HouseholdInference.suggest(r.goldenRecords()).isEmpty());
  }
}
