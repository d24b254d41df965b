package org.completecrm.examples.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.identity.AttributeType;
import org.completecrm.core.identity.GoldenRecord;
import org.completecrm.core.identity.MatchModel;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.identity.ResolutionSteps;
import org.completecrm.core.identity.Resolver;
import org.completecrm.core.identity.ResolverSettings;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.identity.SourceRecord;
import org.completecrm.core.testing.PeopleGen;
import org.junit.jupiter.api.Test;

/** The compact golden records read back as the rows, and the customer ids, they were written from. */
class GoldensTest {
  @Test
  void goldenRecordsOfGeneratedPeopleReadBackEqual() {
    Resolution r = Resolver.resolve(PeopleGen.generate(2_000, 11L).records(), ResolverSettings.defaults(),
        Instant.parse("2026-12-06T00:00:00Z"));
    List<GoldenRecord> golden = r.goldenRecords();
    Codec.Out out = new Codec.Out(16);
    for (GoldenRecord g : golden) {
      Goldens.write(out, g);
    }
    byte[] bytes = out.toArray();
    List<GoldenRecord> read = new ArrayList<>();
    for (Iterator<Row> rows = Goldens.rows(bytes); rows.hasNext(); ) {
      read.add(SparkResolution.golden(rows.next()));
    }
    assertEquals(golden, read);
    long[] ids = Goldens.ids(bytes);
    assertEquals(golden.size(), ids.length);
    for (int k = 0; k < ids.length; k++) {
      assertEquals(golden.get(k).customer().value(), String.format("c-%016x", ids[k]), "id " + k);
    }
  }

  /** A customer of one record written from its columns is the golden record that resolving it alone gives. */
  @Test
  void aCustomerOfOneRecordIsWrittenAsResolvingItAloneGivesIt() {
    List<SourceRecord> records = new ArrayList<>(PeopleGen.harder(1_000, 3L).records());
    // blank and padded values: a blank value is no value, a padded one is kept as given
    records.add(SourceRecord.builder().identity(SourceIdentity.of("crm", "blank"))
        .putAttributes(AttributeType.GIVEN_NAME, "  ").putAttributes(AttributeType.FAMILY_NAME, " Smith ")
        .putAttributes(AttributeType.EMAIL, "").build());
    ResolverSettings settings = ResolverSettings.defaults();
    Codec.Out expected = new Codec.Out(16);
    Codec.Out written = new Codec.Out(16);
    for (SourceRecord r : records) {
      for (GoldenRecord g : ResolutionSteps.resolveComponent(List.of(r), new long[0], MatchModel.typical(), settings)) {
        Goldens.write(expected, g);
      }
      Goldens.writeOne(written, SparkResolution.columns(r));
    }
    assertArrayEquals(expected.toArray(), written.toArray());
  }

  @Test
  void anIdOfAnotherShapeIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Goldens.idBits("c-12"));
    assertEquals("SparkResolution.customerId", e.field());
    assertThrows(InvalidValueException.class, () -> Goldens.idBits("c-000000000000000g"));
    assertEquals(-1L, Goldens.idBits("c-ffffffffffffffff"));
  }
}
