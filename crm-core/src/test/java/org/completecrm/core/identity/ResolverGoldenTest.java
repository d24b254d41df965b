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
 * record with a nickname or a typo was read one way only, depending on which record came first);
 * a change that alters any result must change them knowingly.
 */
class ResolverGoldenTest {
  private static final Instant AT = Instant.parse("2026-12-06T00:00:00Z");

  @Test
  void theHarderGeneratedDataResolveAsBefore() {
    assertDigest("e715dd0c7d79719aa1417e32c7b02080c8fb7f1bf8b3a5e6692eb3e0794c868d",
        resolve(PeopleGen.harder(3_000, 20261206L).records()));
  }

  @Test
  void theFirstGeneratedDataResolveAsBefore() {
    assertDigest("183688690c297c3c8b6c271a7cf2aed6bdf3ad9ddb6ab8323b53e4bfddcdeaf7",
        resolve(PeopleGen.generate(3_000, 7L).records()));
  }

  @Test
  void theFebrlStyleFileResolvesAsBefore() {
    assertDigest("45f1846b92ed67c301a3751c841734f34646a6a631cd224e0acaf5166c67e198",
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
    assertDigest("9e07746e04446a15c7ecad318af47b1ffdd901540d793afb30a3ceab9503b0e4", r);
  }

  @Test
  void aResolveFromScratchOverAPreviousResolutionKeepsItsIdsAsBefore() {
    List<SourceRecord> all = new ArrayList<>(PeopleGen.harder(2_000, 20261208L).records());
    int n = all.size();
    Resolution first = resolve(all.subList(0, n * 4 / 5));
    Resolution r = Resolver.resolve(all, ResolverSettings.defaults(), java.util.Optional.of(first),
        AT.plusSeconds(3600));
    assertDigest("d34b14fa90ffb7ab913f43a3ddc16767c539fd482a45fc8cb6b282e865b4d249", r);
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
