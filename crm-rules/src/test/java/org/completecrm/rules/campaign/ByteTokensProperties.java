package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

/**
 * {@link ByteTokens} gives Jackson's tokens, names, texts and doubles for every line it accepts,
 * and accepts the lines the library writes; anything it refuses goes to Jackson.
 */
class ByteTokensProperties {
  private static final JsonFactory JACKSON =
      CrmJson.mapper().getFactory().rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final List<String> LINES =
      CampaignInstances.contexts(300, 12, 9L).stream().map(ContextLines::write).toList();

  /** The tokens with their names, texts and doubles, or null where the tokenizer refuses the input. */
  private static List<String> tokens(JsonParser p) throws IOException {
    List<String> out = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      String what = switch (t) {
        case FIELD_NAME -> p.currentName();
        case VALUE_STRING -> p.getText() + "|" + new String(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        case VALUE_NUMBER_FLOAT -> Long.toString(Double.doubleToRawLongBits(p.getDoubleValue()));
        default -> "";
      };
      out.add(t + " " + what);
    }
    return out;
  }

  private static void sameAsJackson(String text) {
    sameAsJackson(text, new ByteTokens());
  }

  /** As {@link #sameAsJackson(String)}, with a tokenizer that may have read other lines (and guesses their names). */
  private static void sameAsJackson(String text, ByteTokens tokenizer) {
    byte[] bytes = ("\n" + text + "\n{").getBytes(StandardCharsets.US_ASCII);
    List<String> ours;
    try {
      ours = tokens(tokenizer.reset(bytes, 1, bytes.length - 3));
    } catch (ByteTokens.Refused refused) {
      return; // left to Jackson
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (JsonParser p = JACKSON.createParser(text)) {
      assertEquals(tokens(p), ours, text);
    } catch (IOException e) {
      throw new AssertionError("Jackson refuses what the tokenizer accepted: " + text, e);
    }
  }

  @Test
  void theLibrarysLinesAreAcceptedWithJacksonsTokens() throws IOException {
    ByteTokens tokens = new ByteTokens();
    for (String line : LINES) {
      byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
      try (JsonParser p = JACKSON.createParser(line)) {
        assertEquals(tokens(p), tokens(tokens.reset(bytes, 0, bytes.length)));
      }
    }
  }

  @Test
  void anyCutOrInsertionIsRefusedOrReadAsJacksonReadsIt() {
    String[] inserts = {"", "\"", ",", "}", "]", "{", "[", ":", "null", "nul", "nullx", "true", "tru", "false1", "1",
        "01", "-", "-0", "1.", ".5", "1e", "1e+", "2E-3", "-0.0", "1.5e308", "9e999", "{}", "[]", "\"a\"", " ", "\t",
        "\u0001", "\\u0041", "\\\"", "x", "1 2", ",,", "[1,]", "{\"a\":1,}"};
    qt().withExamples(6000).forAll(integers().between(0, LINES.size() - 1), integers().between(0, 1_000_000),
            integers().between(0, 12), integers().between(0, inserts.length - 1))
        .checkAssert((which, at, cut, insert) -> {
          String line = LINES.get(which);
          int from = at % line.length();
          int to = Math.min(line.length(), from + cut);
          sameAsJackson(line.substring(0, from) + inserts[insert] + line.substring(to));
        });
  }

  @Test
  void aCutOrInsertionAfterWholeLinesIsRefusedOrReadAsJacksonReadsIt() throws IOException {
    ByteTokens tokens = new ByteTokens(); // guesses each name from the names of the lines it read before
    String[] inserts = {"", "\"", "\"\"", "\"a", "a\"", "\"values\"", "0", "-", "\\", "\u0001", ":", ",\"x\":1", " "};
    qt().withExamples(6000).forAll(integers().between(0, LINES.size() - 1), integers().between(0, 1_000_000),
            integers().between(0, 6), integers().between(0, inserts.length - 1))
        .checkAssert((which, at, cut, insert) -> {
          String line = LINES.get(which);
          String before = LINES.get((which + 1) % LINES.size());
          byte[] bytes = before.getBytes(StandardCharsets.US_ASCII);
          try {
            tokens(tokens.reset(bytes, 0, bytes.length));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          int from = at % line.length();
          int to = Math.min(line.length(), from + cut);
          sameAsJackson(line.substring(0, from) + inserts[insert] + line.substring(to), tokens);
        });
  }

  @Test
  void namesAreReadAsJacksonReadsThemWhateverTheLinesBefore() {
    ByteTokens tokens = new ByteTokens();
    for (String text : List.of("{\"ab\":1,\"abc\":2,\"ab\":3,\"abc\":4}", "{\"ab\":1,\"abcd\":2,\"ab\":3,\"abc\":4}",
        "{\"ab\":1,\"ab\":2}", "{\"ab\":1,\"abc", "{\"ab\":1,\"abc\"", "{\"ab\":1,\"abc\" :5}",
        "{\"ab\":1,\"abc\\\":5}", "{\"ab\":[{\"abcdefghijklmnopqrstu\":1}],\"abcdefghijklmnopqrstu\":2}",
        "{\"ab\":[{\"abcdefghijklmnopqrstu\":1}],\"abcdefghijklmnopqrstv\":2}", "{\"abcdefghijklmnopqrstu\":1}",
        "{\"ab\":1,\"abc\":2,\"ab\":3,\"abc\":4}")) {
      sameAsJackson(text, tokens);
    }
  }

  @Test
  void namesDifferingInTheirLastBytesAreAllKeptInterned() throws IOException {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 200; i++) {
      json.append(i == 0 ? "" : ",").append("\"propensity.action-").append(100 + i).append("\":0.5");
    }
    byte[] bytes = json.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    ByteTokens tokens = new ByteTokens();
    for (int line = 0; line < 2; line++) { // the second time, every name guessed
      tokens.reset(bytes, 0, bytes.length);
      int names = 0;
      JsonToken t;
      while ((t = tokens.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          String name = tokens.currentName();
          assertTrue(name == name.intern(), name);
          names++;
        }
      }
      assertEquals(200, names);
    }
  }

  @Test
  void theWordTestPassesNoSpecialByte() {
    qt().withExamples(5000).forAll(longs().all(), integers().between(0, 7), integers().between(0, 3))
        .checkAssert((w, at, put) -> {
          long special = new long[] {'"', '\\', 0x1F, 0x80}[put];
          long word = (w & ~(0xFFL << (8 * at))) | (special << (8 * at));
          org.junit.jupiter.api.Assertions.assertFalse(ByteTokens.plain(word), Long.toHexString(word));
          boolean any = false;
          for (int k = 0; k < 8; k++) {
            long c = (w >>> (8 * k)) & 0xFF;
            any |= c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
          }
          if (any) {
            org.junit.jupiter.api.Assertions.assertFalse(ByteTokens.plain(w), Long.toHexString(w));
          }
        });
  }

  @Test
  void theLowestFlagIsOnTheFirstSpecialByte() {
    qt().withExamples(5000).forAll(longs().all(), integers().between(0, 7), integers().between(0, 4), integers().between(0, 7))
        .checkAssert((w, at, put, spread) -> {
          long[] specialBytes = {'"', '\\', 0x1F, 0x80, 0x00};
          // plant a special byte at "at" and plain bytes (at random, from w) around it, some just above one
          long word = (w & ~(0xFFL << (8 * at))) | (specialBytes[put] << (8 * at));
          if (spread == 0) {
            word = (word & ~(0xFFL << (8 * ((at + 1) & 7)))) | (((specialBytes[put] + 1) & 0xFF) << (8 * ((at + 1) & 7)));
          }
          int first = 8;
          for (int k = 0; k < 8; k++) {
            long c = (word >>> (8 * k)) & 0xFF;
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
              first = k;
              break;
            }
          }
          long flags = ByteTokens.specials(word);
          assertEquals(first, Long.numberOfTrailingZeros(flags) >>> 3, Long.toHexString(word));
          assertEquals(flags & 0x8080808080808080L, flags);
        });
  }

  @Test
  void smallDocumentsAreRefusedOrReadAsJacksonReadsThem() {
    for (String text : List.of("", " ", "{}", "[]", "[1,2]", "{\"a\":[true,false,null,-1.5e3,\"x\"]}", "1", "\"s\"",
        "{} {}", "{}x", "[1 2]", "{\"abcdefgh\":1,\"abcdefgh\":2,\"abcdefghij\":3,\"abcdefghijklmnopq\":4,"
            + "\"abcdefghiXklmnopq\":5,\"abcdefghijklmnopq\":6,\"a\":7,\"\":8,\"a\":9}", "{\"a\" 1}", "{\"a\":}", "[", "{\"a\":1", "-01", "0.5E+1", "[-]", "nan")) {
      sameAsJackson(text);
    }
    assertTrue(true);
  }
}
