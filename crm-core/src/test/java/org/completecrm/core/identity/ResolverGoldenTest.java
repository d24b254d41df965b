package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.FebrlStyleGen;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * Golden test guarding the performance work on the resolver: seeded inputs and stored SHA-256
 * digests of the whole resolution as JSON (records, clusters and ids, the estimated model with its
 * term-frequency tables, the review queue in order, the log, the statistics). The digests were
 * taken before the first change of issue 20's third pass (2026-12-06) and taken again when the
 * comparison of swapped given and family names became symmetric (2026-12-06, issue 20: a swapped
 * record with a nickname or a typo was read one way only, depending on which record came first),
 * and again when pairs that agree on the names alone became matches only where the names are rare
 * enough for the table's size (2026-12-07, issue 20: name-only pairs chained ten million records;
 * the term-frequency tables also keep their record counts now, so the model JSON changed for the
 * FEBRL-style file too, whose clusters did not), and again when that rule became one for
 * whatever a pair agrees on without an identifier (2026-12-07, issue 20: a given name and a birth
 * date with different family names chained records in a table of ten million; the model also
 * keeps the birth dates' chance agreement, so the model JSON changed for every input); a change
 * that alters any result must change them knowingly.
 */
class ResolverGoldenTest {
  private static final Instant AT = Instant.parse("2026-12-06T00:00:00Z");

  @Test
  void theHarderGeneratedDataResolveAsBefore() {
    assertDigest("b44ca80fed6f27af7a0279bcaa1c2ca6d52564c7e9c740d26ffecdffb0b4ceff",
        resolve(PeopleGen.harder(3_000, 20261206L).records()));
  }

  @Test
  void theFirstGeneratedDataResolveAsBefore() {
    assertDigest("0a4d201b8afff77ad3ab7720da87bde3484f52e767ba2590739c457a90cc6243",
        resolve(PeopleGen.generate(3_000, 7L).records()));
  }

  @Test
  void theFebrlStyleFileResolvesAsBefore() {
    assertDigest("b35ffa2543f02100d4dac761e24055a1b7bb20ab2bbd0eede26290ebd503b52a",
        resolve(FebrlStyleGen.deduplication(1_500, 20261206L).records()));
  }

  @Test
  void anIndexUpdatedInTwoBatchesGivesTheSameResolutionAsBefore() {
    List<SourceRecord> all = new ArrayList<>(PeopleGen.harder(3_000, 20261207L).records());
    int n = all.size();
    Resolution base = resolve(all.subList(0, n - 600));
    MatchIndex index = MatchIndex.of(base);
    index.update(all.subList(n - 600, n - 300), AT.plusSeconds(60));
    Resolution r = index.update(all.subList(n - 300, n), AT.plusSeconds(120));
    assertDigest("7ec56de7a72f6194c92479108e51bbf0e28c0484b26d8dd78339b4f4e578e239", r);
  }

  @Test
  void aResolveFromScratchOverAPreviousResolutionKeepsItsIdsAsBefore() {
    List<SourceRecord> all = new ArrayList<>(PeopleGen.harder(2_000, 20261208L).records());
    int n = all.size();
    Resolution first = resolve(all.subList(0, n * 4 / 5));
    Resolution r = Resolver.resolve(all, ResolverSettings.defaults(), java.util.Optional.of(first),
        AT.plusSeconds(3600));
    assertDigest("b9dec13af06ebdeccd2d6fa7e0076b47553327a42d1a218f9c3cc11c89db9c1b", r);
  }

  private static Resolution resolve(List<SourceRecord> records) {
    return Resolver.resolve(records, ResolverSettings.defaults(), AT);
  }

  private static void assertDigest(String expected, Resolution r) {
    assertEquals(expected, sha256(CrmJson.write(r)), () -> r.statistics().toString());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
