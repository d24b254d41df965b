package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.completecrm.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCsvTest {
  @TempDir Path dir;

  private SummaryCsv.Table read(String text) throws IOException {
    Path file = dir.resolve("s.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return SummaryCsv.read(file, Delimiter.COMMA);
  }

  @Test
  void quotedIdsBlankLinesCarriageReturnsAndMissingIdsAreRead() throws IOException {
    SummaryCsv.Table t = read("T,frequency,customer_id,recency,weights\r\n"
        + "40, 2 ,\"a,\"\"b\"\"\",30.5,\r\n\r\n"
        + "39.0,0,,0,3\n"
        + "38,1,\"two, words\",2\n");
    assertEquals(3, t.columns().size());
    assertEquals("a,\"b\"", t.ids().get(0));
    assertEquals("row-3", t.ids().get(1));
    assertEquals("two, words", t.ids().get(2));
    assertThrows(InvalidValueException.class,
        () -> read("customer_id,frequency,recency,T\n\"a\nb\",1,2,3\n"));
    assertEquals(2, t.columns().frequency(0));
    assertEquals(30.5, t.columns().recency(0));
    assertEquals(40, t.columns().age(0));
    assertEquals(3, t.columns().weight(1));
    StringBuilder sb = new StringBuilder();
    t.ids().appendCell(0, sb);
    assertEquals("\"a,\"\"b\"\"\"", sb.toString());
    assertEquals(-1, t.ids().firstDuplicate());
  }

  @Test
  void duplicateIdsAreFoundInLinearTime() throws IOException {
    StringBuilder text = new StringBuilder("customer_id,frequency,recency,T\n");
    for (int i = 0; i < 50_000; i++) {
      text.append("c").append(i).append(",1,2,3\n");
    }
    text.append("c49999,1,2,3\n");
    SummaryCsv.Table t = read(text.toString());
    assertEquals(50_000, t.ids().firstDuplicate());
  }

  /**
   * Fit and score on 30,000 distinct customers (several chunks) print the same on one thread as
   * on three; no threads is a usage error.
   */
  @Test
  void fitAndScoreAreTheSameOnAnyNumberOfThreads() throws IOException {
    Path file = dir.resolve("distinct.csv");
    org.completecrm.examples.bench.DistinctSummaryFile.main(
        new String[] {file.toString(), "30000"});
    String fitOne = CliRun.of("fit", "--model", "bg-nbd", "--summary", file.toString(),
        "--threads", "1").expectExit(0).out;
    String fitThree = CliRun.of("fit", "--model", "bg-nbd", "--summary", file.toString(),
        "--threads", "3").expectExit(0).out;
    assertEquals(fitOne, fitThree);
    Path fit = Files.writeString(dir.resolve("fit.json"), fitOne);
    Path spend = Files.writeString(dir.resolve("spend.json"), CliRun.of("fit", "--model",
        "gamma-gamma", "--summary", file.toString()).expectExit(0).out);
    String[] score = {"score", "--summary", file.toString(), "--fit", fit.toString(),
        "--spend-fit", spend.toString(), "--horizon", "52", "--discount-rate", "0.002",
        "--threads", "1"};
    String one = CliRun.of(score).expectExit(0).out;
    score[score.length - 1] = "3";
    assertEquals(one, CliRun.of(score).expectExit(0).out);
    String[] lines = one.split("\n");
    assertEquals(30_001, lines.length);
    assertEquals("customer_id,p_alive,expected_purchases,expected_spend,clv", lines[0]);
    CliRun none = CliRun.of("fit", "--model", "bg-nbd", "--summary", file.toString(),
        "--threads", "0");
    assertEquals(CrmCli.USAGE, none.exitCode);
    assertTrue(none.err.contains("--threads"), none.err);
  }

  @Test
  void badCellsNameTheFileLineAndColumn() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> read("customer_id,frequency,recency,T\nc,1,2,3\nd,1,0x1p3,3\n"));
    assertEquals("s.csv line 3 column recency", e.field());
    e = assertThrows(InvalidValueException.class,
        () -> read("customer_id,frequency,recency,T\nc,1,2,3,4\n"));
    assertTrue(e.expected().contains("well-formed CSV"), e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> read("customer_id,frequency,recency,T\nc,1.5,2,3\n"));
    assertEquals("s.csv line 2 column frequency", e.field());
    e = assertThrows(InvalidValueException.class,
        () -> read("customer_id,frequency,recency,T\nc,1,5,3\n"));
    assertEquals("s.csv line 2 column recency", e.field());
    e = assertThrows(InvalidValueException.class, () -> read("customer_id,frequency,T\nc,1,3\n"));
    assertEquals("s.csv line 1 (the header)", e.field());
    assertEquals("a column named 'recency'", e.expected());
    assertThrows(InvalidValueException.class, () -> read("customer_id,frequency,recency,T\n\"c,1,2,3\n"));
  }

  @Test
  void decimalsParseAsDoubleParseDoubleDoes() {
    qt().forAll(doubles().between(-1e9, 1e9), integers().between(0, 17)).checkAssert((v, digits) -> {
      for (String s : new String[] {Double.toString(v),
          String.format(Locale.ROOT, "%." + digits + "f", v),
          String.format(Locale.ROOT, "%." + digits + "e", v)}) {
        char[] c = s.toCharArray();
        assertEquals(Double.doubleToLongBits(Double.parseDouble(s)),
            Double.doubleToLongBits(SummaryCsv.Decimals.parse(c, 0, c.length)), s);
      }
    });
    for (String s : new String[] {"9007199254740992", "9007199254740993", "0.9007199254740993",
        "900719925474099.3", "0.9007199254740992", "1.000000000000001", "-0.0", "6.031294396379675",
        "0.27532700866979987", "1234567890123456.5"}) {
      char[] c = s.toCharArray();
      assertEquals(Double.doubleToLongBits(Double.parseDouble(s)),
          Double.doubleToLongBits(SummaryCsv.Decimals.parse(c, 0, c.length)), s);
    }
    for (String bad : new String[] {"", ".", "+", "1e", "1e12345", "0x10", "8f", "NaN", "1..2", "1 2"}) {
      char[] c = bad.toCharArray();
      assertTrue(Double.isNaN(SummaryCsv.Decimals.parse(c, 0, c.length)), bad);
    }
  }
}
