package org.completecrm.examples.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import org.apache.spark.HashPartitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.completecrm.core.InvalidValueException;
import org.completecrm.core.json.CrmJson;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.campaign.AllocationPass;
import org.completecrm.rules.campaign.CampaignAllocation;
import org.completecrm.rules.campaign.CampaignCandidates;
import org.completecrm.rules.campaign.CampaignPart;
import org.completecrm.rules.campaign.CampaignRun;
import org.completecrm.rules.campaign.CampaignSchedule;
import org.completecrm.rules.campaign.CampaignSettings;
import org.completecrm.rules.campaign.ChosenSends;
import org.completecrm.rules.campaign.ContextLines;
import org.completecrm.rules.ruleset.RuleSet;
import org.completecrm.rules.ruleset.RuleSets;
import scala.Tuple2;

/**
 * The campaign plan of {@code crm campaign} over a table of contexts on Apache Spark, allocated
 * on the executors: the executors read the JSON Lines and decide for every customer with the same
 * function the single machine calls ({@link CampaignCandidates#decide}), keeping only compact
 * candidate summaries; these are regrouped by household into one {@link CampaignPart} per
 * partition and cached; the driver runs the allocation's search as Spark jobs over the parts (each
 * pass a job: the small state shipped with the tasks, the parts' sums reduced; the passes over the
 * seeded sample the search starts on run on the driver, over the parts' samples collected once,
 * about 1/32 of the candidates), collects only the sends chosen to make the send schedule and the totals, and the executors write every customer's
 * line, reasons included. On the same input the plan equals the single machine's, byte for byte.
 *
 * <p>Local mode when no master is given ({@code local[*]}, or {@code -Dspark.master=local[2]});
 * under {@code spark-submit} the master it is given (see docs/campaigns.md, "On Apache Spark").
 */
/*
 * Design note: what moves where. Deciding (parse, fold the view, evaluate 200 rules per customer)
 * is most of a plan's CPU and runs where the lines are. The summaries are shuffled once, by a hash
 * of the household (CampaignCandidates.byHousehold), so that each partition holds whole households,
 * and each partition becomes one CampaignPart, cached deserialized (MEMORY_AND_DISK): a part keeps
 * beside its arrays the choices of the round being searched, which the next pass over the same
 * rounds reuses, and a pass over a deserialized part costs milliseconds where deserializing it
 * would cost more than the pass (a spilled part is read back and rebuilds its caches: the same
 * result). The search's first few hundred passes are over a seeded sample of about 1/32 of the
 * groups (AllocationPass.sampleLevel): a job per pass would cost Spark's scheduling for
 * milliseconds of work, so the parts' samples (CampaignPart.sample) are collected once and those
 * passes run on the driver's threads, giving what they give over the parts. Each of the other
 * passes (a few dozen to a hundred) is one job: the pass (multipliers, or rounds and
 * cut-offs, a few kilobytes) goes with the tasks, the run (rule set and settings) is broadcast
 * once, and each part returns O(constraints) longs reduced on the driver (reduce: a treeReduce
 * would add a shuffle stage to every pass for a few kilobytes); the sum is exact, so
 * the result does not depend on the partitioning. The driver holds the multipliers and rounds,
 * then the chosen sends only (the send schedule is sequential over them), never a customer left
 * out. The lines are written on the executors, sorted by customer id through a range partitioning
 * on a sample of ids, and streamed to the driver's writer a partition at a time.
 */
public final class SparkCampaign {
  /** Customers decided into one batch of summaries (one task's output is a few of these). */
  static final int BATCH = 4096;

  private SparkCampaign() {}

  /**
   * The plan for the contexts of {@code lines} (one JSON document per line; blank lines skipped),
   * decided on the executors in the partitions of {@code lines} and allocated over as many parts
   * as the cluster has cores ({@link #parts}). The parts stay cached until the plan is closed.
   *
   * @throws InvalidValueException for settings that do not fit the rule set
   * @throws org.apache.spark.SparkException (unchecked in Spark 4) for an invalid line: the job fails
   *     and its cause is the {@link InvalidValueException} whose field starts with {@code contexts
   *     partition P line N}
   */
  public static SparkCampaignPlan plan(SparkSession spark, RuleSet rules, CampaignSettings settings,
      Dataset<String> lines, Instant at, long seed) {
    return plan(spark, rules, settings, lines, at, seed, parts(spark, lines.rdd().getNumPartitions()),
        StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * The parts a plan is allocated over by default: as many as the cluster runs tasks at once
   * ({@code spark.default.parallelism}: the cores), at most one per input partition. Each of the
   * allocation's passes is one job over every part, so more parts than cores only add tasks (a few
   * milliseconds of scheduling each, hundreds of times) without running more at once.
   */
  static int parts(SparkSession spark, int inputPartitions) {
    return Math.max(1, Math.min(inputPartitions, spark.sparkContext().defaultParallelism()));
  }

  /**
   * The plan for {@code lines} in {@code partitions} parts (whole households each), cached at
   * {@code storage}; see {@link #plan(SparkSession, RuleSet, CampaignSettings, Dataset, Instant, long)}.
   */
  public static SparkCampaignPlan plan(SparkSession spark, RuleSet rules, CampaignSettings settings,
      Dataset<String> lines, Instant at, long seed, int partitions, StorageLevel storage) {
    return plan(spark, rules, settings, lines.javaRDD(), at, seed, partitions, storage);
  }

  /** The plan for the lines of an RDD; see {@link #plan(SparkSession, RuleSet, CampaignSettings, Dataset, Instant, long, int, StorageLevel)}. */
  static SparkCampaignPlan plan(SparkSession spark, RuleSet rules, CampaignSettings settings,
      JavaRDD<String> lines, Instant at, long seed, int partitions, StorageLevel storage) {
    return plan(spark, rules, settings, lines, SparkCampaign::parsed, at, seed, partitions, storage);
  }

  /** How a partition of an input becomes contexts (on the executors). */
  @FunctionalInterface
  interface Contexts<T> extends java.io.Serializable {
    Iterator<DecisionContext> open(Iterator<T> partition, int partitionId);
  }

  /**
   * The plan for {@code customers} contexts generated on the executors ({@link
   * #generatedContexts}, the same customers) and decided where they are generated, without
   * writing and reading them as JSON Lines: what a base of ten million customers is planned from
   * here (the plan equals the plan of the generator's file).
   */
  static SparkCampaignPlan planGenerated(SparkSession spark, RuleSet rules, CampaignSettings settings, int customers,
      long generatorSeed, List<String> offers, int inputs, Instant at, long seed, int partitions, StorageLevel storage) {
    List<String> offerIds = List.copyOf(offers);
    return plan(spark, rules, settings, blocks(spark, customers, generatorSeed, offers.size(), inputs),
        (it, p) -> generated(it, at, offerIds), at, seed, partitions, storage);
  }

  private static <T> SparkCampaignPlan plan(SparkSession spark, RuleSet rules, CampaignSettings settings,
      JavaRDD<T> input, Contexts<T> contexts, Instant at, long seed, int partitions, StorageLevel storage) {
    if (partitions < 1) {
      throw new InvalidValueException("SparkCampaign.partitions", partitions, "at least 1 partition");
    }
    settings.checkAgainst(rules);
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long t0 = System.nanoTime();
    long c0 = SparkCampaignPlan.cpu();
    Broadcast<String> rulesJson = sc.broadcast(CrmJson.write(rules));
    Broadcast<String> settingsJson = sc.broadcast(CrmJson.write(settings));
    JavaRDD<CampaignPart> parts = input
        .mapPartitions(part -> decide(contexts.open(part, TaskContext.get() == null ? 0 : TaskContext.get().partitionId()),
            rulesJson.value(), settingsJson.value(), at))
        .flatMapToPair(batch -> byHousehold(batch, partitions))
        .partitionBy(new HashPartitioner(partitions))
        .values()
        .mapPartitions(batches -> List.of(CampaignPart.of(batches)).iterator(), true)
        .persist(storage);
    try {
      List<String> segments = parts.map(p -> new ArrayList<>(p.segments()))
          .reduce((a, b) -> {
            TreeSet<String> all = new TreeSet<>(a);
            all.addAll(b);
            return new ArrayList<>(all);
          });
      long t1 = System.nanoTime();
      long c1 = SparkCampaignPlan.cpu();
      CampaignRun run = CampaignRun.of(rules, settings, at, seed, segments);
      Broadcast<CampaignRun> runB = sc.broadcast(run);
      long[] passes = new long[1];
      Map<Integer, List<CampaignPart>> samples = new HashMap<>();
      CampaignAllocation allocation = run.allocate(pass -> {
        int level = pass.sampleLevel();
        if (level > 0) {
          List<CampaignPart> sample = samples.computeIfAbsent(level,
              l -> parts.map(p -> p.sample(runB.value(), l)).collect());
          return sample.parallelStream().map(p -> p.apply(run, pass)).reduce(AllocationPass::add).orElseThrow();
        }
        passes[0]++;
        JavaRDD<long[]> sums = parts.map(p -> p.apply(runB.value(), pass));
        return sums.reduce(AllocationPass::add);
      });
      long t2 = System.nanoTime();
      long c2 = SparkCampaignPlan.cpu();
      Broadcast<CampaignAllocation> allocationB = sc.broadcast(allocation);
      List<ChosenSends> sends = parts.map(p -> p.chosen(runB.value(), allocationB.value())).collect();
      CampaignSchedule schedule = run.schedule(allocation, sends.iterator());
      long t3 = System.nanoTime();
      long c3 = SparkCampaignPlan.cpu();
      return new SparkCampaignPlan(sc, parts, List.of(rulesJson, settingsJson), runB, allocationB, schedule,
          new long[] {t1 - t0, t2 - t1, t3 - t2, c1 - c0, c2 - c1, c3 - c2, passes[0]});
    } catch (RuntimeException | Error e) {
      parts.unpersist(false);
      rulesJson.destroy();
      settingsJson.destroy();
      throw e;
    }
  }

  /** The plan for the JSON Lines file(s) at {@code path} (any path Spark reads: local, HDFS, S3). */
  public static SparkCampaignPlan plan(SparkSession spark, RuleSet rules, CampaignSettings settings, String path,
      Instant at, long seed) {
    return plan(spark, rules, settings, spark.read().textFile(path), at, seed);
  }

  /** Customers generated at a time by a task of {@link #generatedContexts} (its lines are held until read). */
  static final int GENERATED_BLOCK = 1024;

  /**
   * The JSON Lines of {@code customers} contexts generated on the executors by the examples'
   * generator ({@link SampleBase}) from {@code seed}, as of {@code at}, with propensities for
   * {@code offers}, in {@code partitions} partitions of whole households: line for line and in the
   * same order what {@code crm generate-contexts --customers N --seed S} (or {@link
   * SampleBase#generate(int, long, Instant, List, java.util.function.Consumer)}) writes for the same
   * offers and instant, so that a base of ten million customers need not be written to a file
   * first. The driver cuts the base into blocks of about {@link #GENERATED_BLOCK} customers ({@link
   * SampleBase#blocks}: the generator's random draws alone, about 0.2 microseconds a customer) and
   * ships three numbers per block; each task generates its blocks one after the other, holding one
   * block's lines at a time.
   */
  public static Dataset<String> generatedContexts(SparkSession spark, int customers, long seed, Instant at,
      List<String> offers, int partitions) {
    return spark.createDataset(generatedLines(spark, customers, seed, at, offers, partitions).rdd(),
        org.apache.spark.sql.Encoders.STRING());
  }

  /** The lines of {@link #generatedContexts} as an RDD (no encoding into rows: what the plan reads). */
  static JavaRDD<String> generatedLines(SparkSession spark, int customers, long seed, Instant at, List<String> offers,
      int partitions) {
    if (partitions < 1) {
      throw new InvalidValueException("SparkCampaign.partitions", partitions, "at least 1 partition");
    }
    List<String> offerIds = List.copyOf(offers);
    return blocks(spark, customers, seed, offers.size(), partitions).flatMap(b -> {
      List<String> lines = new ArrayList<>();
      SampleBase.generate(b._1(), b._2(), at, offerIds, c -> lines.add(ContextLines.write(c)));
      return lines.iterator();
    });
  }

  /** The generator's blocks of about {@link #GENERATED_BLOCK} customers (start, end customer), in order, in {@code partitions} partitions. */
  private static JavaRDD<Tuple2<SampleBase.Position, Integer>> blocks(SparkSession spark, int customers, long seed,
      int offers, int partitions) {
    if (partitions < 1) {
      throw new InvalidValueException("SparkCampaign.partitions", partitions, "at least 1 partition");
    }
    List<SampleBase.Position> cuts = SampleBase.blocks(customers, seed, offers,
        Math.max(partitions, (customers + GENERATED_BLOCK - 1) / GENERATED_BLOCK));
    List<Tuple2<SampleBase.Position, Integer>> blocks = new ArrayList<>();
    for (int b = 0; b + 1 < cuts.size(); b++) {
      blocks.add(new Tuple2<>(cuts.get(b), cuts.get(b + 1).customer()));
    }
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(blocks, partitions);
  }

  /** The contexts of a partition's blocks, generated a block at a time. */
  private static Iterator<DecisionContext> generated(Iterator<Tuple2<SampleBase.Position, Integer>> blocks, Instant at,
      List<String> offers) {
    return new Iterator<>() {
      private Iterator<DecisionContext> block = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!block.hasNext() && blocks.hasNext()) {
          Tuple2<SampleBase.Position, Integer> b = blocks.next();
          List<DecisionContext> out = new ArrayList<>();
          SampleBase.generate(b._1(), b._2(), at, offers, out::add);
          block = out.iterator();
        }
        return block.hasNext();
      }

      @Override
      public DecisionContext next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return block.next();
      }
    };
  }

  /** A partition's lines parsed, blank lines skipped; an invalid line named by partition and line. */
  private static Iterator<DecisionContext> parsed(Iterator<String> lines, int partition) {
    return new Iterator<>() {
      private int line;
      private DecisionContext next;

      @Override
      public boolean hasNext() {
        while (next == null && lines.hasNext()) {
          String text = lines.next();
          line++;
          if (!text.isBlank()) {
            next = parse(text, partition, line);
          }
        }
        return next != null;
      }

      @Override
      public DecisionContext next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        DecisionContext c = next;
        next = null;
        return c;
      }
    };
  }

  /** A batch split by household: each non-empty piece with the index of its part. */
  private static Iterator<Tuple2<Integer, CampaignCandidates>> byHousehold(CampaignCandidates batch, int partitions) {
    List<Tuple2<Integer, CampaignCandidates>> out = new ArrayList<>();
    List<CampaignCandidates> pieces = batch.byHousehold(partitions);
    for (int p = 0; p < pieces.size(); p++) {
      if (pieces.get(p).customers() > 0) {
        out.add(new Tuple2<>(p, pieces.get(p)));
      }
    }
    return out.iterator();
  }

  /** Decides for one partition's contexts, {@link #BATCH} customers at a time. */
  private static Iterator<CampaignCandidates> decide(Iterator<DecisionContext> contexts, String rulesJson,
      String settingsJson, Instant at) {
    RuleSet rules = RuleSets.fromJson(rulesJson);
    CampaignSettings settings = CampaignSettings.fromJson(settingsJson);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return contexts.hasNext();
      }

      @Override
      public CampaignCandidates next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        List<DecisionContext> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && contexts.hasNext()) {
          batch.add(contexts.next());
        }
        return CampaignCandidates.decide(rules, settings, at, batch.iterator());
      }
    };
  }

  private static DecisionContext parse(String text, int partition, int line) {
    try {
      return ContextLines.parse(text);
    } catch (InvalidValueException e) {
      InvalidValueException at = new InvalidValueException("contexts partition " + partition + " line " + line + ": "
          + e.field(), e.rejectedValue(), e.expected());
      throw e.jsonPath().isPresent() ? at.atJsonPath(e.jsonPath().get()) : at;
    }
  }

  /**
   * {@code SparkCampaign --rules FILE --settings FILE (--contexts PATH | --generate N
   * [--generate-seed S]) --at INSTANT [--out FILE] [--summary FILE] [--seed S] [--inputs N]
   * [--partitions N] [--storage LEVEL]}: writes the plan's CSV (the columns of {@code crm
   * campaign}) and its summary (JSON). {@code --generate N} generates N customers on the executors
   * ({@link #generatedContexts}, with propensities for every action of the rule set, in its order)
   * in place of reading a file; {@code --inputs} the partitions the contexts are read or generated
   * in, {@code --partitions} the parts the allocation runs over (by default as many as the input
   * has; generated: the default parallelism), {@code --storage} how the parts are cached (default
   * {@code MEMORY_AND_DISK}). Local mode on all cores unless a master is given.
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> a = options(args);
    RuleSet rules = RuleSets.fromJson(Files.readString(Path.of(required(a, "--rules"))));
    CampaignSettings settings = CampaignSettings.fromJson(Files.readString(Path.of(required(a, "--settings"))));
    Instant at = Instant.parse(required(a, "--at"));
    long seed = Long.parseLong(a.getOrDefault("--seed", "0"));
    SparkSession spark = session("complete-crm campaign");
    try {
      StorageLevel storage = StorageLevel.fromString(a.getOrDefault("--storage", "MEMORY_AND_DISK"));
      int cores = spark.sparkContext().defaultParallelism();
      long start = System.nanoTime();
      SparkCampaignPlan made;
      if (a.containsKey("--generate")) {
        List<String> offers = new ArrayList<>();
        rules.actions().forEach(action -> offers.add(action.id().value()));
        int customers = Integer.parseInt(a.get("--generate"));
        made = planGenerated(spark, rules, settings, customers, Long.parseLong(a.getOrDefault("--generate-seed", "0")),
            offers, Integer.parseInt(a.getOrDefault("--inputs", String.valueOf(Math.max(cores, customers / 50_000)))),
            at, seed, Integer.parseInt(a.getOrDefault("--partitions", String.valueOf(cores))), storage);
      } else {
        Dataset<String> read = spark.read().textFile(required(a, "--contexts"));
        if (a.containsKey("--inputs")) {
          read = read.repartition(Integer.parseInt(a.get("--inputs")));
        }
        JavaRDD<String> lines = read.javaRDD();
        made = plan(spark, rules, settings, lines, at, seed, Integer.parseInt(a.getOrDefault("--partitions",
            String.valueOf(parts(spark, lines.getNumPartitions())))), storage);
      }
      try (SparkCampaignPlan plan = made) {
        try (Writer w = a.containsKey("--out")
            ? Files.newBufferedWriter(Path.of(a.get("--out")), StandardCharsets.UTF_8)
            : new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
          plan.writeCsv(w);
        }
        System.err.printf(java.util.Locale.ROOT, "spark campaign: plan of %,d customers made in %.1f s (%s)%n",
            plan.summary().customers(), (System.nanoTime() - start) / 1e9, plan.phases());
        String json = CrmJson.writePretty(plan.summary());
        if (a.containsKey("--summary")) {
          Files.writeString(Path.of(a.get("--summary")), json + "\n", StandardCharsets.UTF_8);
        } else {
          System.err.println(json);
        }
      }
    } finally {
      spark.stop();
    }
  }

  /** The session {@code spark-submit} configures when a master is given, else a local one on all cores. */
  static SparkSession session(String name) {
    return System.getProperty("spark.master") == null ? SparkScoring.localSession(name)
        : SparkSession.builder().appName(name).getOrCreate();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new InvalidValueException("SparkCampaign.args[" + i + "]", args[i], "--option value pairs");
      }
      out.put(args[i], args[i + 1]);
    }
    return out;
  }

  private static String required(Map<String, String> options, String name) {
    String v = options.get(name);
    if (v == null) {
      throw new InvalidValueException("SparkCampaign." + name, "(missing)", "a value");
    }
    return v;
  }
}
