package org.completecrm.core.identity;

import static org.completecrm.core.testing.IdentityFixtures.aRecord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.testing.FebrlStyleGen;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * Blocking keys hashed in place ({@link KeyHash}) equal the hashes of the key texts
 * ({@link Blocking#key}, {@link Blocking#idVariants}) as the resolver hashed them before, written
 * out here once more (FNV-1a, then the SplitMix64 finaliser): on generated records of both
 * generators and on records with missing, short, long and non-ASCII values.
 */
class KeyHashTest {
  @Test
  void everyKeyOfGeneratedRecordsHashesAsItsText() {
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(1_500, 11L).records());
    records.addAll(FebrlStyleGen.deduplication(500, 12L).records());
    assertKeysAsText(Prepared.of(Resolver.sortedUnique(records)));
  }

  @Test
  void missingShortLongAndAccentedValuesHashAsTheirText() {
    List<SourceRecord> records = List.of(
        aRecord("a", "1"),
        aRecord("a", "2", AttributeType.GIVEN_NAME, "Zoë", AttributeType.FAMILY_NAME, "O'Brien",
            AttributeType.BIRTH_DATE, "1980-02-30", AttributeType.PHONE, "123456", AttributeType.NATIONAL_ID, "ABC"),
        aRecord("a", "3", AttributeType.FAMILY_NAME, "Ng", AttributeType.BIRTH_DATE, "19",
            AttributeType.PHONE, "1234567", AttributeType.NATIONAL_ID, "ABCD", AttributeType.STREET_NUMBER, "4",
            AttributeType.LOCALITY, "Åre"),
        aRecord("a", "4", AttributeType.GIVEN_NAME, "Bill", AttributeType.FAMILY_NAME, "Adams",
            AttributeType.NATIONAL_ID, "12345678901234567890", AttributeType.POSTCODE, "SW1A 1AA",
            AttributeType.STREET, "High Street", AttributeType.EMAIL, "x@example.com", AttributeType.ACCOUNT_ID, "A-1"),
        aRecord("a", "5", AttributeType.GIVEN_NAME, "Adams", AttributeType.FAMILY_NAME, "Bill",
            AttributeType.NATIONAL_ID, "123456789012345678901", AttributeType.BIRTH_DATE, "1990-01-01"),
        aRecord("a", "6", AttributeType.FAMILY_NAME, "---", AttributeType.GIVEN_NAME, "Al"));
    assertKeysAsText(Prepared.of(records));
  }

  @Test
  void theKeyNumberTakesPartAndAnUnknownKeyIsRefused() {
    Prepared p = Prepared.of(List.of(aRecord("a", "1", AttributeType.EMAIL, "x@example.com")));
    assertNotEquals(KeyHash.of(4, "x@example.com"), KeyHash.of(5, "x@example.com"));
    assertThrows(InvalidValueException.class, () -> KeyHash.of(p, 0, Blocking.KEYS));
  }

  private static void assertKeysAsText(Prepared p) {
    for (int i = 0; i < p.size; i++) {
      List<Long> blocks = new ArrayList<>();
      for (int k = 0; k < Blocking.KEYS; k++) {
        String text = Blocking.key(p, i, k);
        long expected = text == null ? 0 : fnv(k, text);
        assertEquals(expected, KeyHash.of(p, i, k), "key " + k + " of record " + i);
        if (text != null) {
          blocks.add((long) k << 32 | expected >>> 32);
        }
      }
      String[] variants = Blocking.idVariants(p.nationalId[i]);
      assertEquals(variants.length, KeyHash.variants(p.nationalId[i]));
      for (int d = 0; d < variants.length; d++) {
        long expected = fnv(Blocking.KEYS, variants[d]);
        assertEquals(expected, KeyHash.variant(p.nationalId[i], d), "variant " + d + " of record " + i);
        blocks.add((long) Blocking.KEYS << 32 | expected >>> 32);
      }
      long[] actual = Blocking.blocks(p, i);
      assertArrayEquals(blocks.stream().mapToLong(Long::longValue).toArray(), actual,
          "blocks of record " + i + ": " + Arrays.toString(actual));
    }
  }

  /** The hash of a key text as the resolver computed it before {@link KeyHash}. */
  private static long fnv(int k, String key) {
    long h = 0xcbf29ce484222325L ^ k;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
