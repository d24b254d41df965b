package org.completecrm.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java, XML and JSON snippets of the README and the quick-start page are the code CI compiles
 * and runs in {@code examples-host}, word for word: each Java or XML block is a region between
 * {@code tag::NAME[]} and {@code end::NAME[]} of the host's sources or POM (indentation aside), and
 * each JSON block is the host's {@code rules.json}. A snippet edited in one place only fails here.
 */
class DocumentedSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Path HOST = ROOT.resolve("examples-host");
  private static final Pattern BLOCK = Pattern.compile("(?m)^```(java|xml|json)\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("tag::([a-z-]+)\\[\\]");

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "docs/quick-start.md"})
  void everySnippetIsCompiledCodeOfTheHostProject(String document) throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    regions.putAll(regions(HOST.resolve("src/main/java/org/completecrm/host/QuickStart.java")));
    regions.putAll(regions(HOST.resolve("pom.xml")));
    String rulesJson = Files.readString(HOST.resolve("rules.json"));

    Matcher m = BLOCK.matcher(Files.readString(ROOT.resolve(document)));
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      String kind = m.group(1);
      String snippet = m.group(2);
      if (kind.equals("json")) {
        assertEquals(rulesJson, snippet, document + ": a JSON block differs from examples-host/rules.json");
        checked.add("rules.json");
        continue;
      }
      String region = regions.entrySet().stream().filter(e -> e.getValue().equals(snippet))
          .map(Map.Entry::getKey).findFirst().orElse(null);
      if (region == null) {
        fail(document + ": this " + kind + " block is not a tagged region of examples-host (QuickStart.java or "
            + "pom.xml); copy the region there and here, word for word:\n" + snippet);
      }
      checked.add(region);
    }
    assertFalse(checked.isEmpty(), document + " has no snippets to check");
  }

  @ParameterizedTest
  @ValueSource(strings = {"docs/quick-start.md"})
  void theQuickStartPageShowsEveryInputItUses(String document) throws IOException {
    String page = Files.readString(ROOT.resolve(document));
    Map<String, String> regions = regions(HOST.resolve("src/main/java/org/completecrm/host/QuickStart.java"));
    for (Map.Entry<String, String> region : regions.entrySet()) {
      assertTrue(page.contains(region.getValue()), document + " leaves out the quick start's region " + region.getKey());
    }
  }

  /** The tagged regions of a file, each with its common indentation removed. */
  static Map<String, String> regions(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher tag = TAG.matcher(lines.get(i));
      if (!tag.find()) {
        continue;
      }
      String name = tag.group(1);
      List<String> body = new ArrayList<>();
      int j = i + 1;
      while (!lines.get(j).contains("end::" + name + "[]")) {
        body.add(lines.get(j));
        j++;
      }
      out.put(name, dedent(body));
    }
    return out;
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String l : lines) {
      text.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return text.toString();
  }
}
