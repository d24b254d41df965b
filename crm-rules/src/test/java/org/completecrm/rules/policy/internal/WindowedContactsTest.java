package org.completecrm.rules.policy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.view.Contact;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

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

  /**
   * The count kept as the planned list grows (and started again for another list, or one changed
   * otherwise than by appending) equals the count of a fresh copy of the instants with every
   * matching planned one, sorted: the former way, kept here as the reference.
   */
  @Test
  void theCountKeptAsPlannedContactsAreAddedEqualsTheCountFromScratch() {
    Channel[] channels = {Channel.EMAIL, Channel.SMS, Channel.PHONE};
    qt().forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Instant> timeline = new ArrayList<>();
      for (int i = r.nextInt(6); i > 0; i--) {
        timeline.add(T.plusSeconds(3600L * (r.nextInt(47) - 23))); // within (T - DAY, T + DAY), as of() gives them
      }
      Collections.sort(timeline);
      Optional<Channel> only = r.nextBoolean() ? Optional.of(Channel.EMAIL) : Optional.empty();
      WindowedContacts kept = new WindowedContacts(T, DAY, only, Optional.empty(), timeline);
      List<Contact> planned = new ArrayList<>();
      for (int step = 0; step < 12; step++) {
        int what = r.nextInt(10);
        if (what == 0 && !planned.isEmpty()) {
          planned.set(r.nextInt(planned.size()), planned(T.plusSeconds(3600L * (r.nextInt(49) - 24)),
              channels[r.nextInt(channels.length)]));
        } else if (what == 1) {
          planned = new ArrayList<>(planned);
        } else if (what == 2 && !planned.isEmpty()) {
          planned.remove(planned.size() - 1);
        } else {
          // A third at the send instant itself, as a campaign run's contacts on channels not deferred are.
          Instant at = r.nextInt(3) == 0 ? T : T.plusSeconds(60L * (r.nextInt(49 * 60) - 24 * 60));
          planned.add(planned(at, channels[r.nextInt(channels.length)]));
        }
        WindowedContacts fresh = new WindowedContacts(T, DAY, only, Optional.empty(), timeline);
        assertEquals(reference(timeline, only, planned), kept.worstWith(planned), "seed " + seed + " step " + step);
        assertEquals(reference(timeline, only, planned), fresh.worstWith(planned), "seed " + seed + " step " + step);
      }
    });
  }

  /** The former count: a copy of the instants with the matching planned ones, sorted, then the windows. */
  private static int reference(List<Instant> timeline, Optional<Channel> only, List<Contact> planned) {
    List<Instant> times = new ArrayList<>(timeline);
    for (Contact c : planned) {
      if (c.at().isAfter(T.minus(DAY)) && c.at().isBefore(T.plus(DAY))
          && (only.isEmpty() || c.channel() == only.get())) {
        times.add(c.at());
      }
    }
    Collections.sort(times);
    int worst = 0;
    for (int k = -1; k < times.size(); k++) {
      Instant e = k < 0 ? T : times.get(k);
      if (e.isBefore(T) || !e.isBefore(T.plus(DAY))) {
        continue;
      }
      int n = 0;
      for (Instant t : times) {
        if (t.isAfter(e.minus(DAY)) && !t.isAfter(e)) {
          n++;
        }
      }
      worst = Math.max(worst, n);
    }
    return worst;
  }
}
