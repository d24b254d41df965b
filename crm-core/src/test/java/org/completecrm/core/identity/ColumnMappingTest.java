package org.completecrm.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
  static final String ISSUE_MAPPING =
      "{\"id\": \"customer_ref\", \"source\": \"system\",\n"
          + " \"columns\": {\"first\": \"GIVEN_NAME\", \"last\": \"FAMILY_NAME\", \"house_no\": \"STREET_NUMBER\",\n"
          + "             \"street\": \"STREET\", \"line2\": \"ADDRESS_LINE\", \"town\": \"LOCALITY\",\n"
          + "             \"zip\": \"POSTCODE\", \"county\": \"REGION\", \"dob\": \"BIRTH_DATE\",\n"
          + "             \"mail\": \"EMAIL\", \"tel\": \"PHONE\", \"ssn\": \"NATIONAL_ID\"},\n"
          + " \"dateFormats\": {\"dob\": \"dd/MM/yyyy\"}}";

  @Test
  void readsTheMappingShapeOfTheIssueAndRoundTripsIt() {
    ColumnMapping m = CrmJson.read(ISSUE_MAPPING, ColumnMapping.class);
    assertEquals("customer_ref", m.id());
    assertEquals("system", m.source().orElseThrow());
    assertEquals(AttributeType.NATIONAL_ID, m.columns().get("ssn"));
    assertEquals(m, CrmJson.read(CrmJson.write(m), ColumnMapping.class));
  }

  @Test
  void turnsARowIntoASourceRecordParsingDatesWithTheirFormat() {
    ColumnMapping m = CrmJson.read(ISSUE_MAPPING, ColumnMapping.class);
    SourceRecord r = m.toRecord(Map.of("customer_ref", " 17 ", "system", "billing", "first", "Ann", "last", "",
        "dob", "02/03/1980", "mail", "ann@example.com"), "records");
    assertEquals(SourceIdentity.of("billing", "17"), r.identity());
    assertEquals("1980-03-02", r.get(AttributeType.BIRTH_DATE).orElseThrow());
    assertFalse(r.get(AttributeType.FAMILY_NAME).isPresent());
    assertFalse(r.toString().contains("Ann"));
  }

  @Test
  void keepsAnUnparseableDateAsWrittenSoItCanStillBeCompared() {
    ColumnMapping m = CrmJson.read(ISSUE_MAPPING, ColumnMapping.class);
    SourceRecord r = m.toRecord(Map.of("customer_ref", "1", "dob", "31/02/1980"), "records");
    assertEquals("31/02/1980", r.get(AttributeType.BIRTH_DATE).orElseThrow());
    assertEquals("records", r.identity().system());
  }

  @Test
  void rejectsUnknownTypesBadPatternsAndMissingKeysNamingTheField() {
    InvalidValueException type = assertThrows(InvalidValueException.class,
        () -> CrmJson.read("{\"id\":\"k\",\"columns\":{\"a\":\"SHOE_SIZE\"}}", ColumnMapping.class));
    assertTrue(type.jsonPath().orElseThrow().contains("columns"), type.getMessage());
    InvalidValueException pattern = assertThrows(InvalidValueException.class, () -> CrmJson.read(
        "{\"id\":\"k\",\"columns\":{\"d\":\"BIRTH_DATE\"},\"dateFormats\":{\"d\":\"qq/bb\"}}", ColumnMapping.class));
    assertTrue(pattern.getMessage().contains("dateFormats"), pattern.getMessage());
    ColumnMapping m = CrmJson.read(ISSUE_MAPPING, ColumnMapping.class);
    InvalidValueException key = assertThrows(InvalidValueException.class, () -> m.toRecord(Map.of("first", "x"), "s"));
    assertEquals("ColumnMapping.id", key.field());
  }
}
