package org.completecrm.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.completecrm.core.json.CrmJson;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.rules.explain.CandidateOutcome;
import org.completecrm.rules.explain.Decision;
import org.completecrm.rules.explain.Reason;
import org.completecrm.rules.explain.Stage;
import org.completecrm.rules.ruleset.RuleSets;
import org.completecrm.rules.testing.RulesGen;
import org.junit.jupiter.api.Test;

/**
 * The golden oracle of the decision path: 3,200 seeded decisions (rule sets, customer views,
 * scores, events and decision instants drawn from {@link RulesGen} and {@link CoreGen} with fixed
 * seeds; every other batch of customers a campaign can reach, so that the contact policies decide) whose JSON and words are checked against the digests committed in
 * {@code src/test/resources/golden/decisions.sha256}.
 *
 * <p>A refactoring of the decision path must leave every decision byte-identical. Where a change
 * of output is intended, list it in the CHANGELOG with why and rewrite the digests in the same
 * commit: {@code mvn -pl crm-rules -am test -Dtest=DecisionsGoldenTest -Dgolden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Each decision's line also holds a digest of its
 * inputs, so a failure says whether the decisions moved or a generator changed the inputs.
 */
class DecisionsGoldenTest {
  static final Path DIGESTS = Path.of("src/test/resources/golden/decisions.sha256");
  static final Path ACTUAL = Path.of("target/golden/decisions.sha256");
  static final int BATCHES = 8;
  static final int PER_BATCH = 400;
  static final long FIRST_SEED = 20_261_204L;
  private static final int SHOWN = 15;

  /** One seeded decision: what it was decided from, its JSON and its words. */
  record Golden(int batch, int index, String inputs, String json, String words) {
    String line() {
      return "d " + batch + " " + index + " " + shortDigest(inputs) + " " + shortDigest(json) + " " + shortDigest(words);
    }
  }

  /** When to decide, after the view's instant: not at all half the time, else up to a week later. */
  private static Duration laterBy(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return random.nextBoolean() ? Duration.ZERO : Duration.ofSeconds(random.nextLong(7 * 86_400L));
  }

  private static List<Golden> all;

  /** Every seeded decision, decided once per test run. */
  static synchronized List<Golden> decideAll() {
    if (all == null) {
      all = decide(BATCHES);
    }
    return all;
  }

  /** The seeded decisions of the first {@code batches} batches, decided now. */
  static List<Golden> decide(int batches) {
    List<Golden> out = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      int batch = b;
      qt().withFixedSeed(FIRST_SEED + b).withExamples(PER_BATCH)
          .forAll(b % 2 == 0 ? CoreGen.viewInputs() : RulesGen.reachableViewInputs(), RulesGen.ruleSetsWithActionConditions(),
              RulesGen.events(), CoreGen.scores())
          .checkAssert((inputs, rules, event, scores) -> {
            // Drawn apart from the generators above, from the decision's place in the sequence.
            Instant at = inputs.at().plus(laterBy(FIRST_SEED * 31 + out.size()));
            Decision d = Decisions.decide(event, inputs.fold(), scores, rules, at);
            Map<String, Object> given = new LinkedHashMap<>();
            given.put("customer", inputs.customer());
            given.put("household", inputs.household());
            given.put("consent", inputs.consent());
            given.put("preferences", inputs.preferences());
            given.put("timeline", inputs.events());
            given.put("viewAt", inputs.at());
            given.put("scores", scores);
            given.put("event", event);
            given.put("ruleSet", RuleSets.write(rules));
            given.put("decideAt", at);
            out.add(new Golden(batch, out.size() - batch * PER_BATCH, CrmJson.write(given), CrmJson.write(d), words(d)));
          });
    }
    return out;
  }

  /** Every sentence of a decision, read: its summary and each candidate's trail. */
  static String words(Decision d) {
    StringBuilder sb = new StringBuilder(d.summary());
    for (CandidateOutcome c : d.candidates()) {
      for (Reason r : c.trail()) {
        sb.append(r.stage()).append(' ').append(r.by()).append(": ").append(r.text()).append('\n');
      }
    }
    return sb.toString();
  }

  static List<String> digestLines(List<Golden> decisions) {
    List<String> lines = new ArrayList<>();
    lines.add("# Digests of the seeded decisions of DecisionsGoldenTest: SHA-256 over each batch's decision JSON");
    lines.add("# (one per line, in order) and over all batches; then per decision: batch, index, and the first");
    lines.add("# 16 hex digits of the SHA-256 of its inputs, its JSON and its words. Rewrite only with an");
    lines.add("# intended change of output listed in the CHANGELOG (see the test's Javadoc).");
    StringBuilder all = new StringBuilder();
    for (int b = 0; b < BATCHES; b++) {
      StringBuilder batch = new StringBuilder();
      for (Golden g : decisions.subList(b * PER_BATCH, (b + 1) * PER_BATCH)) {
        batch.append(g.json()).append('\n');
      }
      all.append(batch);
      lines.add("batch " + b + " " + sha256(batch.toString()));
    }
    lines.add("overall " + sha256(all.toString()));
    for (Golden g : decisions) {
      lines.add(g.line());
    }
    return lines;
  }

  @Test
  void everySeededDecisionIsTheOneCommitted() throws IOException {
    List<Golden> decisions = decideAll();
    assertEquals(BATCHES * PER_BATCH, decisions.size(), "seeded decisions");
    List<String> actual = digestLines(decisions);
    Files.createDirectories(ACTUAL.getParent());
    Files.write(ACTUAL, actual, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIGESTS.getParent());
      Files.write(DIGESTS, actual, StandardCharsets.UTF_8);
      return;
    }
    List<String> expected = Files.readAllLines(DIGESTS, StandardCharsets.UTF_8);
    if (expected.equals(actual)) {
      return;
    }
    fail(movedDecisions(expected, actual, decisions));
  }

  @Test
  void theSeededDecisionsReachEveryStageAndEveryPolicy() {
    List<String> marks = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      marks.add("\"stage\":\"" + stage + "\"");
    }
    marks.addAll(List.of("policy:suppression", "policy:cool-down", "consent:", "policy:quiet-hours", "policy:cap",
        "policy:customer-frequency", "policy:volume", "policy:channel", "policy:session"));
    Map<String, Long> reached = new LinkedHashMap<>();
    for (String mark : marks) {
      reached.put(mark, decideAll().stream().filter(g -> g.json().contains(mark)).count());
    }
    assertTrue(reached.values().stream().allMatch(n -> n >= 20), () -> "seeded decisions reaching each: " + reached);
  }

  @Test
  void theSeededDecisionsAreTheSameWhenDecidedAgain() {
    assertEquals(decideAll().subList(0, PER_BATCH), decide(1));
  }

  /** Which decisions moved, and how: the failure message of the golden test. */
  static String movedDecisions(List<String> expected, List<String> actual, List<Golden> decisions) {
    Map<String, String> before = new LinkedHashMap<>();
    for (String line : expected) {
      if (line.startsWith("d ")) {
        String[] f = line.split(" ");
        before.put(f[1] + " " + f[2], line);
      }
    }
    StringBuilder msg = new StringBuilder();
    int inputsMoved = 0;
    int moved = 0;
    for (Golden g : decisions) {
      String was = before.get(g.batch() + " " + g.index());
      if (was == null || was.equals(g.line())) {
        continue;
      }
      String[] f = was.split(" ");
      boolean sameInputs = f[3].equals(shortDigest(g.inputs()));
      if (!sameInputs) {
        inputsMoved++;
      }
      moved++;
      if (moved <= SHOWN) {
        String what = !sameInputs ? "its inputs changed (a generator changed)"
            : (f[4].equals(shortDigest(g.json())) ? "" : "JSON") + (f[4].equals(shortDigest(g.json()))
                || f[5].equals(shortDigest(g.words())) ? "" : " and ") + (f[5].equals(shortDigest(g.words())) ? "" : "words");
        msg.append("\n  decision ").append(g.batch()).append('/').append(g.index()).append(": ").append(what)
            .append("; now:\n    ").append(g.words().strip().replace("\n", "\n    "));
      }
    }
    String head = moved + " of " + decisions.size() + " seeded decisions moved"
        + (inputsMoved > 0 ? " (" + inputsMoved + " because their generated inputs changed)" : "")
        + "; the digests now are in " + ACTUAL.toAbsolutePath() + ". If the change is intended, list it in the"
        + " CHANGELOG and rerun with -Dgolden.update=true.";
    if (moved == 0) {
      head = "the digest file's header or batch lines differ from " + ACTUAL.toAbsolutePath();
    }
    return head + msg;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  static String shortDigest(String text) {
    return sha256(text).substring(0, 16);
  }
}
