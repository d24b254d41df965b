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
 * taken before the first change of issue 20's third pass (2026-12-06); a change that alters any
 * result must change them knowingly.
 */
class ResolverGoldenTest {
  private static final Instant AT = Instant.parse("2026-12-06T00:00:00Z");

  @Test
  void theHarderGeneratedDataResolveAsBefore() {
    assertDigest("10683a7ca31ebdbb0c45a5ba48c2dc0132ea17126efc6f7c3b8d44c7ddf42318",
        resolve(PeopleGen.harder(3_000, 20261206L).records()));
  }

  @Test
  void theFirstGeneratedDataResolveAsBefore() {
    assertDigest("a43f8b80f18c990b1c2da3a5014ae0afbefe82ccc4b9209136b3d5a211600dd6",
        resolve(PeopleGen.generate(3_000, 7L).records()));
  }

  @Test
  void theFebrlStyleFileResolvesAsBefore() {
    assertDigest("723b81533fbd5d49dead28e31800ee01b20bd4feb3cc5ce9462e3ebefee3b6d6",
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
    assertDigest("15c25fb9ba311a32da9a4fd37e52429d4f2f03841e69bda8b915ac6f9e001196", r);
  }

  @Test
  void aResolveFromScratchOverAPreviousResolutionKeepsItsIdsAsBefore() {
    List<SourceRecord> all = new ArrayList<>(PeopleGen.harder(2_000, 20261208L).records());
    int n = all.size();
    Resolution first = resolve(all.subList(0, n * 4 / 5));
    Resolution r = Resolver.resolve(all, ResolverSettings.defaults(), java.util.Optional.of(first),
        AT.plusSeconds(3600));
    assertDigest("3e80834b600d6e8df619d5e3d60b6fc5d760839594f61f46a0b7e2c9418d4fe1", r);
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
