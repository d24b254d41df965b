package org.completecrm.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.testing.IdentityMetrics;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveCommandTest {
  static final String MAPPING =
      "{\"id\": \"customer_ref\", \"source\": \"system\",\n"
          + " \"columns\": {\"first\": \"GIVEN_NAME\", \"last\": \"FAMILY_NAME\", \"house_no\": \"STREET_NUMBER\",\n"
          + "             \"street\": \"STREET\", \"line2\": \"ADDRESS_LINE\", \"town\": \"LOCALITY\",\n"
          + "             \"zip\": \"POSTCODE\", \"county\": \"REGION\", \"dob\": \"BIRTH_DATE\",\n"
          + "             \"mail\": \"EMAIL\", \"tel\": \"PHONE\", \"ssn\": \"NATIONAL_ID\"},\n"
          + " \"dateFormats\": {\"dob\": \"dd/MM/yyyy\"}}";
  static final String HEADER = "customer_ref,system,first,last,house_no,street,line2,town,zip,county,dob,mail,tel,ssn";

  @Test
  void writesOneRowPerRecordWithItsClusterAndTheGoldenRecords(@TempDir Path dir) throws IOException {
    Path records = write(dir, "records.csv", HEADER,
        "17,billing,William,Turner,12,Mill Lane,,Bath,BA1 2AB,Somerset,12/04/1970,,07700 900123,",
        "w-9,webshop,Bill,Tunrer,,,,,,,12/04/1970,bill.turner@example.com,+44 7700 900123,",
        "\"f,3\",fulfilment,W,TURNER,12,Mill Ln,,BATH,ba12ab,,,,,",
        "18,billing,Alice,Turner,12,Mill Lane,,Bath,BA1 2AB,Somerset,30/09/2001,,,");
    Path mapping = write(dir, "mapping.json", MAPPING);
    Path golden = dir.resolve("golden.json");
    CliRun run = CliRun.of("resolve", "--records", records.toString(), "--mapping", mapping.toString(),
        "--golden", golden.toString(), "--households", dir.resolve("households.json").toString());
    run.expectExit(0).expectErr("resolved 4 records into");
    String[] lines = run.out.strip().split("\\R");
    assertEquals("record_id,cluster_id", lines[0]);
    assertEquals(5, lines.length, run.out);
    assertTrue(lines[1].startsWith("17,"));
    assertTrue(lines[3].startsWith("\"f,3\","), lines[3]);
    String william = lines[1].substring(lines[1].lastIndexOf(',') + 1);
    assertTrue(lines[2].endsWith("," + william), run.out);
    assertTrue(lines[3].endsWith("," + william), run.out);
    assertNotEquals(william, lines[4].substring(lines[4].lastIndexOf(',') + 1));
    String json = Files.readString(golden);
    assertTrue(json.contains("\"provenance\"") && json.contains(william), json);
    assertTrue(Files.readString(dir.resolve("households.json")).contains("PRIMARY"));
  }

  @Test
  void namesTheMissingColumnOrBadValueAndExitsWithBadInput(@TempDir Path dir) throws IOException {
    Path mapping = write(dir, "mapping.json", MAPPING);
    Path noSsn = write(dir, "a.csv", "customer_ref,system,first,last,house_no,street,line2,town,zip,county,dob,mail,tel", "1,b,A,B,,,,,,,,,");
    CliRun.of("resolve", "--records", noSsn.toString(), "--mapping", mapping.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("ssn");
    Path noKey = write(dir, "b.csv", HEADER, ",billing,A,B,,,,,,,,,,");
    CliRun.of("resolve", "--records", noKey.toString(), "--mapping", mapping.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("row 2");
    Path badMapping = write(dir, "bad.json", "{\"id\": \"customer_ref\", \"columns\": {\"first\": \"FIRST\"}}");
    CliRun.of("resolve", "--records", noKey.toString(), "--mapping", badMapping.toString())
        .expectExit(CrmCli.BAD_INPUT).expectErr("$.columns");
    CliRun.of("resolve", "--mapping", mapping.toString()).expectExit(CrmCli.USAGE).expectErr("--records");
  }

  /** End to end on data the tool has not seen: generated people written as CSV in the issue's layout. */
  @Test
  void resolvesUnseenGeneratedPeopleFromCsvWithPairF1AboveNinetyFivePercent(@TempDir Path dir) throws IOException {
    PeopleGen.Labelled data = PeopleGen.generate(2_000, 99L);
    List<String> rows = new ArrayList<>();
    rows.add(HEADER);
    DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    Map<String, Integer> truth = new HashMap<>();
    for (SourceRecord r : data.records()) {
      String key = r.identity().key();
      truth.put(key, data.person().get(r.identity()));
      rows.add(String.join(",", key, r.identity().system(), v(r, AttributeType.GIVEN_NAME), v(r, AttributeType.FAMILY_NAME),
          v(r, AttributeType.STREET_NUMBER), v(r, AttributeType.STREET), "", v(r, AttributeType.LOCALITY),
          v(r, AttributeType.POSTCODE), "", r.get(AttributeType.BIRTH_DATE).map(d -> LocalDate.parse(d).format(dmy)).orElse(""),
          v(r, AttributeType.EMAIL), v(r, AttributeType.PHONE), v(r, AttributeType.NATIONAL_ID)));
    }
    Path records = write(dir, "people.csv", rows.toArray(new String[0]));
    Path report = dir.resolve("report.html");
    CliRun run = CliRun.of("resolve", "--records", records.toString(), "--mapping", write(dir, "m.json", MAPPING).toString(),
        "--report", report.toString());
    run.expectExit(0);
    String html = Files.readString(report);
    for (String part : List.of("Match weights", "<svg", "Learned model", "BIRTH_DATE", "Most frequent values: FAMILY_NAME",
        "Most uncertain pairs", "probability")) {
      assertTrue(html.contains(part), part);
    }
    Map<String, List<SourceIdentity>> clusters = new HashMap<>();
    Map<SourceIdentity, Integer> labels = new HashMap<>();
    String[] lines = run.out.strip().split("\\R");
    assertEquals(data.records().size() + 1, lines.length);
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",");
      SourceIdentity id = SourceIdentity.of("csv", f[0]);
      clusters.computeIfAbsent(f[1], k -> new ArrayList<>()).add(id);
      labels.put(id, truth.get(f[0]));
    }
    IdentityMetrics m = IdentityMetrics.of(clusters.values(), labels);
    assertTrue(m.pairF1() >= 0.95, m::toString);
  }

  private static String v(SourceRecord r, AttributeType t) {
    return r.get(t).map(s -> s.replace(",", " ")).orElse("");
  }

  private static Path write(Path dir, String name, String... lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, List.of(lines), StandardCharsets.UTF_8);
    return p;
  }
}
