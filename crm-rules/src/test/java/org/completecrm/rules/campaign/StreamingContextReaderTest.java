package org.completecrm.rules.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.DecisionContext;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader of contexts gives what databind gives: the equal value for every line, the
 * same exception (class, field, value, expectation, JSON path) for every line databind refuses.
 */
class StreamingContextReaderTest {
  private static final List<DecisionContext> CONTEXTS = CampaignInstances.contexts(1500, 12, 7L);
  private static final List<String> LINES = CONTEXTS.stream().map(ContextLines::write).toList();

  /** What a reader gives for a line: the value, or the exception's class and every word of it. */
  private static Object outcome(java.util.function.Supplier<DecisionContext> read) {
    try {
      return read.get();
    } catch (InvalidValueException e) {
      return List.of(e.getClass(), e.field(), Objects.toString(e.rejectedValue()), e.expected(),
          e.jsonPath().orElse(""), e.getMessage());
    } catch (RuntimeException e) {
      return List.of(e.getClass(), Objects.toString(e.getMessage()));
    }
  }

  private static void sameAsDatabind(String text) {
    Object databind = outcome(() -> CrmJson.read(text, DecisionContext.class));
    assertEquals(databind, outcome(() -> StreamingContextReader.read(text)), text);
    // the public entry point for a host that splits the lines (Spark): bytes for an ASCII line
    assertEquals(databind, outcome(() -> ContextLines.parse(text)), text);
    if (text.chars().allMatch(c -> c < 128)) {
      // Jackson's byte parser on the line where it lies (with bytes around it), as the planner reads a file.
      byte[] bytes = ("\n" + text + "\n").getBytes(StandardCharsets.US_ASCII);
      assertEquals(databind, outcome(() -> StreamingContextReader.readAscii(bytes, 1, bytes.length - 2)), text);
    }
  }

  /** Every outcome of reading {@code file} with {@code lines}, up to and with its first error. */
  private static List<Object> outcomes(java.util.Iterator<DecisionContext> lines) {
    List<Object> out = new java.util.ArrayList<>();
    while (true) {
      Object o = outcome(() -> lines.hasNext() ? lines.next() : null);
      out.add(o);
      if (!(o instanceof DecisionContext)) {
        return out;
      }
    }
  }

  @Test
  void generatedContextsAreReadOnTheStreamingPathAndEqualDatabinds() {
    int streamed = 0;
    for (int i = 0; i < LINES.size(); i++) {
      String line = LINES.get(i);
      DecisionContext fast = StreamingContextReader.tryRead(line);
      DecisionContext slow = CrmJson.read(line, DecisionContext.class);
      assertEquals(CONTEXTS.get(i), slow);
      if (fast != null) {
        streamed++;
        assertEquals(slow, fast, line);
        assertEquals(slow.hashCode(), fast.hashCode());
        assertEquals(line, ContextLines.write(fast), "written back to the same text");
        assertEquals(List.copyOf(slow.scores().values().keySet()), List.copyOf(fast.scores().values().keySet()),
            "scores in the document's order");
      }
      assertEquals(slow, StreamingContextReader.read(line));
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      if (fast != null && bytes.length == line.length()) {
        assertEquals(fast, StreamingContextReader.tryRead(bytes, 0, bytes.length), "the byte parser's value");
      }
    }
    // The instances carry flags on the timeline for one customer in thirty: those lines go to databind.
    assertTrue(streamed > LINES.size() * 9 / 10, "streamed " + streamed + " of " + LINES.size());
  }

  @Test
  void casesAndCommitmentsOnTheTimelineAreStreamed() {
    DecisionContext c = CONTEXTS.get(0);
    java.time.Instant at = CampaignInstances.AT;
    org.completecrm.core.CaseId caseId = org.completecrm.core.CaseId.of("k-1");
    org.completecrm.core.TeamId team = org.completecrm.core.TeamId.of("billing");
    DecisionContext with = DecisionContext.builder().from(c)
        .addTimeline(org.completecrm.core.timeline.CaseUpdated.builder().id(org.completecrm.core.EventId.of("e-c"))
            .customer(c.customer().id()).at(at.minusSeconds(86_400)).caseId(caseId)
            .kind(org.completecrm.core.timeline.CaseKind.COMPLAINT).severity(org.completecrm.core.timeline.Severity.MEDIUM)
            .status(org.completecrm.core.timeline.CaseStatus.OPEN).team(team).build())
        .addTimeline(org.completecrm.core.timeline.CommitmentMade.builder().id(org.completecrm.core.EventId.of("e-m"))
            .customer(c.customer().id()).at(at.minusSeconds(4 * 86_400))
            .commitment(org.completecrm.core.CommitmentId.of("cb-1"))
            .kind(org.completecrm.core.timeline.CommitmentKind.CALL_BACK).owner(team).dueBy(at.minusSeconds(2 * 86_400))
            .description("Call back").caseId(caseId).build())
        .build();
    String line = ContextLines.write(with);
    assertEquals(with, StreamingContextReader.tryRead(line));
    sameAsDatabind(line.replace("\"kind\":\"CALL_BACK\"", "\"kind\":\"CALLBACK\""));
    sameAsDatabind(line.replace("\"severity\":\"MEDIUM\",", ""));
  }

  @Test
  void theSampleContextsReadAsWithDatabind() throws IOException {
    for (String name : List.of("context.json", "household-context.json")) {
      Path file = Path.of("..", "examples", "src", "main", "resources", "rules", name);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertNotNull(StreamingContextReader.read(text));
      sameAsDatabind(text);
      String line = ContextLines.write(CrmJson.read(text, DecisionContext.class));
      sameAsDatabind(line);
    }
  }

  @Test
  void irregularLinesGiveDatabindsValueOrError() {
    String line = LINES.get(0);
    List<String> broken = List.of(
        line.replace("\"consent\":{", "\"consent\":{\"customer\":\"x\","),            // duplicate key
        line.replaceFirst("\"segment\"", "\"segment\":\"a\",\"segment\""),            // duplicate map key
        line.replaceFirst("\"propensity.o-1\"", "\"propensity.o-0\""),               // duplicate score
        line.replace("\"kind\":\"PERSON\"", "\"kind\":null"),                        // null for a value
        line.replace("\"kind\":\"PERSON\"", "\"kind\":\"person\""),                  // unknown enum
        line.replace("\"kind\":\"PERSON\"", "\"kind\":3"),                           // a number for an enum
        line + " {}",                                                               // trailing text
        line + " x",
        line.substring(0, line.length() - 1),                                       // truncated
        line.replace("\"timeline\":", "\"timelines\":"),                             // unknown key
        line.replace("\"zone\":\"", "\"zone\":\" "),                                 // a zone with a space
        line.replace("T06:00:00Z", "T06:00:00.5Z"),                                  // fractions of a second
        line.replace("T06:00:00Z", "T25:00:00Z"),                                    // out of range
        line.replace("T06:00:00Z", "T06:00:00+01:00"),                               // offset
        line.replaceFirst("(\"propensity.o-0\":)([0-9.]+)", "$1\"$2\""),              // a string for a number
        line.replaceFirst("(\"propensity.o-0\":)([0-9.]+)", "$11"),                   // an integer for a double
        line.replaceFirst("(\"propensity.o-0\":)([0-9.]+)", "$11e400"),               // not finite
        line.replace("\"familyName\":\"Member c-000000\"", "\"familyName\":\" \""),   // refused by a check
        line.replace("\"customer\":{", "\"customer\":{\"anonymised\":true,"),
        "", "null", "[]", "{}", "{\"event\":null}");
    for (String text : broken) {
      sameAsDatabind(text);
    }
    assertNull(StreamingContextReader.tryRead(line + " x"));
  }

  @Test
  void aStreamOfBytesReadsAsTheDecodedText() {
    String line = LINES.get(0);
    List<String> files = List.of(
        String.join("\n", LINES.subList(0, 40)) + "\n",
        "\n  \r\n" + LINES.get(1) + "\r" + LINES.get(2) + "\r\n\t\n" + LINES.get(3),
        LINES.get(1) + "\n" + line.replace("\"kind\":\"PERSON\"", "\"kind\":\"person\"") + "\n" + LINES.get(2),
        LINES.get(1) + "\n\n" + line + " x\n",
        LINES.get(1) + "\n" + line.replace("\"familyName\":\"", "\"familyName\":\"Zoë ") + "\n",
        LINES.get(1) + "\n" + line.replace("\"familyName\":\"", "\"familyName\":\"Zoë") + "\u2003\n" + LINES.get(2),
        LINES.get(1) + "\n\u2003\n" + LINES.get(2) + "\n" + line.replace("\"zone\":\"", "\"zone\":\"Zoë"));
    for (String file : files) {
      List<Object> reader = outcomes(ContextLines.read(new java.io.StringReader(file)));
      List<Object> bytes = outcomes(ContextLines.read(new java.io.ByteArrayInputStream(
          file.getBytes(StandardCharsets.UTF_8))));
      assertEquals(reader, bytes, file);
    }
  }

  /**
   * Jackson's fast double parser gives the double {@code Double.parseDouble} gives (databind's),
   * bit for bit: on the shortest text of arbitrary doubles and on long runs of digits with
   * exponents, where rounding is hardest.
   */
  @Test
  void scoresAreTheDoublesDatabindReads() {
    String line = LINES.get(0);
    qt().withExamples(3000)
        .forAll(longs().all(), integers().between(1, 40), integers().between(-330, 310), integers().between(0, 2))
        .checkAssert((bits, digits, exponent, form) -> {
          double d = Double.longBitsToDouble(bits);
          String text;
          if (form == 0) {
            text = Double.toString(Double.isFinite(d) ? d : bits);
          } else {
            StringBuilder sb = new StringBuilder(Long.toUnsignedString(bits));
            while (sb.length() < digits) {
              sb.append(Long.toUnsignedString(bits * 31 + sb.length()));
            }
            sb.setLength(digits);
            text = "0." + sb + (form == 2 ? "e" + exponent : "");
          }
          String with = line.replaceFirst("(\"propensity.o-0\":)([0-9.]+)", "$1" + text);
          byte[] bytes = with.getBytes(StandardCharsets.US_ASCII);
          DecisionContext fast = StreamingContextReader.tryRead(bytes, 0, bytes.length);
          Object slow = outcome(() -> CrmJson.read(with, DecisionContext.class));
          if (fast != null) {
            DecisionContext c = (DecisionContext) slow;
            assertEquals(Double.doubleToRawLongBits(c.scores().values().get("propensity.o-0")),
                Double.doubleToRawLongBits(fast.scores().values().get("propensity.o-0")), text);
          } else {
            sameAsDatabind(with);
          }
        });
  }

  @Test
  void anyCutOrInsertionGivesDatabindsOutcome() {
    String[] inserts = {"", "\"", ",", "}", "]", "null", "1", "{}", "[]", "\"a\"", " ", "\\u0041", "-"};
    qt().withExamples(4000).forAll(integers().between(0, LINES.size() - 1), integers().between(0, 1_000_000),
            integers().between(0, 12), integers().between(0, inserts.length - 1))
        .checkAssert((which, at, cut, insert) -> {
          String line = LINES.get(which);
          int from = at % line.length();
          int to = Math.min(line.length(), from + cut);
          sameAsDatabind(line.substring(0, from) + inserts[insert] + line.substring(to));
        });
  }
}
