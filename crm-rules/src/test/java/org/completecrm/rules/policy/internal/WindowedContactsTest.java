package org.completecrm.rules.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.view.Contact;
import org.junit.jupiter.api.Test;

/** The most contacts in any window that holds a new contact's send instant. */
class WindowedContactsTest {
  private static final Instant T = Instant.parse("2026-05-10T12:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);

  private static WindowedContacts around(List<Instant> timeline) {
    return new WindowedContacts(T, DAY, Optional.empty(), Optional.empty(), timeline);
  }

  private static Contact planned(Instant at, Channel ch) {
    return Contact.builder().event(EventId.of("planned:" + at)).customer(CustomerId.of("c-1")).channel(ch)
        .direction(Direction.OUTBOUND).purpose(Purpose.MARKETING).at(at).build();
  }

  @Test
  void noContactsNearByCountNone() {
    assertEquals(0, around(List.of()).worstWith(List.of()));
  }

  @Test
  void aContactBeforeAndOneAfterWithinTheWindowAreNotInOneWindowTogether() {
    List<Instant> both = List.of(T.minus(Duration.ofHours(20)), T.plus(Duration.ofHours(20)));
    assertEquals(1, around(both).worstWith(List.of()));
  }

  @Test
  void contactsCloseOnEitherSideShareAWindowWithTheNewOne() {
    List<Instant> close = List.of(T.minus(Duration.ofHours(2)), T.plus(Duration.ofHours(2)));
    assertEquals(2, around(close).worstWith(List.of()));
  }

  @Test
  void aContactExactlyOneWindowEarlierHasLeftTheWindow() {
    assertEquals(0, around(List.of(T.minus(DAY))).worstWith(List.of()));
  }

  @Test
  void plannedContactsCountOnlyWhereTheLimitMatchesThem() {
    WindowedContacts emailOnly = new WindowedContacts(T, DAY, Optional.of(Channel.EMAIL), Optional.empty(), List.of());
    List<Contact> planned = List.of(planned(T, Channel.EMAIL), planned(T.plusSeconds(60), Channel.SMS));
    assertEquals(1, emailOnly.worstWith(planned));
    assertEquals(2, around(List.of()).worstWith(planned));
  }
}
