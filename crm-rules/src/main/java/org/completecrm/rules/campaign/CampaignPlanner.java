package org.completecrm.rules.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.IntConsumer;
import org.completecrm.core.CrmException;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.Checks;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.ruleset.RuleSet;

/**
 * Makes one plan from contexts added one at a time: each is decided when added and only its
 * compact candidate summary is kept. Not thread-safe; {@link #plan()} once, after the last
 * context.
 */
public final class CampaignPlanner {
  private final RuleSet ruleSet;
  private final CampaignSettings settings;
  private final Instant at;
  private final long seed;
  private final CandidateEvaluator evaluator;
  private final CandidateTable table;
  private boolean planned;
  private int threads = 1;
  private long fingerprint;
  private boolean fingerprinted;

  CampaignPlanner(RuleSet ruleSet, CampaignSettings settings, Instant at, long seed) {
    this.ruleSet = Checks.present(ruleSet, "CampaignPlans.ruleSet");
    this.settings = Checks.present(settings, "CampaignPlans.settings");
    this.at = Checks.instant(at, "CampaignPlans.at");
    this.seed = seed;
    settings.checkAgainst(ruleSet);
    this.evaluator = new CandidateEvaluator(ruleSet, settings, at);
    this.table = new CandidateTable(QuietSlots.words(settings.sendWindow().hours()));
  }

  /** Decides for the customer of {@code context} and keeps its candidates. */
  public CampaignPlanner add(DecisionContext context) {
    Checks.present(context, "CampaignPlanner.add.context");
    if (planned) {
      throw new CrmException("CampaignPlanner: a context was added after the plan was made");
    }
    evaluator.evaluate(context, table);
    return this;
  }

  /**
   * Reads contexts as JSON Lines from {@code reader} (one per line, blank lines skipped) and
   * decides for them on {@code threads} threads, keeping their summaries in the order of the
   * lines; {@code progress} is told the number of customers added after each batch. The plan's
   * allocation uses as many threads. The plan is the same whatever the number of threads.
   *
   * @throws InvalidValueException for an invalid line, its field starting with {@code contexts line N}
   */
  public CampaignPlanner addJsonLines(Reader reader, int threads, IntConsumer progress) {
    Checks.present(reader, "CampaignPlanner.addJsonLines.reader");
    checkAddingLines(threads, progress);
    ParallelLines.addAll(reader, threads, evaluator, table, progress);
    this.threads = Math.max(this.threads, threads);
    return this;
  }

  /**
   * As {@link #addJsonLines(Reader, int, IntConsumer)}, from UTF-8 bytes: the same contexts, line
   * numbers and errors as from {@code Files.newBufferedReader} of the same bytes (malformed UTF-8
   * an {@link java.io.UncheckedIOException}), read without decoding each line into a {@code
   * String}. The caller closes the stream.
   *
   * @throws InvalidValueException for an invalid line, its field starting with {@code contexts line N}
   */
  public CampaignPlanner addJsonLines(InputStream in, int threads, IntConsumer progress) {
    Checks.present(in, "CampaignPlanner.addJsonLines.in");
    checkAddingLines(threads, progress);
    ParallelLines.addAll(in, threads, evaluator, table, progress);
    this.threads = Math.max(this.threads, threads);
    return this;
  }

  /**
   * As {@link #addJsonLines(InputStream, int, IntConsumer)}, from the file {@code contexts}: its
   * size forecasts how many customers and candidates to keep room for, so that their arrays are
   * grown once instead of doubling as they fill. An unreadable file is an {@link
   * java.io.UncheckedIOException}.
   *
   * @throws InvalidValueException for an invalid line, its field starting with {@code contexts line N}
   */
  public CampaignPlanner addJsonLines(Path contexts, int threads, IntConsumer progress) {
    Checks.present(contexts, "CampaignPlanner.addJsonLines.contexts");
    checkAddingLines(threads, progress);
    try (InputStream in = Files.newInputStream(contexts)) {
      ParallelLines.addAll(in, Files.size(contexts), threads, evaluator, table, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.threads = Math.max(this.threads, threads);
    return this;
  }

  private void checkAddingLines(int threads, IntConsumer progress) {
    Checks.present(progress, "CampaignPlanner.addJsonLines.progress");
    if (threads < 1) {
      throw new InvalidValueException("CampaignPlanner.addJsonLines.threads", threads, "at least 1 thread");
    }
    if (planned) {
      throw new CrmException("CampaignPlanner: contexts were added after the plan was made");
    }
  }

  /**
   * Adds a batch of customers decided elsewhere ({@link CampaignCandidates#decide}) under this
   * planner's rule set, settings and instant; batches may come in any order.
   *
   * @throws CrmException if the batch was decided under other inputs, or after the plan was made
   */
  public CampaignPlanner addCandidates(CampaignCandidates batch) {
    Checks.present(batch, "CampaignPlanner.addCandidates.batch");
    if (planned) {
      throw new CrmException("CampaignPlanner: candidates were added after the plan was made");
    }
    if (!fingerprinted) {
      fingerprint = CampaignCandidates.fingerprint(ruleSet, settings, at);
      fingerprinted = true;
    }
    batch.appendTo(table, fingerprint);
    return this;
  }

  /** Customers added so far. */
  public int customers() {
    return table.customers;
  }

  /** The plan of the customers added. */
  public CampaignPlan plan() {
    if (planned) {
      throw new CrmException("CampaignPlanner: the plan was already made");
    }
    planned = true;
    table.sortNames();
    Groups groups = new Groups(table, settings.oneOutboundPerHousehold(), seed);
    Constraints constraints = new Constraints(settings, evaluator, table.segments);
    HouseholdCaps caps = new HouseholdCaps(ruleSet.policies().caps(), evaluator.actions());
    Allocation allocation = Allocation.local(table, constraints, groups, caps, settings.oneOutboundPerHousehold(),
        threads);
    int[] chosen = allocation.chosen.clone();
    SendSchedule schedule = new SendSchedule(table, constraints, settings, groups, chosen);
    PlanParts parts = new PlanParts(table, constraints, groups, allocation.excluded, schedule.offsetSeconds,
        schedule.noSlot, caps, chosen, PlanParts.usage(table, groups.byId, chosen, constraints), evaluator.actions(),
        settings, at);
    return new CampaignPlan(parts, PlanTotals.summarise(table, groups.byId, chosen, table.customers, constraints,
        evaluator.actions(), settings, schedule, allocation.upperBound, allocation.iterations, at, seed));
  }
}
