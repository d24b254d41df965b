package org.completecrm.core.rekey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.completecrm.core.CustomerId;
import org.completecrm.core.channel.Channel;
import org.completecrm.core.channel.Purpose;
import org.completecrm.core.consent.ConsentAction;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.consent.EffectiveConsent;

/** Merging two consent ledgers so that the most restrictive effective state wins, both histories kept. */
final class ConsentMerge {
  /** The source of the entries a merge adds. */
  static final String SOURCE = "identity-merge";

  private ConsentMerge() {}

  /** {@code entry} moved to {@code customer}. */
  static ConsentEntry moved(ConsentEntry entry, CustomerId customer) {
    return ConsentEntry.builder().from(entry).customer(customer).build();
  }

  /**
   * The survivor's entries, then the absorbed customer's (moved to the survivor), then, for each
   * channel and purpose where the two disagree at {@code at}, one entry that makes the merged
   * state at least as restrictive as each: a withdrawal if either did not allow contact, or a
   * grant with the earlier expiry if both allowed it with different expiries.
   */
  static List<ConsentEntry> merge(ConsentLedger survivor, ConsentLedger absorbed, Instant at, List<ConsentEntry> added) {
    CustomerId id = survivor.customer();
    List<ConsentEntry> all = new ArrayList<>(survivor.entries());
    absorbed.entries().forEach(e -> all.add(moved(e, id)));
    ConsentLedger merged = ConsentLedger.builder().customer(id).entries(all).build();
    String evidence = "merge of " + absorbed.customer() + " into " + id;
    TreeSet<String> keys = new TreeSet<>();
    all.forEach(e -> keys.add(e.channel().name() + "/" + e.purpose().name()));
    for (String key : keys) {
      Channel channel = Channel.valueOf(key.substring(0, key.indexOf('/')));
      Purpose purpose = Purpose.valueOf(key.substring(key.indexOf('/') + 1));
      EffectiveConsent s = survivor.effective(channel, purpose, at);
      EffectiveConsent a = absorbed.effective(channel, purpose, at);
      EffectiveConsent m = merged.effective(channel, purpose, at);
      if (!m.allowed()) {
        continue;
      }
      ConsentEntry withdrawal = entry(id, channel, purpose, at, ConsentAction.WITHDRAWN, Optional.empty(), evidence);
      if (!s.allowed() || !a.allowed()) {
        added.add(withdrawal);
        continue;
      }
      Instant earliest = min(expiry(s), expiry(a));
      if (expiry(m).equals(earliest)) {
        continue;
      }
      ConsentEntry grant = entry(id, channel, purpose, at, ConsentAction.GRANTED, Optional.of(earliest), evidence);
      ConsentLedger tried = merged.append(grant);
      // A grant at the same instant with a later expiry would still decide: withdraw instead.
      added.add(expiry(tried.effective(channel, purpose, at)).equals(earliest)
          ? grant : withdrawal);
    }
    all.addAll(added);
    return all;
  }

  private static ConsentEntry entry(CustomerId id, Channel channel, Purpose purpose, Instant at, ConsentAction action,
      Optional<Instant> expiresAt, String evidence) {
    return ConsentEntry.builder().customer(id).channel(channel).purpose(purpose).action(action).recordedAt(at)
        .expiresAt(expiresAt).source(SOURCE).evidence(evidence).build();
  }

  private static Instant expiry(EffectiveConsent e) {
    return e.decidingEntry().flatMap(ConsentEntry::expiresAt).orElse(Instant.MAX);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
