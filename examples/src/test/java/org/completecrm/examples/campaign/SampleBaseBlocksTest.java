package org.completecrm.examples.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.completecrm.rules.campaign.ContextLines;
import org.junit.jupiter.api.Test;

/**
 * The generator cut into blocks ({@link SampleBase#blocks}) gives, block after block, exactly the
 * contexts of the whole generator: what the Spark job relies on to generate a base on its executors.
 */
class SampleBaseBlocksTest {
  private static final List<String> OFFERS = List.of("premium-fund-switch", "isa-top-up", "satisfaction-survey");

  @Test
  void theDrawsAreThoseOfSplittableRandom() {
    qt().withExamples(50).forAll(longs().all(), integers().between(1, 1 << 30)).checkAssert((seed, bound) -> {
      SplittableRandom jdk = new SplittableRandom(seed);
      SampleBase.Draws ours = new SampleBase.Draws(seed);
      for (int i = 0; i < 2000; i++) {
        int b = i % 3 == 0 ? bound : 1 + i % 5000;
        assertEquals(jdk.nextInt(b), ours.nextInt(b), "draw " + i);
      }
      assertEquals(new SplittableRandom(ours.state).nextLong(), jdk.nextLong(), "the state continues the stream");
    });
  }

  @Test
  void theBlocksConcatenatedAreTheGeneratorsOutput() {
    qt().withExamples(20).forAll(integers().between(0, 1200), longs().all(), integers().between(1, 9))
        .checkAssert((customers, seed, blocks) -> {
          List<String> whole = new ArrayList<>();
          SampleBase.generate(customers, seed, SampleBase.AT, OFFERS, c -> whole.add(ContextLines.write(c)));
          List<SampleBase.Position> cuts = SampleBase.blocks(customers, seed, OFFERS.size(), blocks);
          assertEquals(blocks + 1, cuts.size());
          assertEquals(customers, cuts.get(blocks).customer());
          List<String> inBlocks = new ArrayList<>();
          for (int b = blocks - 1; b >= 0; b--) {
            List<String> block = new ArrayList<>();
            SampleBase.generate(cuts.get(b), cuts.get(b + 1).customer(), SampleBase.AT, OFFERS,
                c -> block.add(ContextLines.write(c)));
            inBlocks.addAll(0, block);
          }
          assertEquals(whole, inBlocks);
        });
  }
}
