package org.completecrm.rules.campaign;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.completecrm.core.Checks;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * A batch of customers' compact candidate summaries, decided away from the planner (on another
 * machine of a cluster, say) by the same function the planner calls, and added to it with {@link
 * CampaignPlanner#addCandidates(CampaignCandidates)}. Serializable: primitive arrays, the
 * customers' ids and the names of their households and segments, never whole decisions. A plan
 * made from batches equals the plan made from the same contexts added one at a time.
 *
 * <pre>{@code
 * CampaignCandidates batch = CampaignCandidates.decide(rules, settings, at, contexts);   // anywhere
 * planner.addCandidates(batch);                                                        // on the planner's machine
 * }</pre>
 */
public final class CampaignCandidates implements Serializable {
  private static final long serialVersionUID = 1L;

  final CandidateTable table;
  final long fingerprint;

  private CampaignCandidates(CandidateTable table, long fingerprint) {
    this.table = table;
    this.fingerprint = fingerprint;
  }

  /**
   * Decides for the customers of {@code contexts}, read one at a time, as a planner of the same
   * rule set, settings and instant would.
   *
   * @throws org.completecrm.core.InvalidValueException for settings that name offers the rule set does not have
   */
  public static CampaignCandidates decide(RuleSet ruleSet, CampaignSettings settings, Instant at,
      Iterator<DecisionContext> contexts) {
    Checks.present(ruleSet, "CampaignCandidates.ruleSet");
    Checks.present(settings, "CampaignCandidates.settings");
    Checks.instant(at, "CampaignCandidates.at");
    Checks.present(contexts, "CampaignCandidates.contexts");
    settings.checkAgainst(ruleSet);
    CandidateEvaluator evaluator = new CandidateEvaluator(ruleSet, settings, at);
    CandidateTable table = new CandidateTable(QuietSlots.words(settings.sendWindow().hours()));
    while (contexts.hasNext()) {
      evaluator.evaluate(Checks.present(contexts.next(), "CampaignCandidates.contexts.next"), table);
    }
    table.trim();
    return new CampaignCandidates(table, fingerprint(ruleSet, settings, at));
  }

  /** The number of customers in the batch. */
  public int customers() {
    return table.customers;
  }

  /** The number of candidates (action and channel with a free send slot) of the batch's customers. */
  public int candidates() {
    return table.candidates;
  }

  /**
   * This batch split by household into {@code parts} batches, for a cluster to regroup the
   * customers into parts of whole households ({@link CampaignPart}): customer {@code c} goes to
   * the batch of index {@link #partOf} of its household (of its own id when it has none), so every
   * member of a household goes to the batch of the same index, whichever batch it came in. Batches
   * may be empty.
   *
   * @throws InvalidValueException unless {@code parts} is at least 1
   */
  public List<CampaignCandidates> byHousehold(int parts) {
    if (parts < 1) {
      throw new InvalidValueException("CampaignCandidates.byHousehold.parts", parts, "at least 1 part");
    }
    CandidateTable[] out = new CandidateTable[parts];
    for (int i = 0; i < table.customers; i++) {
      String key = table.household[i] < 0 ? table.customerIds[i] : table.households.name(table.household[i]);
      int p = partOf(key, parts);
      if (out[p] == null) {
        out[p] = new CandidateTable(table.maskWords);
      }
      out[p].copyCustomer(table, i);
    }
    List<CampaignCandidates> batches = new ArrayList<>(parts);
    for (CandidateTable t : out) {
      CandidateTable part = t == null ? new CandidateTable(table.maskWords) : t;
      part.trim();
      batches.add(new CampaignCandidates(part, fingerprint));
    }
    return batches;
  }

  /**
   * The part, from 0 to {@code parts - 1}, of the customers of household {@code key} (or of the
   * customer of id {@code key} when it has no household): a seeded mix of the key's
   * {@link String#hashCode()}, the same on every machine.
   */
  public static int partOf(String key, int parts) {
    Checks.present(key, "CampaignCandidates.partOf.key");
    return (int) Math.floorMod(Groups.mix(key.hashCode() * 0x9E3779B97F4A7C15L), (long) parts);
  }

  /** Appends the batch to {@code into}, checking that it was decided under {@code expected}'s inputs. */
  void appendTo(CandidateTable into, long expected) {
    if (fingerprint != expected) {
      throw new CrmException("CampaignCandidates: the batch was decided under another rule set, settings or instant"
          + " than the planner's");
    }
    ParallelLines.append(table, into);
  }

  /**
   * A digest of what candidates depend on: the rule set and settings as JSON (the same text on
   * every machine) and the instant.
   */
  static long fingerprint(RuleSet ruleSet, CampaignSettings settings, Instant at) {
    long h = 1125899906842597L;
    for (String part : new String[] {CrmJson.write(ruleSet), CrmJson.write(settings), at.toString()}) {
      for (int i = 0; i < part.length(); i++) {
        h = 31 * h + part.charAt(i);
      }
      h = Groups.mix(h);
    }
    return h;
  }
}
