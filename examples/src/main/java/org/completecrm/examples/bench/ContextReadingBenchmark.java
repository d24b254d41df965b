package org.completecrm.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.completecrm.core.json.CrmJson;
import org.completecrm.examples.campaign.SampleBase;
import org.completecrm.rules.DecisionContext;
import org.completecrm.rules.campaign.ContextLines;
import org.completecrm.rules.ruleset.ActionDefinition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a campaign's contexts file: 2,000 generated contexts of the campaign benchmark (about
 * 3.3 KB each, 50 propensities), read with {@link ContextLines} (the streaming reader, which
 * hands irregular lines to databind) against {@code CrmJson.read} of each line (databind alone).
 * Time per context.
 *
 * <p>Run: {@code java -cp examples/target/crm.jar org.openjdk.jmh.Main ContextReadingBenchmark -f 1
 * -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ContextReadingBenchmark {
  private static final int N = 2_000;
  private final List<String> lines = new ArrayList<>(N);
  private String file;
  private byte[] fileBytes;

  /** Generates the contexts once (seeded) as JSON Lines. */
  @Setup
  public void setUp() {
    List<String> offers = new ArrayList<>();
    for (ActionDefinition a : DecisionBenchmark.ruleSet(new Random(20261123L)).actions()) {
      offers.add(a.id().value());
    }
    SampleBase.generate(N, 20261123L, SampleBase.AT, offers, c -> lines.add(ContextLines.write(c)));
    file = String.join("\n", lines) + "\n";
    fileBytes = file.getBytes(StandardCharsets.UTF_8);
  }

  /** The streaming reader, as a campaign plan reads its file. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void streaming(Blackhole bh) {
    Iterator<DecisionContext> it = ContextLines.read(new StringReader(file));
    while (it.hasNext()) {
      bh.consume(it.next());
    }
  }

  /** The streaming reader on the file's bytes, as a campaign plan reads a file since the byte reader. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void bytes(Blackhole bh) {
    Iterator<DecisionContext> it = ContextLines.read(new ByteArrayInputStream(fileBytes));
    while (it.hasNext()) {
      bh.consume(it.next());
    }
  }

  /** Databind, line by line, as before the streaming reader. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void databind(Blackhole bh) {
    for (String line : lines) {
      bh.consume(CrmJson.read(line, DecisionContext.class));
    }
  }
}
