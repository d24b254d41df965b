package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/**
 * The persistent collections a {@link Resolution} shares between versions: {@link ChunkedMap}
 * and {@link AppendList} behave as a sorted map and a list (checked against the JDK's, with the
 * earlier version unchanged after every change), and a change copies only the chunks it touches.
 */
class PersistentCollectionsTest {
  @Test
  void aChunkedMapBehavesAsASortedMapAndEveryVersionStaysAsItWas() {
    qt().withExamples(60).forAll(integers().between(0, 3000), longs().all()).checkAssert((size, seed) -> {
      Random rnd = new Random(seed);
      TreeMap<Integer, String> model = new TreeMap<>();
      for (int i = 0; i < size; i++) {
        model.put(rnd.nextInt(5000), "v" + rnd.nextInt());
      }
      ChunkedMap<Integer, String> map = ChunkedMap.copyOf(model);
      for (int round = 0; round < 8; round++) {
        TreeMap<Integer, String> before = new TreeMap<>(model);
        ChunkedMap<Integer, String> old = map;
        Map<Integer, String> puts = new TreeMap<>();
        Set<Integer> removals = new HashSet<>();
        int changes = rnd.nextInt(round % 2 == 0 ? 5 : 800);
        for (int c = 0; c < changes; c++) {
          int key = rnd.nextInt(5000);
          if (rnd.nextInt(3) == 0) {
            removals.add(key);
          } else {
            puts.put(key, "w" + rnd.nextInt());
          }
        }
        map = map.with(puts, removals);
        removals.forEach(model::remove);
        model.putAll(puts);
        assertEquals(model, map);
        assertEquals(new ArrayList<>(model.values()), map.valueList());
        assertEquals(new ArrayList<>(model.keySet()), new ArrayList<>(map.keySet()));
        for (int probe = -1; probe < 5001; probe += 7) {
          assertEquals(model.get(probe), map.get(probe));
        }
        assertEquals(before, old);
      }
    });
  }

  @Test
  void aChangeToAFewKeysSharesEveryOtherChunk() {
    TreeMap<Integer, String> model = new TreeMap<>();
    for (int i = 0; i < 100_000; i++) {
      model.put(2 * i, "v" + i);
    }
    ChunkedMap<Integer, String> map = ChunkedMap.copyOf(model);
    ChunkedMap<Integer, String> next = map.with(Map.of(7, "new", 150_001, "new"), Set.of(40_000));
    assertEquals(100_001, next.size());
    assertTrue(next.sharedChunks(map) >= map.chunks() - 3, () -> next.sharedChunks(map) + " of " + map.chunks());
    assertFalse(map.containsKey(7));
  }

  @Test
  void anAppendListBehavesAsAListAndSharesItsFullChunks() {
    qt().withExamples(60).forAll(integers().between(0, 5000), longs().all()).checkAssert((size, seed) -> {
      Random rnd = new Random(seed);
      List<Integer> model = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        model.add(rnd.nextInt());
      }
      AppendList<Integer> list = AppendList.copyOf(model);
      for (int round = 0; round < 6; round++) {
        List<Integer> before = new ArrayList<>(model);
        AppendList<Integer> old = list;
        List<Integer> more = new ArrayList<>();
        int k = rnd.nextInt(round % 2 == 0 ? 3 : 3000);
        for (int i = 0; i < k; i++) {
          more.add(rnd.nextInt());
        }
        list = list.appendAll(more);
        model.addAll(more);
        assertEquals(model, list);
        assertEquals(before, old);
        assertTrue(list.sharedChunks(old) >= old.size() / AppendList.CHUNK);
      }
    });
  }

  @Test
  void anUpdateSharesTheRecordsAndClustersItDoesNotTouchAndTheJsonIsUnchanged() {
    List<SourceRecord> records = PeopleGen.generate(3000, 11L).records();
    int cut = records.size() - 20;
    Resolution base = Resolver.resolve(records.subList(0, cut), ResolverSettings.defaults(), IdentityProperties.AT);
    Resolution next = MatchIndex.of(base).update(records.subList(cut, records.size()), IdentityProperties.AT);
    assertTrue(next.recordMap().sharedChunks(base.recordMap()) >= base.recordMap().chunks() - 20);
    assertTrue(next.clusterMap().sharedChunks(base.clusterMap()) >= base.clusterMap().chunks() - 40);
    assertTrue(next.logList().sharedChunks(base.logList()) >= base.log().size() / AppendList.CHUNK);
    // the review queue stays in impact order: merged in by an update, sorted again by a person's merge
    assertTrue(next.possibleMatches().size() > 0);
    assertEquals(Resolver.byImpact(next.possibleMatches(), x -> next.clusters().get(next.customerOf(x).orElseThrow()).size()),
        next.possibleMatches());
    PairDecision top = next.possibleMatches().get(0);
    Resolution merged = next.merge(next.customerOf(top.first()).orElseThrow(), next.customerOf(top.second()).orElseThrow(),
        "clerk", "same person", IdentityProperties.AT);
    assertEquals(Resolver.byImpact(merged.possibleMatches(),
        x -> merged.clusters().get(merged.customerOf(x).orElseThrow()).size()), merged.possibleMatches());
    String json = CrmJson.write(next);
    assertFalse(json.contains("\"made\""), "the token of checked collections is not written");
    Resolution back = CrmJson.read(json, Resolution.class);
    assertEquals(next, back);
    assertEquals(json, CrmJson.write(back));
  }
}
