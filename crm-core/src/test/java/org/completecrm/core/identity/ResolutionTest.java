package org.completecrm.core.identity;

import static org.completecrm.core.identity.AttributeType.BIRTH_DATE;
import static org.completecrm.core.identity.AttributeType.EMAIL;
import static org.completecrm.core.identity.AttributeType.FAMILY_NAME;
import static org.completecrm.core.identity.AttributeType.GIVEN_NAME;
import static org.completecrm.core.identity.AttributeType.PHONE;
import static org.completecrm.core.testing.IdentityFixtures.aRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.completecrm.core.CustomerId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

class ResolutionTest {
  static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
  static final Instant T1 = Instant.parse("2026-05-02T09:00:00Z");
  static final SourceRecord ANN_1 = aRecord("billing", "1", GIVEN_NAME, "Ann", FAMILY_NAME, "Lee", BIRTH_DATE, "1980-01-02", PHONE, "07700 111222");
  static final SourceRecord ANN_2 = aRecord("webshop", "2", GIVEN_NAME, "Anne", FAMILY_NAME, "Lee", BIRTH_DATE, "1980-01-02", EMAIL, "ann@example.com");
  static final SourceRecord BOB = aRecord("billing", "3", GIVEN_NAME, "Robert", FAMILY_NAME, "Stone", BIRTH_DATE, "1955-07-08");
  static final SourceRecord ANN_3 = aRecord("contact", "9", GIVEN_NAME, "Ann", FAMILY_NAME, "Lee", EMAIL, "ANN@example.com", PHONE, "+44 7700 111222");

  static Resolution base() {
    return Resolver.resolve(List.of(ANN_1, ANN_2, BOB), ResolverTest.GIVEN, T0);
  }

  @Test
  void anIncrementalRecordJoinsItsCustomerAndLeavesOtherIdsAlone() {
    Resolution r = base();
    CustomerId ann = r.customerOf(ANN_1.identity()).orElseThrow();
    CustomerId bob = r.customerOf(BOB.identity()).orElseThrow();
    Resolution next = r.update(List.of(ANN_3), T1);
    assertEquals(Optional.of(ann), next.customerOf(ANN_3.identity()));
    assertEquals(Optional.of(bob), next.customerOf(BOB.identity()));
    MatchDecision last = next.log().get(next.log().size() - 1);
    assertEquals(DecisionKind.ADD, last.kind());
    assertEquals(DecisionOrigin.AUTOMATIC, last.origin());
    assertEquals(DecisionLog.replay(next.log()), sorted(next.clusters()));
  }

  @Test
  void aChangedRecordIsResolvedAgainAndANewPersonGetsANewCustomer() {
    Resolution r = base();
    SourceRecord moved = aRecord("billing", "3", GIVEN_NAME, "Rob", FAMILY_NAME, "Stone", BIRTH_DATE, "1955-07-08", PHONE, "01000 000000");
    SourceRecord stranger = aRecord("webshop", "7", GIVEN_NAME, "Zed", FAMILY_NAME, "Quill", BIRTH_DATE, "1999-09-09");
    Resolution next = r.update(List.of(moved, stranger), T1);
    assertEquals(5 - 1, next.records().size());
    assertEquals("Rob", next.record(BOB.identity()).orElseThrow().get(GIVEN_NAME).orElseThrow());
    assertEquals(3, next.clusters().size());
    assertEquals(DecisionLog.replay(next.log()), sorted(next.clusters()));
  }

  @Test
  void unmergeAfterAPersonsMergeRestoresBothCustomersWithTheirIds() {
    Resolution r = base();
    CustomerId ann = r.customerOf(ANN_1.identity()).orElseThrow();
    CustomerId bob = r.customerOf(BOB.identity()).orElseThrow();
    Resolution merged = r.merge(ann, bob, "clerk7", "same person per phone call", T1);
    assertEquals(1, merged.clusters().size());
    Resolution split = merged.unmerge(ann, Set.of(BOB.identity()), "clerk8", "merged by mistake", T1);
    assertEquals(r.clusters(), split.clusters());
    assertEquals(r.records(), split.records());
    assertEquals(DecisionLog.replay(split.log()), sorted(split.clusters()));
    assertEquals(1, split.separations().size());
    MatchDecision undo = split.log().get(split.log().size() - 1);
    assertEquals(DecisionKind.UNMERGE, undo.kind());
    assertEquals(DecisionOrigin.PERSON, undo.origin());
    assertEquals("clerk8", undo.actor());
  }

  @Test
  void splittingACustomerGivesBothPartsNewIdsAndTheResolverNeverUndoesIt() {
    Resolution r = base();
    CustomerId ann = r.customerOf(ANN_1.identity()).orElseThrow();
    Resolution split = r.unmerge(ann, Set.of(ANN_2.identity()), "clerk", "two different Ann Lees", T1);
    CustomerId a = split.customerOf(ANN_1.identity()).orElseThrow();
    CustomerId b = split.customerOf(ANN_2.identity()).orElseThrow();
    assertNotEquals(a, b);
    assertFalse(split.clusters().containsKey(ann));
    Resolution next = split.update(List.of(ANN_3), T1);
    assertNotEquals(next.customerOf(ANN_1.identity()), next.customerOf(ANN_2.identity()));
    assertEquals(DecisionLog.replay(next.log()), sorted(next.clusters()));
  }

  @Test
  void resolutionsRoundTripThroughJsonExactly() {
    Resolution r = base().update(List.of(ANN_3), T1);
    CustomerId ann = r.customerOf(ANN_1.identity()).orElseThrow();
    Resolution split = r.unmerge(ann, Set.of(ANN_3.identity()), "clerk", "check", T1);
    Resolution back = CrmJson.read(CrmJson.write(split), Resolution.class);
    assertEquals(split, back);
    assertEquals(split.goldenRecords(), back.goldenRecords());
  }

  @Test
  void aFreshRunKeepsTheIdsOfCustomersThatWereNotSplit() {
    Resolution first = base();
    Resolution again = Resolver.resolve(List.of(ANN_1, ANN_2, BOB, ANN_3), ResolverTest.GIVEN, Optional.of(first), T1);
    assertEquals(first.customerOf(ANN_1.identity()), again.customerOf(ANN_3.identity()));
    assertEquals(first.customerOf(BOB.identity()), again.customerOf(BOB.identity()));
    assertEquals(DecisionLog.replay(again.log()), sorted(again.clusters()));
  }

  @Test
  void refusesOperationsOnUnknownCustomersAndImproperParts() {
    Resolution r = base();
    CustomerId ann = r.customerOf(ANN_1.identity()).orElseThrow();
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> r.merge(ann, CustomerId.of("nobody"), "clerk", "x", T1));
    assertEquals("Resolution.merge.absorbed", unknown.field());
    assertThrows(InvalidValueException.class, () -> r.unmerge(ann, Set.of(ANN_1.identity(), ANN_2.identity()), "c", "x", T1));
    assertThrows(InvalidValueException.class, () -> r.unmerge(ann, Set.of(), "c", "x", T1));
    assertThrows(InvalidValueException.class, () -> r.merge(ann, ann, "c", "x", T1));
  }

  @Test
  void theDecisionLogRejectsEntriesThatDoNotApply() {
    MatchDecision add = MatchDecision.builder().sequence(0).at(T0).kind(DecisionKind.ADD).origin(DecisionOrigin.PERSON)
        .actor("clerk").reason("x").customer(CustomerId.of("c-1")).records(Set.of(ANN_1.identity())).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DecisionLog.replay(List.of(add)));
    assertTrue(e.field().startsWith("MatchDecision[0]"), e.getMessage());
    assertThrows(InvalidValueException.class, () -> MatchDecision.builder().from(add).kind(DecisionKind.MERGE).build());
  }

  static java.util.SortedMap<CustomerId, java.util.SortedSet<SourceIdentity>> sorted(Map<CustomerId, Set<SourceIdentity>> m) {
    java.util.SortedMap<CustomerId, java.util.SortedSet<SourceIdentity>> out = new java.util.TreeMap<>();
    m.forEach((k, v) -> out.put(k, new java.util.TreeSet<>(v)));
    return out;
  }
}
