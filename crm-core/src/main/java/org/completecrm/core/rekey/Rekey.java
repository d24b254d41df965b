package org.completecrm.core.rekey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.completecrm.core.Checks;
import org.completecrm.core.CommitmentId;
import org.completecrm.core.CustomerId;
import org.completecrm.core.EventId;
import org.completecrm.core.IdeaId;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.commitment.Commitment;
import org.completecrm.core.consent.ConsentEntry;
import org.completecrm.core.consent.ConsentLedger;
import org.completecrm.core.holding.Holding;
import org.completecrm.core.identity.Resolution;
import org.completecrm.core.interest.TopicLedger;
import org.completecrm.core.identity.SourceIdentity;
import org.completecrm.core.rekey.MergeRecord.LedgerLayout;
import org.completecrm.core.rekey.MergeRecord.MovedMembership;
import org.completecrm.core.rekey.MergeRecord.MovedPosition;
import org.completecrm.core.rekey.MergeRecord.MovedVote;
import org.completecrm.core.score.Scores;
import org.completecrm.core.timeline.TimelineEvent;
import org.completecrm.core.voice.Idea;

/**
 * Carries identity corrections through everything the library holds: {@link #merge} re-keys the
 * absorbed customer's consent, events, commitments, holdings, household memberships, votes, ideas
 * and market positions to the survivor and returns a {@link MergeRecord} of where each came from;
 * {@link #unmerge} uses that record to give every entry back to the customer whose source records
 * it came from.
 *
 * <p>Rules on a merge: consent histories are both kept and, per channel and purpose, the most
 * restrictive effective state at the merge instant wins (an entry with source {@value
 * ConsentMerge#SOURCE} makes it so), and a topic opt-out on either side holds; a household period overlapping the survivor's own in the same
 * household is left out, and a primary period overlapping the survivor's primary period elsewhere
 * becomes a partner's, so no overlap of primary households is created; of two votes on one idea
 * the first cast stands; market accounts are summed; the absorbed customer's scores are set aside
 * (the host recomputes the survivor's from the merged data). On an unmerge the merge's own
 * consent entries are dropped (the two are no longer one person); entries added after the merge
 * stay with the survivor, except timeline events whose source record was the absorbed customer's.
 */
public final class Rekey {
  private Rekey() {}

  /**
   * The result of a merge: the re-keyed data and the record that undoes it.
   *
   * @param held everything held, with the absorbed customer's entries under the survivor's id
   * @param record where each entry came from, to keep beside the data for {@link #unmerge}
   */
  public record Merged(HeldData held, MergeRecord record) {}

  /**
   * Carries a merge of {@code absorbed} into {@code survivor} through {@code held}.
   *
   * @param before the resolution before the merge, in which both are customers (their source
   *     records are kept in the record)
   * @param at when the merge happened; consent is made most restrictive as of this instant
   * @throws InvalidValueException if either id is not a customer of {@code before}, or they are equal
   */
  public static Merged merge(HeldData held, Resolution before, CustomerId survivor, CustomerId absorbed, Instant at) {
    Checks.present(held, "Rekey.merge.held");
    Checks.present(before, "Rekey.merge.before");
    Checks.present(at, "Rekey.merge.at");
    Set<SourceIdentity> survivorSources = sources(before, survivor, "Rekey.merge.survivor");
    Set<SourceIdentity> absorbedSources = sources(before, absorbed, "Rekey.merge.absorbed");
    if (survivor.equals(absorbed)) {
      throw new InvalidValueException("Rekey.merge.absorbed", absorbed, "a customer other than the survivor");
    }
    ImmutableMergeRecord.Builder record = MergeRecord.builder().survivor(survivor).absorbed(absorbed).at(at)
        .survivorSources(survivorSources).absorbedSources(absorbedSources);
    Optional<ConsentLedger> ls = ledger(held, survivor);
    Optional<ConsentLedger> la = ledger(held, absorbed);
    List<ConsentEntry> added = new ArrayList<>();
    List<ConsentEntry> entries = ConsentMerge.merge(ls.orElse(ConsentLedger.empty(survivor)),
        la.orElse(ConsentLedger.empty(absorbed)), at, added);
    record.ledger(new LedgerLayout(ls.isPresent(), la.isPresent(), ls.map(l -> l.entries().size()).orElse(0),
        la.map(l -> l.entries().size()).orElse(0), added.size()));
    List<ConsentLedger> ledgers = otherLedgers(held, survivor, absorbed);
    if (ls.isPresent() || la.isPresent()) {
      ledgers.add(ConsentLedger.builder().customer(survivor).entries(entries).build());
    }
    LedgerLayout[] topicLayout = new LedgerLayout[1];
    List<TopicLedger> topics = TopicMerge.merge(held.topics(), survivor, absorbed, at, topicLayout);
    record.topicLedger(topicLayout[0]);
    List<TimelineEvent> events = new ArrayList<>(held.events().size());
    for (TimelineEvent e : held.events()) {
      if (e.customer().equals(absorbed)) {
        record.addAbsorbedEvents(e.id());
        events.add(Moves.event(e, survivor));
      } else {
        events.add(e);
      }
    }
    List<Commitment> commitments = new ArrayList<>(held.commitments().size());
    for (Commitment c : held.commitments()) {
      if (c.customer().equals(absorbed)) {
        record.addAbsorbedCommitments(c.id());
        commitments.add(Moves.commitment(c, survivor));
      } else {
        commitments.add(c);
      }
    }
    List<Holding> holdings = new ArrayList<>(held.holdings().size());
    for (Holding h : held.holdings()) {
      if (h.customer().equals(absorbed)) {
        record.addAbsorbedHoldings(h);
        holdings.add(Moves.holding(h, survivor));
      } else {
        holdings.add(h);
      }
    }
    List<Idea> ideas = new ArrayList<>(held.ideas().size());
    for (Idea i : held.ideas()) {
      if (i.submittedBy().equals(Optional.of(absorbed))) {
        record.addAbsorbedIdeas(i.id());
        ideas.add(Moves.idea(i, survivor));
      } else {
        ideas.add(i);
      }
    }
    List<MovedMembership> memberships = new ArrayList<>();
    List<MovedVote> votes = new ArrayList<>();
    List<MovedPosition> positions = new ArrayList<>();
    Map<CustomerId, Scores> scores = new LinkedHashMap<>(held.scores());
    record.absorbedScores(Optional.ofNullable(scores.remove(absorbed)));
    HeldData next = HeldData.builder().ledgers(ledgers).topics(topics).events(events).commitments(commitments).holdings(holdings)
        .households(HouseholdMoves.merge(held.households(), survivor, absorbed, memberships))
        .ballots(VoiceMoves.mergeVotes(held.ballots(), survivor, absorbed, votes)).ideas(ideas)
        .markets(VoiceMoves.mergePositions(held.markets(), survivor, absorbed, positions)).scores(scores).build();
    return new Merged(next, record.memberships(memberships).votes(votes).positions(positions).build());
  }

  /**
   * Carries an unmerge through {@code held}: every entry recorded in {@code record} as the absorbed
   * customer's goes to the customer that holds its source records in {@code after}, and the rest
   * to the customer holding the survivor's source records (new ids if the resolution gave them).
   *
   * @param held the data as it is now, with the merged customer under the survivor's id
   * @param record the record {@link #merge} returned
   * @param after the resolution after the unmerge, in which the survivor's and the absorbed
   *     customer's former source records are each in one customer, and not the same one
   * @throws InvalidValueException if {@code after} does not separate the two, or the ledger is
   *     shorter than at the merge
   */
  public static HeldData unmerge(HeldData held, MergeRecord record, Resolution after) {
    Checks.present(held, "Rekey.unmerge.held");
    Checks.present(record, "Rekey.unmerge.record");
    Checks.present(after, "Rekey.unmerge.after");
    CustomerId merged = record.survivor();
    CustomerId survivor = owner(after, record.survivorSources(), "Rekey.unmerge.after");
    CustomerId absorbed = owner(after, record.absorbedSources(), "Rekey.unmerge.after");
    if (survivor.equals(absorbed) || absorbed.equals(merged)) {
      throw new InvalidValueException("Rekey.unmerge.after", absorbed,
          "a resolution that separates the absorbed customer's records from the survivor's");
    }
    HeldData split = split(held, record, merged, absorbed);
    return survivor.equals(merged) ? split : Renames.rename(split, merged, survivor);
  }

  private static HeldData split(HeldData held, MergeRecord record, CustomerId merged, CustomerId absorbed) {
    List<ConsentLedger> ledgers = otherLedgers(held, merged, absorbed);
    LedgerLayout layout = record.ledger();
    Optional<ConsentLedger> lm = ledger(held, merged);
    List<ConsentEntry> all = lm.map(ConsentLedger::entries).orElse(List.of());
    int s = layout.survivorEntries();
    int a = layout.absorbedEntries();
    int k = layout.mergeEntries();
    if (all.size() < s + a + k) {
      throw new InvalidValueException("Rekey.unmerge.held.ledgers", all.size() + " entries",
          "at least the " + (s + a + k) + " entries of the merged ledger");
    }
    List<ConsentEntry> own = new ArrayList<>(all.subList(0, s));
    own.addAll(all.subList(s + a + k, all.size()));
    if (layout.survivorHadLedger() || !own.isEmpty()) {
      ledgers.add(ConsentLedger.builder().customer(merged).entries(own).build());
    }
    if (layout.absorbedHadLedger()) {
      List<ConsentEntry> back = new ArrayList<>(a);
      all.subList(s, s + a).forEach(e -> back.add(ConsentMerge.moved(e, absorbed)));
      ledgers.add(ConsentLedger.builder().customer(absorbed).entries(back).build());
    }
    Set<EventId> events = record.absorbedEvents();
    List<TimelineEvent> timeline = new ArrayList<>(held.events().size());
    for (TimelineEvent e : held.events()) {
      boolean back = e.customer().equals(merged) && (events.contains(e.id())
          || e.source().map(record.absorbedSources()::contains).orElse(false));
      timeline.add(back ? Moves.event(e, absorbed) : e);
    }
    Set<CommitmentId> commitmentIds = record.absorbedCommitments();
    List<Commitment> commitments = new ArrayList<>(held.commitments().size());
    held.commitments().forEach(c -> commitments.add(
        c.customer().equals(merged) && commitmentIds.contains(c.id()) ? Moves.commitment(c, absorbed) : c));
    List<Holding> holdings = new ArrayList<>(held.holdings());
    for (Holding original : record.absorbedHoldings()) {
      int i = holdings.indexOf(Moves.holding(original, merged));
      if (i >= 0) {
        holdings.set(i, original.customer().equals(absorbed) ? original : Moves.holding(original, absorbed));
      }
    }
    Set<IdeaId> ideaIds = record.absorbedIdeas();
    List<Idea> ideas = new ArrayList<>(held.ideas().size());
    held.ideas().forEach(i -> ideas.add(
        i.submittedBy().equals(Optional.of(merged)) && ideaIds.contains(i.id()) ? Moves.idea(i, absorbed) : i));
    Map<CustomerId, Scores> scores = new LinkedHashMap<>(held.scores());
    record.absorbedScores().ifPresent(x -> scores.put(absorbed, x));
    HeldData split = HeldData.builder().ledgers(ledgers)
        .topics(TopicMerge.unmerge(held.topics(), merged, absorbed, record.topicLedger())).events(timeline).commitments(commitments).holdings(holdings)
        .households(HouseholdMoves.unmerge(held.households(), merged, absorbed, record.memberships()))
        .ballots(VoiceMoves.unmergeVotes(held.ballots(), merged, record.votes())).ideas(ideas)
        .markets(VoiceMoves.unmergePositions(held.markets(), merged, absorbed, record.positions())).scores(scores).build();
    return split;
  }

  private static Set<SourceIdentity> sources(Resolution r, CustomerId customer, String field) {
    Checks.present(customer, field);
    Set<SourceIdentity> out = new TreeSet<>();
    r.recordsOf(customer).forEach(x -> out.add(x.identity()));
    return out;
  }

  private static CustomerId owner(Resolution r, Set<SourceIdentity> sources, String field) {
    Set<CustomerId> owners = new TreeSet<>();
    for (SourceIdentity s : sources) {
      owners.add(r.customerOf(s).orElseThrow(() -> new InvalidValueException(field, s.masked(), "a resolution holding every record of the merge")));
    }
    if (owners.size() != 1) {
      throw new InvalidValueException(field, owners, "a resolution in which the records of each former customer are in one customer");
    }
    return owners.iterator().next();
  }

  private static Optional<ConsentLedger> ledger(HeldData held, CustomerId customer) {
    return held.ledgers().stream().filter(l -> l.customer().equals(customer)).findFirst();
  }

  private static List<ConsentLedger> otherLedgers(HeldData held, CustomerId a, CustomerId b) {
    List<ConsentLedger> out = new ArrayList<>();
    held.ledgers().stream().filter(l -> !l.customer().equals(a) && !l.customer().equals(b)).forEach(out::add);
    return out;
  }
}
