package org.completecrm.core.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.json.CrmJson;
import org.junit.jupiter.api.Test;

class ChannelPreferencesTest {

  @Test
  void aBuilderWithoutTheZoneSaysWhichFieldIsMissingAndHowToSupplyIt() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ChannelPreferences.builder().addRankedChannels(Channel.EMAIL).build());
    assertEquals("ChannelPreferences.zone: expected a value: zone is required (builder method zone(...), "
        + "JSON property \"zone\"), got 'null'", e.getMessage());
    assertEquals("ChannelPreferences.zone", e.field());
  }

  @Test
  void jsonWithoutTheZoneNamesThePropertyAndItsPath() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CrmJson.read("{\"rankedChannels\":[\"EMAIL\"]}", ChannelPreferences.class));
    assertEquals("ChannelPreferences.zone", e.field());
    assertEquals("a value: zone is required (builder method zone(...), JSON property \"zone\")", e.expected());
  }

  @Test
  void everyRequiredAttributeOfAConsentEntryIsNamedOneAtATime() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ConsentEntry.builder().channel(Channel.EMAIL).build());
    assertEquals("a value: customer is required (builder method customer(...), JSON property \"customer\")",
        e.expected());
  }

  @Test
  void noStatedPreferencesNeedOnlyAZone() {
    assertEquals(ZoneId.of("Europe/London"), ChannelPreferences.none(ZoneId.of("Europe/London")).zone());
  }
}
