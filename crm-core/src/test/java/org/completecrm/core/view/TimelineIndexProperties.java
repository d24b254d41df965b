package org.completecrm.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.completecrm.core.OfferId;
import org.completecrm.core.testing.CoreGen;
import org.completecrm.core.timeline.Direction;
import org.completecrm.core.timeline.OfferResponse;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The timeline index answers exactly what a pass over the view's lists answers, at any instant,
 * whatever order a host-built view lists its contacts in.
 */
class TimelineIndexProperties {
  private static final Duration MONTHS = Duration.ofDays(120);

  @Test
  void contactCountsEqualAPassOverTheContacts() {
    qt().withExamples(300).forAll(CoreGen.customerViews(), SourceDSL.longs().all(), CoreGen.durationsUpTo(MONTHS))
        .checkAssert((view, seed, window) -> {
          Random r = new Random(seed);
          CustomerView shuffled = shuffledContacts(view, r);
          for (Instant to : probes(view, r)) {
            Instant from = to.minus(window);
            for (CustomerView v : List.of(view, shuffled)) {
              TimelineIndex index = v.timeline();
              assertEquals(count(view.contacts(), from, to, false), index.contactsBetween(from, to));
              assertEquals(count(view.contacts(), from, to, true), index.outboundBetween(from, to));
              assertEquals(view.contacts().stream().map(Contact::at).filter(t -> !t.isAfter(to))
                  .max(Comparator.naturalOrder()), index.lastContact(to));
            }
          }
          List<Contact> ordered = shuffled.timeline().contacts();
          for (int i = 1; i < ordered.size(); i++) {
            assertEquals(true, !ordered.get(i - 1).at().isAfter(ordered.get(i).at()), "contacts by instant");
          }
        });
  }

  @Test
  void offerLookupsEqualAPassOverTheOffers() {
    qt().withExamples(300).forAll(CoreGen.customerViews(), SourceDSL.longs().all(), CoreGen.durationsUpTo(MONTHS))
        .checkAssert((view, seed, window) -> {
          Random r = new Random(seed);
          TimelineIndex index = view.timeline();
          List<OfferId> offers = new ArrayList<>();
          view.offers().forEach(o -> offers.add(o.presented().offer()));
          offers.add(OfferId.of("never-presented"));
          for (Instant at : probes(view, r)) {
            for (OfferId offer : offers) {
              assertEquals(latestResponse(view, offer, OfferResponse.ACCEPTED, at), index.lastAcceptance(offer, at));
              assertEquals(latestResponse(view, offer, OfferResponse.REJECTED, at), index.lastRejection(offer, at));
              Instant after = at.minus(window);
              long presented = view.offers().stream().filter(o -> o.presented().offer().equals(offer))
                  .map(o -> o.presented().at()).filter(t -> t.isAfter(after) && !t.isAfter(at)).count();
              assertEquals(presented, index.presentations(offer, after, at));
            }
            List<OfferRecord> outstanding = new ArrayList<>();
            for (OfferRecord o : view.offers()) {
              if (!o.presented().at().isAfter(at) && o.outstandingAt(at)) {
                outstanding.add(o);
              }
            }
            outstanding.sort(Comparator.comparing((OfferRecord o) -> o.presented().at())
                .thenComparing(o -> o.presented().id()).reversed());
            assertEquals(outstanding, index.outstandingAt(at));
          }
        });
  }

  /** Instants worth asking about: every contact and offer instant, a second either side, and the view's own. */
  private static List<Instant> probes(CustomerView view, Random r) {
    List<Instant> probes = new ArrayList<>();
    probes.add(view.asOf());
    probes.add(view.asOf().plus(Duration.ofDays(400)));
    for (Contact c : view.contacts()) {
      probes.add(c.at().plusSeconds(r.nextInt(3) - 1));
    }
    for (OfferRecord o : view.offers()) {
      probes.add(o.presented().at());
      o.respondedAt().ifPresent(t -> probes.add(t.plusSeconds(r.nextInt(3) - 1)));
      o.presented().expiresAt().ifPresent(probes::add);
    }
    return probes;
  }

  private static CustomerView shuffledContacts(CustomerView view, Random r) {
    List<Contact> contacts = new ArrayList<>(view.contacts());
    Collections.shuffle(contacts, r);
    return CustomerView.builder().from(view).contacts(contacts).build();
  }

  private static int count(List<Contact> contacts, Instant from, Instant to, boolean outboundOnly) {
    int n = 0;
    for (Contact c : contacts) {
      if (!c.at().isBefore(from) && !c.at().isAfter(to) && (!outboundOnly || c.direction() == Direction.OUTBOUND)) {
        n++;
      }
    }
    return n;
  }

  private static Optional<Instant> latestResponse(CustomerView view, OfferId offer, OfferResponse kind, Instant at) {
    return view.offers().stream()
        .filter(o -> o.presented().offer().equals(offer) && o.response().equals(Optional.of(kind)))
        .map(o -> o.respondedAt().orElse(o.presented().at()))
        .filter(t -> !t.isAfter(at))
        .max(Comparator.naturalOrder());
  }
}
