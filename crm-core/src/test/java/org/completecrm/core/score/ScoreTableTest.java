package org.completecrm.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/**
 * Scores as a table ({@link Scores#of}, {@link ScoreTable}): for any names, values and labels,
 * the same value as the builder's scores: equal both ways, the same hash, text and JSON, the same
 * map in the same order, the same look-ups, present or absent.
 */
class ScoreTableTest {
  @Test
  void aTableIsTheBuildersScoresInEveryRespect() {
    qt().withExamples(1500).forAll(integers().between(0, 60), integers().between(0, 3), longs().all())
        .checkAssert((n, labelCount, seed) -> {
          Random random = new Random(seed);
          List<String> names = new ArrayList<>();
          double[] values = new double[n];
          var b = Scores.builder();
          for (int i = 0; i < n; i++) {
            String name = random.nextInt(3) == 0 ? "s" + i : "propensity.offer-" + i + "-" + random.nextInt(1000);
            names.add(name);
            values[i] = random.nextInt(4) == 0 ? random.nextInt(100) : (random.nextDouble() - 0.5) * 1e6;
            b.putValues(name, values[i]);
          }
          Map<String, String> labels = new LinkedHashMap<>();
          for (int i = 0; i < labelCount; i++) {
            labels.put("label" + i, "v" + random.nextInt(9));
            b.putLabels("label" + i, labels.get("label" + i));
          }
          Scores built = b.build();
          Scores table = Scores.of(ScoreNames.of(names), values, labels);
          assertEquals(built, table);
          assertEquals(table, built);
          assertEquals(built.hashCode(), table.hashCode());
          assertEquals(built.toString(), table.toString());
          assertEquals(CrmJson.write(built), CrmJson.write(table));
          assertEquals(built, CrmJson.read(CrmJson.write(table), Scores.class));
          assertEquals(built.values(), table.values());
          assertEquals(built.values().hashCode(), table.values().hashCode());
          assertEquals(new ArrayList<>(built.values().keySet()), new ArrayList<>(table.values().keySet()));
          assertEquals(new ArrayList<>(built.values().values()), new ArrayList<>(table.values().values()));
          assertEquals(built.labels(), table.labels());
          for (String name : names) {
            assertEquals(built.value(name), table.value(name));
            assertEquals(built.valueOrNaN(name), table.valueOrNaN(name));
            assertTrue(table.values().containsKey(name));
          }
          String absent = "absent-" + random.nextInt();
          assertNull(table.values().get(absent));
          assertFalse(table.values().containsKey(absent));
          assertTrue(Double.isNaN(table.valueOrNaN(absent)));
          assertTrue(Double.isNaN(built.valueOrNaN(absent)));
          if (n > 0) {
            double[] other = values.clone();
            other[random.nextInt(n)] += 1;
            assertNotEquals(built, Scores.of(ScoreNames.of(names), other, labels));
          }
        });
  }

  @Test
  void aTableIsReadOnlyAndKeepsItsOwnValues() {
    double[] values = {1.0, 2.0};
    Scores s = Scores.of(ScoreNames.of(List.of("a", "b")), values, Map.of());
    values[0] = 9.0;
    assertEquals(1.0, s.valueOrNaN("a"));
    assertThrows(UnsupportedOperationException.class, () -> s.values().put("c", 3.0));
    assertThrows(UnsupportedOperationException.class, () -> s.values().remove("a"));
    Iterator<Map.Entry<String, Double>> it = s.values().entrySet().iterator();
    it.next();
    assertThrows(UnsupportedOperationException.class, it::remove);
    assertThrows(UnsupportedOperationException.class, () -> s.values().entrySet().iterator().next().setValue(0.0));
  }

  @Test
  void badTablesAreRefusedNamingTheField() {
    ScoreNames ab = ScoreNames.of(List.of("a", "b"));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Scores.of(ab, new double[] {1.0, Double.NaN}, Map.of()));
    assertEquals("Scores.values[b]", e.field());
    assertEquals("Scores.values", assertThrows(InvalidValueException.class,
        () -> Scores.of(ab, new double[] {1.0}, Map.of())).field());
    assertEquals("ScoreNames.names[2]", assertThrows(InvalidValueException.class,
        () -> ScoreNames.of(List.of("a", "b", "a"))).field());
    Map<String, String> nullLabel = new LinkedHashMap<>();
    nullLabel.put("segment", null);
    assertThrows(InvalidValueException.class, () -> Scores.of(ab, new double[] {1.0, 2.0}, nullLabel));
    assertEquals(1, ab.slotOf("b"));
    assertEquals(-1, ab.slotOf("c"));
    assertEquals(-1, ab.slotOf(null));
  }
}
