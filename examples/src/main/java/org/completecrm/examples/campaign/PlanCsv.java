package org.completecrm.examples.campaign;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.completecrm.core.CrmException;
import org.completecrm.rules.campaign.CampaignPlan;
import org.completecrm.rules.campaign.PlanLine;

/**
 * A campaign plan as CSV, one line per customer in order of customer id, as {@code crm campaign}
 * and the Spark job write it: {@value #HEADER}, the expected value with four decimals, the
 * action, channel and send instant empty for a customer left out.
 *
 * <p>A large plan's lines are made in chunks by a few threads (a line reads the plan and shares
 * nothing mutable with any other: {@code CampaignPlan.lines()} reads its arrays and makes each
 * reason anew) while the calling thread writes the chunks in order: the same bytes as one thread.
 */
public final class PlanCsv {
  /** The header line. */
  public static final String HEADER = "customer_id,household_id,action_id,channel,send_at,expected_value,reason";

  /** Lines made together, by one thread: about a megabyte of text. */
  private static final int CHUNK = 4_096;
  private static final int MAX_THREADS = 4;

  private PlanCsv() {}

  /**
   * Writes the header and every line of {@code plan} to {@code to}, and flushes (the caller closes it);
   * a plan of more than one chunk has its lines made on as many threads as there are processors (up to four).
   *
   * @throws CrmException if writing failed (the output's error, even one a {@code PrintWriter} kept to itself)
   */
  public static void write(CampaignPlan plan, Writer to) {
    PrintWriter w = to instanceof PrintWriter p ? p : new PrintWriter(new BufferedWriter(to, 1 << 16));
    w.print(HEADER);
    w.print('\n');
    List<PlanLine> lines = plan.lines();
    int chunks = (lines.size() + CHUNK - 1) / CHUNK;
    int threads = Math.min(MAX_THREADS, Math.min(chunks, Runtime.getRuntime().availableProcessors()));
    if (threads <= 1) {
      StringBuilder b = new StringBuilder(CHUNK * 256);
      for (int c = 0; c < chunks; c++) {
        b.setLength(0);
        w.append(rows(lines, c, b));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "crm-plan-csv");
        t.setDaemon(true);
        return t;
      });
      try {
        ArrayDeque<Future<String>> ahead = new ArrayDeque<>();
        int next = 0;
        for (int c = 0; c < chunks; c++) {
          for (; next < chunks && ahead.size() < 2 * threads; next++) {
            int chunk = next;
            ahead.add(pool.submit(() -> rows(lines, chunk, new StringBuilder(CHUNK * 256)).toString()));
          }
          w.write(done(ahead.poll()));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    if (w.checkError()) { // a PrintWriter keeps its I/O errors to itself: a plan cut short must not pass for whole
      throw new CrmException("cannot write the campaign plan: the output failed (a full disk or a closed stream?)");
    }
  }

  /** One line of the plan as a row of the CSV, without the line break. */
  public static String row(PlanLine l) {
    return appendRow(new StringBuilder(256), l).toString();
  }

  /** Appends {@link #row} of {@code l} to {@code to}. */
  public static StringBuilder appendRow(StringBuilder to, PlanLine l) {
    to.append(l.customer().value()).append(',');
    if (l.household().isPresent()) {
      to.append(l.household().get().value());
    }
    to.append(',');
    if (l.action().isPresent()) {
      l.appendSendAt(to.append(l.action().get().value()).append(',').append(l.channel().get().name()).append(','));
    } else {
      to.append(",,");
    }
    to.append(',');
    l.appendExpectedValue(to, 4).append(',');
    return appendQuoted(to, l.reason());
  }

  /** The rows of chunk {@code c} of {@code lines}, each with its line break, appended to {@code to}. */
  private static StringBuilder rows(List<PlanLine> lines, int c, StringBuilder to) {
    for (int i = c * CHUNK, end = Math.min(lines.size(), i + CHUNK); i < end; i++) {
      appendRow(to, lines.get(i)).append('\n');
    }
    return to;
  }

  private static String done(Future<String> chunk) {
    try {
      return chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrmException("interrupted while writing a campaign plan", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new CrmException("cannot write a campaign plan: " + e.getCause(), e.getCause());
    }
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, with quotes doubled. */
  private static StringBuilder appendQuoted(StringBuilder to, String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
      return to.append(field);
    }
    to.append('"');
    if (field.indexOf('"') < 0) {
      to.append(field);
    } else {
      for (int i = 0; i < field.length(); i++) {
        char ch = field.charAt(i);
        to.append(ch);
        if (ch == '"') {
          to.append('"');
        }
      }
    }
    return to.append('"');
  }
}
