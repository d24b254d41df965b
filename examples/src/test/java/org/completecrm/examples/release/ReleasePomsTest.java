package org.completecrm.examples.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The release's POMs agree: the BOM (which has no parent, so that importing it brings only its
 * pins) carries the project's version and the Jackson and Hipparchus versions the modules are
 * built with, and the host project depends on that version.
 */
class ReleasePomsTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theBomPinsTheVersionsTheModulesAreBuiltWith() throws IOException {
    String parent = Files.readString(ROOT.resolve("pom.xml"));
    String bom = Files.readString(ROOT.resolve("crm-bom/pom.xml"));
    String version = projectVersion(parent);
    assertEquals(version, projectVersion(bom), "crm-bom/pom.xml <version>");
    assertEquals(version, property(bom, "complete-crm.version"), "crm-bom/pom.xml complete-crm.version");
    assertEquals(property(parent, "jackson.version"), property(bom, "jackson.version"), "crm-bom jackson.version");
    assertEquals(property(parent, "hipparchus.version"), property(bom, "hipparchus.version"),
        "crm-bom hipparchus.version");
  }

  @Test
  void theHostProjectDependsOnThisRelease() throws IOException {
    String version = projectVersion(Files.readString(ROOT.resolve("pom.xml")));
    String host = Files.readString(ROOT.resolve("examples-host/pom.xml"));
    Matcher bom = Pattern.compile("<artifactId>crm-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(host);
    assertEquals(true, bom.find(), "examples-host/pom.xml imports crm-bom with a version");
    assertEquals(version, bom.group(1), "examples-host/pom.xml crm-bom version");
  }

  @Test
  void everyModuleNamesTheParentsVersion() throws IOException {
    String version = projectVersion(Files.readString(ROOT.resolve("pom.xml")));
    for (String module : new String[] {"crm-core", "crm-rules", "crm-analytics", "examples", "examples-spark"}) {
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
      parent.find();
      assertEquals(version, parent.group(1), module + "/pom.xml parent version");
    }
  }

  /** The first {@code <version>} after the project's own {@code <artifactId>} (the parent's comes before). */
  private static String projectVersion(String pom) {
    String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
    Matcher m = Pattern.compile("(?s)<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>").matcher(withoutParent);
    m.find();
    return m.group(1);
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(pom);
    if (!m.find()) {
      throw new AssertionError("no property " + name);
    }
    return m.group(1);
  }
}
